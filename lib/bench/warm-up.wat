;; The host's warm-up before a cold start is timed: a module that starts as a plugin does
;; (its root id, its configuration, a metric, a tick, the log level, a log line), so the
;; host's own JavaScript for those calls is compiled before the clock starts, as Envoy's
;; native host functions are. Neither subject: its code and bytes are its own.
(module
  (import "env" "proxy_log" (func $log (param i32 i32 i32) (result i32)))
  (import "env" "proxy_get_property" (func $get_property (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_get_buffer_bytes" (func $get_buffer_bytes (param i32 i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_define_metric" (func $define_metric (param i32 i32 i32 i32) (result i32)))
  (import "env" "proxy_set_tick_period_milliseconds" (func $set_tick_period (param i32) (result i32)))
  (import "env" "proxy_get_log_level" (func $get_log_level (param i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "plugin_root_id")
  (data (i32.const 32) "warm_up_total")
  (data (i32.const 48) "warmed up")
  ;; Out-parameters at 64-79; what the host hands over goes from 1024 on.
  (global $heap (mut i32) (i32.const 1024))

  (func (export "proxy_abi_version_0_2_1"))

  (func (export "malloc") (param $size i32) (result i32) (local $at i32)
    (local.set $at (global.get $heap))
    (global.set $heap (i32.add (local.get $at) (local.get $size)))
    (local.get $at))

  (func (export "proxy_on_vm_start") (param i32 i32) (result i32) (i32.const 1))

  ;; Plugin configuration is buffer type 7; the metric a counter (type 0); info is level 2.
  ;; Any call that does not return Ok (0) refuses the configuration, so a warm-up that missed
  ;; a path fails the benchmark instead of warming less than it says.
  (func (export "proxy_on_configure") (param $root i32) (param $size i32) (result i32)
    (i32.eqz
      (i32.or
        (i32.or
          (i32.or (call $get_property (i32.const 16) (i32.const 14) (i32.const 64) (i32.const 68))
                  (call $get_buffer_bytes (i32.const 7) (i32.const 0) (local.get $size) (i32.const 64) (i32.const 68)))
          (i32.or (call $define_metric (i32.const 0) (i32.const 32) (i32.const 13) (i32.const 72))
                  (call $set_tick_period (i32.const 1000))))
        (i32.or (call $get_log_level (i32.const 76))
                (call $log (i32.const 2) (i32.const 48) (i32.const 9)))))))
