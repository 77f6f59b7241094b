;; The floor for a tracking plugin: on each request, one host call that adds a constant
;; header, and nothing else. No allocation, no lookup, no other callback. Whatever the real
;; plugin costs above this is its own doing.
(module
  (import "env" "proxy_add_header_map_value"
    (func $add_header (param i32 i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "x-request-id")
  (data (i32.const 32) "request-tracking")

  (func (export "proxy_abi_version_0_2_1"))

  ;; The host only calls it to hand over data, which this module never asks for.
  (func (export "malloc") (param $size i32) (result i32) (i32.const 0))

  (func (export "proxy_on_vm_start") (param i32 i32) (result i32) (i32.const 1))
  (func (export "proxy_on_configure") (param i32 i32) (result i32) (i32.const 1))

  ;; Request headers (map type 0): add "x-request-id: request-tracking", then Continue.
  (func (export "proxy_on_request_headers") (param $context i32) (param $headers i32) (param $end i32) (result i32)
    (drop (call $add_header (i32.const 0) (i32.const 16) (i32.const 12) (i32.const 32) (i32.const 16)))
    (i32.const 0)))
