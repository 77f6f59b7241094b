(module
 (type $0 (func (param i32) (result i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param i32 i32) (result i32)))
 (type $3 (func (param i32 i32 i32) (result i32)))
 (type $4 (func (param i32)))
 (type $5 (func (param i32 i32 i32)))
 (type $6 (func))
 (type $7 (func (param i32 i32 i32 i32) (result i32)))
 (type $8 (func (param i32 i32 i32 i32 i32) (result i32)))
 (type $9 (func (param i32 i32 i32 i32)))
 (type $10 (func (result i32)))
 (type $11 (func (param i64 i32) (result i32)))
 (type $12 (func (param i32 i32) (result i64)))
 (type $13 (func (param i32 i64 i32)))
 (type $14 (func (param i32 i32 i64)))
 (type $15 (func (param i32 i64) (result i32)))
 (type $16 (func (param i32 i32 i32 i32 i32)))
 (type $17 (func (param i32 i32 i64) (result i32)))
 (type $18 (func (param i32 i64)))
 (type $19 (func (param i32 i64 i32 i32)))
 (type $20 (func (param i32 i32 i32 i32 f64) (result i32)))
 (type $21 (func (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (type $22 (func (param i64) (result i32)))
 (type $23 (func (param i32) (result i64)))
 (import "env" "abort" (func $~lib/builtins/abort (param i32 i32 i32 i32)))
 (import "mock" "reset" (func $tests/unit/mock/reset))
 (import "mock" "set_root_id" (func $tests/unit/mock/set_root_id (param i32 i32)))
 (import "mock" "set_config" (func $tests/unit/mock/set_config (param i32 i32)))
 (import "mock" "enter" (func $tests/unit/mock/enter (param i32 i32 i32)))
 (import "env" "proxy_get_property" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_property (param i32 i32 i32 i32) (result i32)))
 (import "env" "proxy_log" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_log (param i32 i32 i32) (result i32)))
 (import "mock" "set_configuring" (func $tests/unit/mock/setConfiguring (param i32)))
 (import "env" "proxy_get_buffer_bytes" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_buffer_bytes (param i32 i32 i32 i32 i32) (result i32)))
 (import "mock" "last_log" (func $tests/unit/mock/last_log (param i32 i32 i32)))
 (import "__aspect" "createReflectedNumber" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber (param i32 i32 i32 i32 f64) (result i32)))
 (import "__aspect" "attachStackTraceToReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/attachStackTraceToReflectedValue (param i32)))
 (import "__aspect" "reportActualReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue (param i32)))
 (import "__aspect" "reportExpectedReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue (param i32 i32)))
 (import "__aspect" "clearActual" (func $node_modules/@as-pect/assembly/assembly/internal/Actual/clearActual))
 (import "__aspect" "clearExpected" (func $node_modules/@as-pect/assembly/assembly/internal/Expected/clearExpected))
 (import "mock" "log_count" (func $tests/unit/mock/logCount (param i32) (result i32)))
 (import "env" "proxy_add_header_map_value" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_add_header_map_value (param i32 i32 i32 i32 i32) (result i32)))
 (import "env" "proxy_get_header_map_pairs" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_header_map_pairs (param i32 i32 i32) (result i32)))
 (import "__aspect" "createReflectedValue" (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue (param i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)))
 (import "mock" "metric" (func $tests/unit/mock/metric_ (param i32 i32) (result i64)))
 (import "__aspect" "reportTestTypeNode" (func $node_modules/@as-pect/assembly/assembly/internal/Test/test (param i32 i32)))
 (import "__aspect" "reportGroupTypeNode" (func $node_modules/@as-pect/assembly/assembly/internal/Test/describe (param i32 i32)))
 (import "env" "proxy_set_effective_context" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_set_effective_context (param i32) (result i32)))
 (import "env" "proxy_define_metric" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_define_metric (param i32 i32 i32 i32) (result i32)))
 (import "env" "proxy_set_tick_period_milliseconds" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_set_tick_period_milliseconds (param i32) (result i32)))
 (import "env" "proxy_get_log_level" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_log_level (param i32) (result i32)))
 (import "env" "proxy_get_header_map_value" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_header_map_value (param i32 i32 i32 i32 i32) (result i32)))
 (import "wasi_snapshot_preview1" "random_get" (func $assembly/random/random_get (param i32 i32) (result i32)))
 (import "env" "proxy_replace_header_map_value" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_replace_header_map_value (param i32 i32 i32 i32 i32) (result i32)))
 (import "env" "proxy_increment_metric" (func $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_increment_metric (param i32 i64) (result i32)))
 (global $~lib/rt/itcms/total (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/threshold (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/state (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/visitCount (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/pinSpace (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/iter (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/toSpace (mut i32) (i32.const 0))
 (global $~lib/rt/itcms/white (mut i32) (i32.const 0))
 (global $~lib/shared/runtime/Runtime.Stub i32 (i32.const 0))
 (global $~lib/shared/runtime/Runtime.Minimal i32 (i32.const 1))
 (global $~lib/shared/runtime/Runtime.Incremental i32 (i32.const 2))
 (global $~lib/rt/itcms/fromSpace (mut i32) (i32.const 0))
 (global $~lib/rt/tlsf/ROOT (mut i32) (i32.const 0))
 (global $~lib/native/ASC_LOW_MEMORY_LIMIT i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference (mut i32) (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU32Ref (mut i32) (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU64Ref (mut i32) (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/globalUsizeRef (mut i32) (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.trace i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.debug i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.info i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.warn i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.error i32 (i32.const 4))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical i32 (i32.const 5))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterStatusValues.Continue i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterStatusValues.StopIteration i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.StopIteration i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.ContinueAndEndStream i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.StopAllIterationAndBuffer i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.StopAllIterationAndWatermark i32 (i32.const 4))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterMetadataStatusValues.Continue i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterTrailersStatusValues.Continue i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterTrailersStatusValues.StopIteration i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterDataStatusValues.Continue i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterDataStatusValues.StopIterationAndBuffer i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterDataStatusValues.StopIterationAndWatermark i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterDataStatusValues.StopIterationNoBuffer i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Ok i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Canceled i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Unknown i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.InvalidArgument i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.DeadlineExceeded i32 (i32.const 4))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.NotFound i32 (i32.const 5))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.AlreadyExists i32 (i32.const 6))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.PermissionDenied i32 (i32.const 7))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.ResourceExhausted i32 (i32.const 8))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.FailedPrecondition i32 (i32.const 9))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Aborted i32 (i32.const 10))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.OutOfRange i32 (i32.const 11))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Unimplemented i32 (i32.const 12))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Internal i32 (i32.const 13))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Unavailable i32 (i32.const 14))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.DataLoss i32 (i32.const 15))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.Unauthenticated i32 (i32.const 16))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.MaximumValid i32 (i32.const 16))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcStatusValues.InvalidCode i32 (i32.const -1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricTypeValues.Counter i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricTypeValues.Gauge i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricTypeValues.Histogram i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/PeerTypeValues.Unknown i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/PeerTypeValues.Local i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/PeerTypeValues.Remote i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.NotFound i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.BadArgument i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.SerializationFailure i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.ParseFailure i32 (i32.const 4))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.BadExpression i32 (i32.const 5))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.InvalidMemoryAccess i32 (i32.const 6))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Empty i32 (i32.const 7))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.CasMismatch i32 (i32.const 8))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.ResultMismatch i32 (i32.const 9))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.InternalFailure i32 (i32.const 10))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.BrokenConnection i32 (i32.const 11))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Unimplemented i32 (i32.const 12))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestHeaders i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestTrailers i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseHeaders i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseTrailers i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.GrpcReceiveInitialMetadata i32 (i32.const 4))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.GrpcReceiveTrailingMetadata i32 (i32.const 5))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.HttpCallResponseHeaders i32 (i32.const 6))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.HttpCallResponseTrailers i32 (i32.const 7))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.MAX i32 (i32.const 7))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.HttpRequestBody i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.HttpResponseBody i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.NetworkDownstreamData i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.NetworkUpstreamData i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.HttpCallResponseBody i32 (i32.const 4))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.GrpcReceiveBuffer i32 (i32.const 5))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.VmConfiguration i32 (i32.const 6))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.PluginConfiguration i32 (i32.const 7))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.CallData i32 (i32.const 8))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.MAX i32 (i32.const 8))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferFlagsValues.EndOfStream i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamTypeValues.Request i32 (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamTypeValues.Response i32 (i32.const 1))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamTypeValues.Downstream i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamTypeValues.Upstream i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamTypeValues.MAX i32 (i32.const 3))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/stream_context (mut i32) (i32.const 0))
 (global $~lib/native/ASC_RUNTIME i32 (i32.const 2))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map (mut i32) (i32.const 0))
 (global $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map (mut i32) (i32.const 0))
 (global $assembly/json/HEX_DIGITS i32 (i32.const 544))
 (global $assembly/rules/MAX_NAME_LENGTH i32 (i32.const 256))
 (global $assembly/rules/MAX_VALUE_LENGTH i32 (i32.const 8192))
 (global $assembly/rules/PROXY_OWNED_HEADERS i32 (i32.const 1056))
 (global $assembly/config/DEFAULT_HEADER i32 (i32.const 1104))
 (global $assembly/config/FIELDS i32 (i32.const 1424))
 (global $assembly/config/F_HEADER i32 (i32.const 0))
 (global $assembly/config/F_VALUE i32 (i32.const 1))
 (global $assembly/config/F_PRESERVE i32 (i32.const 2))
 (global $assembly/config/F_ECHO i32 (i32.const 3))
 (global $assembly/config/PREFIX i32 (i32.const 1472))
 (global $assembly/config/QUOTE_LIMIT i32 (i32.const 64))
 (global $assembly/counters/COUNTER_NAMES i32 (i32.const 2080))
 (global $~lib/builtins/u32.MAX_VALUE i32 (i32.const -1))
 (global $assembly/counters/UNDEFINED_METRIC i32 (i32.const -1))
 (global $assembly/hostcalls/VALUE_OUT i32 (i32.const 2112))
 (global $assembly/hostcalls/EMPTY (mut i32) (i32.const 0))
 (global $assembly/random/RANDOM_BYTES i32 (i32.const 2128))
 (global $assembly/uuid/UUID_LENGTH i32 (i32.const 36))
 (global $assembly/uuid/HEX i32 (i32.const 2144))
 (global $assembly/plugin/PLUGIN_NAME i32 (i32.const 2192))
 (global $assembly/plugin/TICK_MILLISECONDS i32 (i32.const 1000))
 (global $assembly/plugin/LOG_PREFIX i32 (i32.const 2256))
 (global $~lib/native/ASC_SHRINK_LEVEL i32 (i32.const 0))
 (global $tests/behaviour/cases/UUID i32 (i32.const 2448))
 (global $tests/behaviour/cases/SAME i32 (i32.const 2496))
 (global $tests/unit/mock/PHASE_IDLE i32 (i32.const 0))
 (global $tests/unit/mock/PHASE_REQUEST i32 (i32.const 1))
 (global $tests/unit/mock/PHASE_RESPONSE i32 (i32.const 2))
 (global $tests/unit/mock/PHASE_LOG i32 (i32.const 3))
 (global $tests/unit/mock/OUT i32 (i32.const 2544))
 (global $tests/unit/behaviour.spec/CASES (mut i32) (i32.const 0))
 (global $tests/unit/behaviour.spec/nextCase (mut i32) (i32.const 0))
 (global $tests/unit/behaviour.spec/nextContextId (mut i32) (i32.const 1))
 (global $~argumentsLength (mut i32) (i32.const 0))
 (global $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH i32 (i32.const 1))
 (global $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH i32 (i32.const 0))
 (global $node_modules/@as-pect/assembly/assembly/internal/noOp/noOp i32 (i32.const 25648))
 (global $node_modules/@as-pect/assembly/assembly/internal/log/ignoreLogs (mut i32) (i32.const 0))
 (global $~lib/rt/__rtti_base i32 (i32.const 31296))
 (global $~lib/memory/__data_end i32 (i32.const 31492))
 (global $~lib/memory/__stack_pointer (mut i32) (i32.const 64260))
 (global $~lib/memory/__heap_base i32 (i32.const 64260))
 (global $~started (mut i32) (i32.const 0))
 (memory $0 1)
 (data $0 (i32.const 12) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00A\00l\00l\00o\00c\00a\00t\00i\00o\00n\00 \00t\00o\00o\00 \00l\00a\00r\00g\00e\00\00\00\00\00")
 (data $1 (i32.const 76) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00~\00l\00i\00b\00/\00r\00t\00/\00i\00t\00c\00m\00s\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $2 (i32.const 144) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $3 (i32.const 176) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $4 (i32.const 204) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00I\00n\00d\00e\00x\00 \00o\00u\00t\00 \00o\00f\00 \00r\00a\00n\00g\00e\00\00\00\00\00\00\00\00\00")
 (data $5 (i32.const 268) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00~\00l\00i\00b\00/\00r\00t\00.\00t\00s\00\00\00\00\00\00\00\00\00")
 (data $6 (i32.const 320) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $7 (i32.const 348) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00~\00l\00i\00b\00/\00r\00t\00/\00t\00l\00s\00f\00.\00t\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $8 (i32.const 412) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00I\00n\00v\00a\00l\00i\00d\00 \00l\00e\00n\00g\00t\00h\00")
 (data $9 (i32.const 460) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00~\00l\00i\00b\00/\00a\00r\00r\00a\00y\00b\00u\00f\00f\00e\00r\00.\00t\00s\00\00\00\00\00\00\00")
 (data $10 (i32.const 524) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\000\001\002\003\004\005\006\007\008\009\00a\00b\00c\00d\00e\00f\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $11 (i32.const 588) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00h\00o\00s\00t\00\00\00\00\00")
 (data $12 (i32.const 620) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00c\00o\00n\00t\00e\00n\00t\00-\00l\00e\00n\00g\00t\00h\00")
 (data $13 (i32.const 668) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00t\00r\00a\00n\00s\00f\00e\00r\00-\00e\00n\00c\00o\00d\00i\00n\00g\00\00\00\00\00\00\00\00\00\00\00")
 (data $14 (i32.const 732) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00c\00o\00n\00n\00e\00c\00t\00i\00o\00n\00\00\00\00\00\00\00\00\00")
 (data $15 (i32.const 780) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00t\00e\00\00\00\00\00\00\00\00\00")
 (data $16 (i32.const 812) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00u\00p\00g\00r\00a\00d\00e\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $17 (i32.const 860) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00k\00e\00e\00p\00-\00a\00l\00i\00v\00e\00\00\00\00\00\00\00\00\00")
 (data $18 (i32.const 908) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00p\00r\00o\00x\00y\00-\00c\00o\00n\00n\00e\00c\00t\00i\00o\00n\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $19 (i32.const 972) "<\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00 \00\00\00`\02\00\00\80\02\00\00\b0\02\00\00\f0\02\00\00 \03\00\00@\03\00\00p\03\00\00\a0\03\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $20 (i32.const 1036) ",\00\00\00\00\00\00\00\00\00\00\00\14\00\00\00\10\00\00\00\e0\03\00\00\e0\03\00\00 \00\00\00\08\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $21 (i32.const 1084) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00x\00-\00r\00e\00q\00u\00e\00s\00t\00-\00i\00d\00\00\00\00\00")
 (data $22 (i32.const 1132) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $23 (i32.const 1196) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00")
 (data $24 (i32.const 1244) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\00\00\00\00\00\00\00\00\00\00")
 (data $25 (i32.const 1308) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\00\00")
 (data $26 (i32.const 1356) ",\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\10\00\00\00\80\04\00\00\c0\04\00\00\f0\04\00\000\05\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $27 (i32.const 1404) ",\00\00\00\00\00\00\00\00\00\00\00\14\00\00\00\10\00\00\00`\05\00\00`\05\00\00\10\00\00\00\04\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $28 (i32.const 1452) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00i\00n\00v\00a\00l\00i\00d\00 \00p\00l\00u\00g\00i\00n\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00:\00 \00")
 (data $29 (i32.const 1532) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00r\00e\00q\00u\00e\00s\00t\00_\00t\00r\00a\00c\00k\00i\00n\00g\00_\00r\00e\00q\00u\00e\00s\00t\00s\00_\00t\00o\00t\00a\00l\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $30 (i32.const 1628) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00@\00\00\00r\00e\00q\00u\00e\00s\00t\00_\00t\00r\00a\00c\00k\00i\00n\00g\00_\00g\00e\00n\00e\00r\00a\00t\00e\00d\00_\00t\00o\00t\00a\00l\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $31 (i32.const 1724) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00r\00e\00q\00u\00e\00s\00t\00_\00t\00r\00a\00c\00k\00i\00n\00g\00_\00k\00e\00p\00t\00_\00t\00o\00t\00a\00l\00\00\00\00\00\00\00")
 (data $32 (i32.const 1804) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00r\00e\00q\00u\00e\00s\00t\00_\00t\00r\00a\00c\00k\00i\00n\00g\00_\00r\00e\00p\00l\00a\00c\00e\00d\00_\00t\00o\00t\00a\00l\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $33 (i32.const 1900) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00R\00\00\00r\00e\00q\00u\00e\00s\00t\00_\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00o\00s\00t\00_\00c\00a\00l\00l\00_\00f\00a\00i\00l\00u\00r\00e\00s\00_\00t\00o\00t\00a\00l\00\00\00\00\00\00\00\00\00\00\00")
 (data $34 (i32.const 2012) ",\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\14\00\00\00\10\06\00\00p\06\00\00\d0\06\00\00 \07\00\00\80\07\00\00\00\00\00\00\00\00\00\00")
 (data $35 (i32.const 2060) ",\00\00\00\00\00\00\00\00\00\00\00\14\00\00\00\10\00\00\00\f0\07\00\00\f0\07\00\00\14\00\00\00\05\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $36 (i32.const 2112) "\00\00\00\00\00\00\00\00")
 (data $37 (i32.const 2128) "\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $38 (i32.const 2144) "0123456789abcdef")
 (data $39 (i32.const 2172) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00r\00e\00q\00u\00e\00s\00t\00-\00t\00r\00a\00c\00k\00i\00n\00g\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $40 (i32.const 2236) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00r\00e\00q\00u\00e\00s\00t\00-\00t\00r\00a\00c\00k\00e\00r\00:\00 \00\00\00\00\00\00\00\00\00\00\00")
 (data $41 (i32.const 2300) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $42 (i32.const 2332) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00~\00l\00i\00b\00/\00s\00t\00a\00t\00i\00c\00a\00r\00r\00a\00y\00.\00t\00s\00\00\00\00\00\00\00")
 (data $43 (i32.const 2396) "\1c\00\00\00\00\00\00\00\00\00\00\00\1b\00\00\00\08\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00")
 (data $44 (i32.const 2428) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00<\00u\00u\00i\00d\00v\004\00>\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $45 (i32.const 2476) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00<\00r\00e\00q\00u\00e\00s\00t\00 \00v\00a\00l\00u\00e\00>\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $46 (i32.const 2544) "\00\00\00\00\00\00\00\00")
 (data $47 (i32.const 2556) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00L\00\00\00e\00m\00p\00t\00y\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00 \00g\00e\00n\00e\00r\00a\00t\00e\00s\00 \00a\00 \00U\00U\00I\00D\00v\004\00")
 (data $48 (i32.const 2652) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $49 (i32.const 2684) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $50 (i32.const 2716) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $51 (i32.const 2748) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $52 (i32.const 2780) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $53 (i32.const 2812) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\001\00,\001\00,\000\00,\000\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $54 (i32.const 2860) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00e\00m\00p\00t\00y\00 \00o\00b\00j\00e\00c\00t\00 \00g\00e\00n\00e\00r\00a\00t\00e\00s\00 \00a\00 \00U\00U\00I\00D\00v\004\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $55 (i32.const 2956) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00{\00}\00\00\00\00\00\00\00\00\00")
 (data $56 (i32.const 2988) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $57 (i32.const 3020) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00X\00\00\00w\00h\00i\00t\00e\00s\00p\00a\00c\00e\00-\00o\00n\00l\00y\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00 \00m\00e\00a\00n\00s\00 \00d\00e\00f\00a\00u\00l\00t\00s\00\00\00\00\00")
 (data $58 (i32.const 3132) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00 \00\n\00\t\00 \00\00\00\00\00")
 (data $59 (i32.const 3164) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $60 (i32.const 3196) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00n\00u\00l\00l\00 \00f\00i\00e\00l\00d\00s\00 \00m\00e\00a\00n\00 \00d\00e\00f\00a\00u\00l\00t\00s\00\00\00\00\00\00\00\00\00\00\00")
 (data $61 (i32.const 3276) "\dc\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\c6\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00n\00u\00l\00l\00,\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00n\00u\00l\00l\00,\00 \00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00n\00u\00l\00l\00,\00 \00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \00n\00u\00l\00l\00}\00\00\00\00\00\00\00")
 (data $62 (i32.const 3500) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $63 (i32.const 3532) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00o\00t\00h\00e\00r\00 \00h\00e\00a\00d\00e\00r\00s\00 \00a\00r\00e\00 \00l\00e\00f\00t\00 \00a\00l\00o\00n\00e\00\00\00\00\00")
 (data $64 (i32.const 3612) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00:\00m\00e\00t\00h\00o\00d\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $65 (i32.const 3660) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00G\00E\00T\00\00\00\00\00\00\00")
 (data $66 (i32.const 3692) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00:\00p\00a\00t\00h\00\00\00")
 (data $67 (i32.const 3724) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00/\00\00\00\00\00\00\00\00\00\00\00")
 (data $68 (i32.const 3756) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00u\00s\00e\00r\00-\00a\00g\00e\00n\00t\00\00\00\00\00\00\00\00\00")
 (data $69 (i32.const 3804) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00c\00u\00r\00l\00/\008\00")
 (data $70 (i32.const 3836) ",\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\18\00\00\000\0e\00\00`\0e\00\00\80\0e\00\00\a0\0e\00\00\c0\0e\00\00\f0\0e\00\00\00\00\00\00")
 (data $71 (i32.const 3884) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $72 (i32.const 3916) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00P\00\00\00s\00t\00a\00t\00i\00c\00 \00v\00a\00l\00u\00e\00 \00o\00n\00 \00a\00 \00m\00i\00x\00e\00d\00-\00c\00a\00s\00e\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $73 (i32.const 4028) "\ac\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\92\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00X\00-\00R\00e\00q\00u\00e\00s\00t\00-\00I\00d\00\"\00,\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00r\00e\00q\00u\00e\00s\00t\00-\00t\00r\00a\00c\00k\00i\00n\00g\00\"\00}\00\00\00\00\00\00\00\00\00\00\00")
 (data $74 (i32.const 4204) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\08\00\00\00\00\00\00\00\00\00\00")
 (data $75 (i32.const 4236) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\001\00,\000\00,\000\00,\000\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $76 (i32.const 4284) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00B\00\00\00c\00u\00s\00t\00o\00m\00 \00h\00e\00a\00d\00e\00r\00 \00i\00s\00 \00s\00t\00o\00r\00e\00d\00 \00l\00o\00w\00e\00r\00c\00a\00s\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $77 (i32.const 4380) "\9c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\80\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00X\00-\00C\00o\00r\00r\00e\00l\00a\00t\00i\00o\00n\00-\00I\00D\00\"\00,\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00a\00b\00c\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $78 (i32.const 4540) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00x\00-\00c\00o\00r\00r\00e\00l\00a\00t\00i\00o\00n\00-\00i\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $79 (i32.const 4604) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00a\00b\00c\00\00\00\00\00\00\00")
 (data $80 (i32.const 4636) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\10\12\00\00\00\00\00\00\00\00\00\00")
 (data $81 (i32.const 4668) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00V\00\00\00c\00u\00s\00t\00o\00m\00 \00h\00e\00a\00d\00e\00r\00 \00l\00e\00a\00v\00e\00s\00 \00x\00-\00r\00e\00q\00u\00e\00s\00t\00-\00i\00d\00 \00u\00n\00t\00o\00u\00c\00h\00e\00d\00\00\00\00\00\00\00")
 (data $82 (i32.const 4780) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00H\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00x\00-\00t\00r\00a\00c\00e\00-\00t\00o\00k\00e\00n\00\"\00}\00\00\00\00\00")
 (data $83 (i32.const 4876) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00f\00r\00o\00m\00-\00e\00n\00v\00o\00y\00\00\00\00\00\00\00\00\00")
 (data $84 (i32.const 4924) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00 \13\00\00\00\00\00\00")
 (data $85 (i32.const 4956) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00 \13\00\00\00\00\00\00\00\00\00\00")
 (data $86 (i32.const 4988) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00c\00u\00s\00t\00o\00m\00 \00h\00e\00a\00d\00e\00r\00 \00g\00e\00t\00s\00 \00a\00 \00U\00U\00I\00D\00v\004\00\00\00\00\00\00\00")
 (data $87 (i32.const 5068) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00x\00-\00t\00r\00a\00c\00e\00-\00t\00o\00k\00e\00n\00\00\00")
 (data $88 (i32.const 5116) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $89 (i32.const 5148) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00F\00\00\00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00 \00w\00i\00t\00h\00 \00e\00v\00e\00r\00y\00 \00t\00o\00k\00e\00n\00 \00s\00y\00m\00b\00o\00l\00\00\00\00\00\00\00")
 (data $90 (i32.const 5244) "\9c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00~\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00x\00!\00#\00$\00%\00&\00\'\00*\00+\00-\00.\00^\00_\00`\00|\00~\001\00\"\00,\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00v\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $91 (i32.const 5404) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00x\00!\00#\00$\00%\00&\00\'\00*\00+\00-\00.\00^\00_\00`\00|\00~\001\00\00\00\00\00\00\00\00\00\00\00")
 (data $92 (i32.const 5468) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00v\00\00\00\00\00\00\00\00\00\00\00")
 (data $93 (i32.const 5500) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00p\15\00\00\00\00\00\00\00\00\00\00")
 (data $94 (i32.const 5532) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00@\00\00\00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00i\00n\00n\00e\00r\00 \00s\00p\00a\00c\00e\00s\00 \00a\00n\00d\00 \00t\00a\00b\00s\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $95 (i32.const 5628) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00a\00 \00b\00\\\00t\00c\00\"\00}\00\00\00\00\00")
 (data $96 (i32.const 5708) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00a\00 \00b\00\t\00c\00\00\00")
 (data $97 (i32.const 5740) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00`\16\00\00\00\00\00\00\00\00\00\00")
 (data $98 (i32.const 5772) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00U\00T\00F\00-\008\00 \00t\00e\00x\00t\00\00\00")
 (data $99 (i32.const 5836) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00s\00u\00i\00v\00i\00-\00\e9\00t\00\e9\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $100 (i32.const 5932) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00s\00u\00i\00v\00i\00-\00\e9\00t\00\e9\00\00\00\00\00\00\00\00\00\00\00")
 (data $101 (i32.const 5980) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00@\17\00\00\00\00\00\00\00\00\00\00")
 (data $102 (i32.const 6012) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00J\00S\00O\00N\00 \00e\00s\00c\00a\00p\00e\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $103 (i32.const 6092) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00F\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00\\\00u\000\000\004\001\00\\\00/\00\\\00\"\00q\00\\\00\"\00\"\00}\00\00\00\00\00\00\00")
 (data $104 (i32.const 6188) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00A\00/\00\"\00q\00\"\00\00\00")
 (data $105 (i32.const 6220) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00@\18\00\00\00\00\00\00\00\00\00\00")
 (data $106 (i32.const 6252) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00v\00a\00l\00u\00e\00 \00o\00f\00 \008\001\009\002\00 \00b\00y\00t\00e\00s\00\00\00\00\00\00\00")
 (data $107 (i32.const 6316) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00\00\00\00\00")
 (data $108 (i32.const 6380) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00~\00l\00i\00b\00/\00s\00t\00r\00i\00n\00g\00.\00t\00s\00")
 (data $109 (i32.const 6428) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00\"\00}\00\00\00\00\00\00\00\00\00")
 (data $110 (i32.const 6460) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00~\00l\00i\00b\00/\00a\00r\00r\00a\00y\00.\00t\00s\00\00\00")
 (data $111 (i32.const 6508) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00H\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00i\00s\00 \00k\00e\00p\00t\00 \00b\00y\00 \00d\00e\00f\00a\00u\00l\00t\00\00\00\00\00")
 (data $112 (i32.const 6604) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00s\00t\00a\00t\00i\00c\00\"\00}\00\00\00\00\00")
 (data $113 (i32.const 6684) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00c\00l\00i\00e\00n\00t\00-\00i\00d\00-\001\00\00\00\00\00\00\00")
 (data $114 (i32.const 6732) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\000\1a\00\00\00\00\00\00")
 (data $115 (i32.const 6764) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\000\1a\00\00\00\00\00\00\00\00\00\00")
 (data $116 (i32.const 6796) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\001\00,\000\00,\001\00,\000\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $117 (i32.const 6844) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00p\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00i\00s\00 \00k\00e\00p\00t\00 \00w\00h\00e\00n\00 \00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00 \00i\00s\00 \00t\00r\00u\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $118 (i32.const 6988) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00{\00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00t\00r\00u\00e\00}\00\00\00\00\00\00\00")
 (data $119 (i32.const 7068) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00c\00l\00i\00e\00n\00t\00-\00i\00d\00-\002\00\00\00\00\00\00\00")
 (data $120 (i32.const 7116) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00\b0\1b\00\00\00\00\00\00")
 (data $121 (i32.const 7148) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\b0\1b\00\00\00\00\00\00\00\00\00\00")
 (data $122 (i32.const 7180) "\bc\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\a2\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00i\00s\00 \00r\00e\00p\00l\00a\00c\00e\00d\00 \00b\00y\00 \00t\00h\00e\00 \00s\00t\00a\00t\00i\00c\00 \00v\00a\00l\00u\00e\00 \00w\00h\00e\00n\00 \00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00 \00i\00s\00 \00f\00a\00l\00s\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $123 (i32.const 7372) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00p\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00s\00t\00a\00t\00i\00c\00\"\00,\00 \00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00f\00a\00l\00s\00e\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $124 (i32.const 7516) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00c\00l\00i\00e\00n\00t\00-\00i\00d\00-\003\00\00\00\00\00\00\00")
 (data $125 (i32.const 7564) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00p\1d\00\00\00\00\00\00")
 (data $126 (i32.const 7596) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00s\00t\00a\00t\00i\00c\00")
 (data $127 (i32.const 7628) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\c0\1d\00\00\00\00\00\00\00\00\00\00")
 (data $128 (i32.const 7660) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\001\00,\000\00,\000\00,\001\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $129 (i32.const 7708) "\ac\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\92\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00i\00s\00 \00r\00e\00p\00l\00a\00c\00e\00d\00 \00b\00y\00 \00a\00 \00U\00U\00I\00D\00v\004\00 \00w\00h\00e\00n\00 \00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00 \00i\00s\00 \00f\00a\00l\00s\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $130 (i32.const 7884) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00{\00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00f\00a\00l\00s\00e\00}\00\00\00\00\00")
 (data $131 (i32.const 7964) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00c\00l\00i\00e\00n\00t\00-\00i\00d\00-\004\00\00\00\00\00\00\00")
 (data $132 (i32.const 8012) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\000\1f\00\00\00\00\00\00")
 (data $133 (i32.const 8044) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $134 (i32.const 8076) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\001\00,\001\00,\000\00,\001\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $135 (i32.const 8124) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00n\00\00\00s\00e\00v\00e\00r\00a\00l\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00c\00o\00p\00i\00e\00s\00 \00c\00o\00l\00l\00a\00p\00s\00e\00 \00t\00o\00 \00t\00h\00e\00 \00f\00i\00r\00s\00t\00 \00w\00h\00e\00n\00 \00k\00e\00p\00t\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $136 (i32.const 8268) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00f\00i\00r\00s\00t\00\00\00")
 (data $137 (i32.const 8300) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00a\00c\00c\00e\00p\00t\00")
 (data $138 (i32.const 8332) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00*\00/\00*\00\00\00\00\00\00\00")
 (data $139 (i32.const 8364) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00s\00e\00c\00o\00n\00d\00")
 (data $140 (i32.const 8396) ",\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\18\00\00\00P\04\00\00` \00\00\80 \00\00\a0 \00\00P\04\00\00\c0 \00\00\00\00\00\00")
 (data $141 (i32.const 8444) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00` \00\00\00\00\00\00\00\00\00\00")
 (data $142 (i32.const 8476) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00j\00\00\00s\00e\00v\00e\00r\00a\00l\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00c\00o\00p\00i\00e\00s\00 \00c\00o\00l\00l\00a\00p\00s\00e\00 \00t\00o\00 \00o\00n\00e\00 \00w\00h\00e\00n\00 \00r\00e\00p\00l\00a\00c\00e\00d\00\00\00")
 (data $143 (i32.const 8604) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00f\00\00\00{\00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00f\00a\00l\00s\00e\00,\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00v\00\"\00}\00\00\00\00\00\00\00")
 (data $144 (i32.const 8732) ",\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\10\00\00\00P\04\00\00` \00\00P\04\00\00\c0 \00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $145 (i32.const 8780) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00p\15\00\00\00\00\00\00\00\00\00\00")
 (data $146 (i32.const 8812) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00F\00\00\00a\00n\00 \00e\00m\00p\00t\00y\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00i\00s\00 \00r\00e\00p\00l\00a\00c\00e\00d\00\00\00\00\00\00\00")
 (data $147 (i32.const 8908) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00\10\t\00\00\00\00\00\00")
 (data $148 (i32.const 8940) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $149 (i32.const 8972) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00l\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00a\00 \00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \00i\00s\00 \00r\00e\00p\00l\00a\00c\00e\00d\00")
 (data $150 (i32.const 9100) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00c\00l\00e\00a\00n\00\"\00}\00\00\00\00\00\00\00")
 (data $151 (i32.const 9180) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00b\00a\00d\00\01\00v\00a\00l\00u\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $152 (i32.const 9228) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00\f0#\00\00\00\00\00\00")
 (data $153 (i32.const 9260) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00c\00l\00e\00a\00n\00\00\00")
 (data $154 (i32.const 9292) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00@$\00\00\00\00\00\00\00\00\00\00")
 (data $155 (i32.const 9324) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00d\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00e\00d\00g\00e\00 \00w\00h\00i\00t\00e\00s\00p\00a\00c\00e\00 \00i\00s\00 \00r\00e\00p\00l\00a\00c\00e\00d\00\00\00\00\00\00\00\00\00")
 (data $156 (i32.const 9452) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00 \00p\00a\00d\00d\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $157 (i32.const 9500) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00\00%\00\00\00\00\00\00")
 (data $158 (i32.const 9532) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00@$\00\00\00\00\00\00\00\00\00\00")
 (data $159 (i32.const 9564) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00N\00\00\00a\00n\00 \00o\00v\00e\00r\00-\00l\00o\00n\00g\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00i\00s\00 \00r\00e\00p\00l\00a\00c\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $160 (i32.const 9676) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00x\00\00\00\00\00\00\00\00\00\00\00")
 (data $161 (i32.const 9708) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00@$\00\00\00\00\00\00\00\00\00\00")
 (data $162 (i32.const 9740) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00N\00\00\00a\00n\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00v\00a\00l\00u\00e\00 \00o\00f\00 \008\001\009\002\00 \00b\00y\00t\00e\00s\00 \00i\00s\00 \00k\00e\00p\00t\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $163 (i32.const 9852) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00k\00\00\00\00\00\00\00\00\00\00\00")
 (data $164 (i32.const 9884) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00n\00o\00 \00e\00c\00h\00o\00 \00b\00y\00 \00d\00e\00f\00a\00u\00l\00t\00\00\00\00\00\00\00\00\00")
 (data $165 (i32.const 9948) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00v\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $166 (i32.const 10028) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $167 (i32.const 10060) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00Z\00\00\00e\00c\00h\00o\00 \00p\00u\00t\00s\00 \00t\00h\00e\00 \00g\00e\00n\00e\00r\00a\00t\00e\00d\00 \00v\00a\00l\00u\00e\00 \00o\00n\00 \00t\00h\00e\00 \00r\00e\00s\00p\00o\00n\00s\00e\00\00\00")
 (data $168 (i32.const 10172) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00{\00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \00t\00r\00u\00e\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $169 (i32.const 10252) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $170 (i32.const 10284) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\c0\t\00\00\00\00\00\00\00\00\00\00")
 (data $171 (i32.const 10316) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00P\00\00\00e\00c\00h\00o\00 \00p\00u\00t\00s\00 \00t\00h\00e\00 \00k\00e\00p\00t\00 \00v\00a\00l\00u\00e\00 \00o\00n\00 \00t\00h\00e\00 \00r\00e\00s\00p\00o\00n\00s\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $172 (i32.const 10428) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00k\00e\00p\00t\00-\00i\00d\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $173 (i32.const 10476) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00\d0(\00\00\00\00\00\00")
 (data $174 (i32.const 10508) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\d0(\00\00\00\00\00\00\00\00\00\00")
 (data $175 (i32.const 10540) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\d0(\00\00\00\00\00\00\00\00\00\00")
 (data $176 (i32.const 10572) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00P\00\00\00e\00c\00h\00o\00 \00r\00e\00p\00l\00a\00c\00e\00s\00 \00w\00h\00a\00t\00 \00t\00h\00e\00 \00u\00p\00s\00t\00r\00e\00a\00m\00 \00a\00n\00s\00w\00e\00r\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $177 (i32.const 10684) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00b\00\00\00{\00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \00t\00r\00u\00e\00,\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00m\00i\00n\00e\00\"\00}\00\00\00\00\00\00\00\00\00\00\00")
 (data $178 (i32.const 10812) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00u\00p\00s\00t\00r\00e\00a\00m\00-\001\00\00\00\00\00\00\00\00\00")
 (data $179 (i32.const 10860) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00u\00p\00s\00t\00r\00e\00a\00m\00-\002\00\00\00\00\00\00\00\00\00")
 (data $180 (i32.const 10908) ",\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\10\00\00\00P\04\00\00P*\00\00P\04\00\00\80*\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $181 (i32.const 10956) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00m\00i\00n\00e\00\00\00\00\00")
 (data $182 (i32.const 10988) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\e0*\00\00\00\00\00\00\00\00\00\00")
 (data $183 (i32.const 11020) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\e0*\00\00\00\00\00\00\00\00\00\00")
 (data $184 (i32.const 11052) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00f\00\00\00w\00i\00t\00h\00o\00u\00t\00 \00e\00c\00h\00o\00 \00t\00h\00e\00 \00u\00p\00s\00t\00r\00e\00a\00m\00\'\00s\00 \00h\00e\00a\00d\00e\00r\00 \00p\00a\00s\00s\00e\00s\00 \00u\00n\00c\00h\00a\00n\00g\00e\00d\00\00\00\00\00\00\00")
 (data $185 (i32.const 11180) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00m\00i\00n\00e\00\"\00}\00\00\00\00\00\00\00\00\00")
 (data $186 (i32.const 11260) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00u\00p\00s\00t\00r\00e\00a\00m\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $187 (i32.const 11308) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00P\04\00\00\10,\00\00\00\00\00\00")
 (data $188 (i32.const 11340) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\10,\00\00\00\00\00\00\00\00\00\00")
 (data $189 (i32.const 11372) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00J\00\00\00r\00o\00o\00t\00 \00i\00d\00 \00o\00f\00 \00t\00h\00e\00 \00d\00o\00c\00u\00m\00e\00n\00t\00e\00d\00 \00p\00l\00u\00g\00i\00n\00 \00n\00a\00m\00e\00\00\00")
 (data $190 (i32.const 11468) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\04\00\00\00\90\t\00\00\00\00\00\00\00\00\00\00")
 (data $191 (i32.const 11500) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00:\00\00\00a\00n\00 \00u\00n\00k\00n\00o\00w\00n\00 \00r\00o\00o\00t\00 \00i\00d\00 \00i\00s\00 \00r\00e\00f\00u\00s\00e\00d\00\00\00")
 (data $192 (i32.const 11580) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00b\00\00\00n\00o\00 \00r\00o\00o\00t\00 \00c\00o\00n\00t\00e\00x\00t\00 \00i\00s\00 \00r\00e\00g\00i\00s\00t\00e\00r\00e\00d\00 \00f\00o\00r\00 \00r\00o\00o\00t\00 \00i\00d\00 \00\"\00o\00t\00h\00e\00r\00\"\00\00\00\00\00\00\00\00\00\00\00")
 (data $193 (i32.const 11708) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00o\00t\00h\00e\00r\00\00\00")
 (data $194 (i32.const 11740) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00n\00o\00t\00 \00J\00S\00O\00N\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $195 (i32.const 11788) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00{\00\00\00\00\00\00\00\00\00\00\00")
 (data $196 (i32.const 11820) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00X\00\00\00i\00n\00v\00a\00l\00i\00d\00 \00p\00l\00u\00g\00i\00n\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00:\00 \00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00\00\00\00\00")
 (data $197 (i32.const 11932) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00m\00i\00s\00s\00i\00n\00g\00 \00v\00a\00l\00u\00e\00\00\00")
 (data $198 (i32.const 11980) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00}\00\00\00")
 (data $199 (i32.const 12044) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00")
 (data $200 (i32.const 12092) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00t\00r\00a\00i\00l\00i\00n\00g\00 \00c\00o\00m\00m\00a\00")
 (data $201 (i32.const 12140) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00{\00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \00t\00r\00u\00e\00,\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $202 (i32.const 12220) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00J\00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00a\00 \00f\00i\00e\00l\00d\00 \00n\00a\00m\00e\00\00\00")
 (data $203 (i32.const 12316) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00c\00o\00n\00t\00e\00n\00t\00 \00a\00f\00t\00e\00r\00 \00t\00h\00e\00 \00o\00b\00j\00e\00c\00t\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $204 (i32.const 12396) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00{\00}\00 \00{\00}\00\00\00")
 (data $205 (i32.const 12428) "\9c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\82\00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00:\00 \00u\00n\00e\00x\00p\00e\00c\00t\00e\00d\00 \00c\00o\00n\00t\00e\00n\00t\00 \00a\00f\00t\00e\00r\00 \00t\00h\00e\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00 \00o\00b\00j\00e\00c\00t\00\00\00\00\00\00\00\00\00\00\00")
 (data $206 (i32.const 12588) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00a\00n\00 \00a\00r\00r\00a\00y\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $207 (i32.const 12636) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00[\00]\00\00\00\00\00\00\00\00\00")
 (data $208 (i32.const 12668) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00F\00\00\00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00J\00S\00O\00N\00 \00o\00b\00j\00e\00c\00t\00,\00 \00g\00o\00t\00 \00a\00n\00 \00a\00r\00r\00a\00y\00\00\00\00\00\00\00")
 (data $209 (i32.const 12764) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00a\00 \00s\00t\00r\00i\00n\00g\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $210 (i32.const 12812) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00\"\00x\00-\00r\00e\00q\00u\00e\00s\00t\00-\00i\00d\00\"\00")
 (data $211 (i32.const 12860) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00F\00\00\00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00J\00S\00O\00N\00 \00o\00b\00j\00e\00c\00t\00,\00 \00g\00o\00t\00 \00a\00 \00s\00t\00r\00i\00n\00g\00\00\00\00\00\00\00")
 (data $212 (i32.const 12956) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1a\00\00\00n\00u\00l\00l\00 \00d\00o\00c\00u\00m\00e\00n\00t\00\00\00")
 (data $213 (i32.const 13004) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00n\00u\00l\00l\00\00\00\00\00")
 (data $214 (i32.const 13036) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00J\00S\00O\00N\00 \00o\00b\00j\00e\00c\00t\00,\00 \00g\00o\00t\00 \00n\00u\00l\00l\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $215 (i32.const 13132) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00a\00 \00b\00a\00d\00 \00e\00s\00c\00a\00p\00e\00\00\00\00\00")
 (data $216 (i32.const 13180) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00\\\00x\004\001\00\"\00}\00\00\00\00\00\00\00\00\00")
 (data $217 (i32.const 13260) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00:\00 \00i\00n\00v\00a\00l\00i\00d\00 \00e\00s\00c\00a\00p\00e\00")
 (data $218 (i32.const 13340) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00a\00n\00 \00u\00n\00p\00a\00i\00r\00e\00d\00 \00s\00u\00r\00r\00o\00g\00a\00t\00e\00\00\00")
 (data $219 (i32.const 13404) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00\\\00u\00d\008\000\000\00\"\00}\00\00\00\00\00")
 (data $220 (i32.const 13484) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00u\00n\00p\00a\00i\00r\00e\00d\00 \00s\00u\00r\00r\00o\00g\00a\00t\00e\00\00\00\00\00\00\00\00\00")
 (data $221 (i32.const 13548) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00a\00 \00m\00i\00s\00s\00p\00e\00l\00t\00 \00f\00i\00e\00l\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $222 (i32.const 13612) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00g\00n\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00x\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $223 (i32.const 13692) "\ec\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\d8\00\00\00u\00n\00k\00n\00o\00w\00n\00 \00f\00i\00e\00l\00d\00 \00\"\00t\00r\00a\00c\00k\00i\00g\00n\00_\00h\00e\00a\00d\00e\00r\00\"\00 \00(\00a\00l\00l\00o\00w\00e\00d\00:\00 \00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00,\00 \00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00,\00 \00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00,\00 \00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00)\00\00\00\00\00")
 (data $224 (i32.const 13932) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00a\00 \00c\00a\00m\00e\00l\00C\00a\00s\00e\00 \00f\00i\00e\00l\00d\00\00\00\00\00\00\00\00\00\00\00")
 (data $225 (i32.const 13996) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00H\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00x\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $226 (i32.const 14076) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00u\00n\00k\00n\00o\00w\00n\00 \00f\00i\00e\00l\00d\00 \00\"\00t\00r\00a\00c\00k\00i\00n\00g\00H\00e\00a\00d\00e\00r\00\"\00")
 (data $227 (i32.const 14156) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00a\00 \00r\00e\00p\00e\00a\00t\00e\00d\00 \00f\00i\00e\00l\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $228 (i32.const 14220) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00{\00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \00t\00r\00u\00e\00,\00 \00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \00f\00a\00l\00s\00e\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $229 (i32.const 14348) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00V\00\00\00f\00i\00e\00l\00d\00 \00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00 \00i\00s\00 \00g\00i\00v\00e\00n\00 \00m\00o\00r\00e\00 \00t\00h\00a\00n\00 \00o\00n\00c\00e\00\00\00\00\00\00\00")
 (data $230 (i32.const 14460) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00a\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00 \00t\00h\00a\00t\00 \00i\00s\00 \00a\00 \00n\00u\00m\00b\00e\00r\00")
 (data $231 (i32.const 14540) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \004\002\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $232 (i32.const 14620) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00:\00 \00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00s\00t\00r\00i\00n\00g\00,\00 \00g\00o\00t\00 \00a\00 \00n\00u\00m\00b\00e\00r\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $233 (i32.const 14748) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00a\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00 \00t\00h\00a\00t\00 \00i\00s\00 \00a\00n\00 \00o\00b\00j\00e\00c\00t\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $234 (i32.const 14844) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00D\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00{\00\"\00n\00a\00m\00e\00\"\00:\00 \00\"\00x\00\"\00}\00}\00\00\00\00\00\00\00\00\00")
 (data $235 (i32.const 14940) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00`\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00:\00 \00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00s\00t\00r\00i\00n\00g\00,\00 \00g\00o\00t\00 \00a\00n\00 \00o\00b\00j\00e\00c\00t\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $236 (i32.const 15068) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00a\00n\00 \00e\00m\00p\00t\00y\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00\00\00\00\00")
 (data $237 (i32.const 15132) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $238 (i32.const 15212) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00J\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00:\00 \00\"\00\"\00 \00m\00u\00s\00t\00 \00n\00o\00t\00 \00b\00e\00 \00e\00m\00p\00t\00y\00\00\00")
 (data $239 (i32.const 15308) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00a\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00 \00w\00i\00t\00h\00 \00a\00 \00s\00p\00a\00c\00e\00\00\00\00\00\00\00\00\00")
 (data $240 (i32.const 15388) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00@\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00X\00 \00R\00e\00q\00u\00e\00s\00t\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $241 (i32.const 15484) "\cc\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\ae\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00:\00 \00\"\00X\00 \00R\00e\00q\00u\00e\00s\00t\00\"\00 \00i\00s\00 \00n\00o\00t\00 \00a\00 \00v\00a\00l\00i\00d\00 \00H\00T\00T\00P\00 \00f\00i\00e\00l\00d\00 \00n\00a\00m\00e\00:\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \002\00 \00i\00s\00 \00n\00o\00t\00 \00a\00l\00l\00o\00w\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $242 (i32.const 15692) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00a\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00 \00w\00i\00t\00h\00 \00a\00 \00c\00o\00l\00o\00n\00\00\00\00\00\00\00\00\00")
 (data $243 (i32.const 15772) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00x\00:\00y\00\"\00}\00\00\00\00\00\00\00\00\00")
 (data $244 (i32.const 15852) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00i\00s\00 \00n\00o\00t\00 \00a\00 \00v\00a\00l\00i\00d\00 \00H\00T\00T\00P\00 \00f\00i\00e\00l\00d\00 \00n\00a\00m\00e\00")
 (data $245 (i32.const 15932) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00a\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00 \00w\00i\00t\00h\00 \00n\00o\00n\00-\00A\00S\00C\00I\00I\00\00\00\00\00")
 (data $246 (i32.const 16012) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00x\00-\00\e9\00\"\00}\00\00\00\00\00\00\00\00\00")
 (data $247 (i32.const 16092) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00a\00 \00p\00s\00e\00u\00d\00o\00-\00h\00e\00a\00d\00e\00r\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $248 (i32.const 16156) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00:\00p\00a\00t\00h\00\"\00}\00\00\00\00\00")
 (data $249 (i32.const 16236) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00N\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00:\00 \00\"\00:\00p\00a\00t\00h\00\"\00 \00p\00s\00e\00u\00d\00o\00-\00h\00e\00a\00d\00e\00r\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $250 (i32.const 16348) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00H\00o\00s\00t\00\"\00}\00\00\00\00\00\00\00")
 (data $251 (i32.const 16428) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00:\00 \00\"\00H\00o\00s\00t\00\"\00 \00i\00s\00 \00m\00a\00n\00a\00g\00e\00d\00 \00b\00y\00 \00t\00h\00e\00 \00p\00r\00o\00x\00y\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $252 (i32.const 16556) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00J\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00c\00o\00n\00t\00e\00n\00t\00-\00l\00e\00n\00g\00t\00h\00\"\00}\00\00\00")
 (data $253 (i32.const 16652) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00i\00s\00 \00m\00a\00n\00a\00g\00e\00d\00 \00b\00y\00 \00t\00h\00e\00 \00p\00r\00o\00x\00y\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $254 (i32.const 16732) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00P\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00t\00r\00a\00n\00s\00f\00e\00r\00-\00e\00n\00c\00o\00d\00i\00n\00g\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $255 (i32.const 16844) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00B\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00c\00o\00n\00n\00e\00c\00t\00i\00o\00n\00\"\00}\00\00\00\00\00\00\00\00\00\00\00")
 (data $256 (i32.const 16940) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00T\00E\00\"\00}\00\00\00\00\00\00\00\00\00\00\00")
 (data $257 (i32.const 17020) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00u\00p\00g\00r\00a\00d\00e\00\"\00}\00")
 (data $258 (i32.const 17100) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00B\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00k\00e\00e\00p\00-\00a\00l\00i\00v\00e\00\"\00}\00\00\00\00\00\00\00\00\00\00\00")
 (data $259 (i32.const 17196) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00N\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00p\00r\00o\00x\00y\00-\00c\00o\00n\00n\00e\00c\00t\00i\00o\00n\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $260 (i32.const 17308) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00a\00n\00 \00o\00v\00e\00r\00-\00l\00o\00n\00g\00 \00h\00e\00a\00d\00e\00r\00 \00n\00a\00m\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $261 (i32.const 17388) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00\"\00:\00 \00\"\00\00\00")
 (data $262 (i32.const 17452) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00V\00\00\00i\00s\00 \002\005\007\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00s\00 \00l\00o\00n\00g\00,\00 \00a\00t\00 \00m\00o\00s\00t\00 \002\005\006\00 \00a\00l\00l\00o\00w\00e\00d\00\00\00\00\00\00\00")
 (data $263 (i32.const 17564) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00a\00 \00v\00a\00l\00u\00e\00 \00t\00h\00a\00t\00 \00i\00s\00 \00a\00 \00n\00u\00m\00b\00e\00r\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $264 (i32.const 17644) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \007\00}\00\00\00")
 (data $265 (i32.const 17708) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\\\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00:\00 \00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00s\00t\00r\00i\00n\00g\00,\00 \00g\00o\00t\00 \00a\00 \00n\00u\00m\00b\00e\00r\00")
 (data $266 (i32.const 17820) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00a\00 \00v\00a\00l\00u\00e\00 \00t\00h\00a\00t\00 \00i\00s\00 \00a\00 \00b\00o\00o\00l\00e\00a\00n\00\00\00\00\00\00\00\00\00\00\00")
 (data $267 (i32.const 17900) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00t\00r\00u\00e\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $268 (i32.const 17980) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00:\00 \00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00s\00t\00r\00i\00n\00g\00,\00 \00g\00o\00t\00 \00a\00 \00b\00o\00o\00l\00e\00a\00n\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $269 (i32.const 18108) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00a\00n\00 \00e\00m\00p\00t\00y\00 \00v\00a\00l\00u\00e\00")
 (data $270 (i32.const 18156) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00,\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00\"\00}\00")
 (data $271 (i32.const 18220) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00B\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00:\00 \00m\00u\00s\00t\00 \00n\00o\00t\00 \00b\00e\00 \00e\00m\00p\00t\00y\00\00\00\00\00\00\00\00\00\00\00")
 (data $272 (i32.const 18316) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00a\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00C\00R\00 \00L\00F\00\00\00\00\00\00\00\00\00")
 (data $273 (i32.const 18380) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00L\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00a\00\\\00r\00\\\00n\00I\00n\00j\00e\00c\00t\00e\00d\00:\00 \001\00\"\00}\00")
 (data $274 (i32.const 18476) "\bc\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\a0\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00:\00 \00\"\00a\00\\\00x\000\00d\00\\\00x\000\00a\00I\00n\00j\00e\00c\00t\00e\00d\00:\00 \001\00\"\00 \00c\00o\00n\00t\00a\00i\00n\00s\00 \00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \000\00x\000\00d\00 \00a\00t\00 \00b\00y\00t\00e\00 \001\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $275 (i32.const 18668) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00a\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00N\00U\00L\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $276 (i32.const 18732) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00a\00\\\00u\000\000\000\000\00b\00\"\00}\00")
 (data $277 (i32.const 18812) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00R\00\00\00c\00o\00n\00t\00a\00i\00n\00s\00 \00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \000\00x\000\000\00 \00a\00t\00 \00b\00y\00t\00e\00 \001\00\00\00\00\00\00\00\00\00\00\00")
 (data $278 (i32.const 18924) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00a\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00D\00E\00L\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $279 (i32.const 18988) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00:\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00a\00\\\00u\000\000\007\00f\00\"\00}\00\00\00")
 (data $280 (i32.const 19068) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00c\00o\00n\00t\00a\00i\00n\00s\00 \00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \000\00x\007\00f\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $281 (i32.const 19164) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00a\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00a\00 \00l\00e\00a\00d\00i\00n\00g\00 \00s\00p\00a\00c\00e\00\00\00\00\00")
 (data $282 (i32.const 19244) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00 \00v\00\"\00}\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $283 (i32.const 19324) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00f\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00:\00 \00\"\00 \00v\00\"\00 \00s\00t\00a\00r\00t\00s\00 \00o\00r\00 \00e\00n\00d\00s\00 \00w\00i\00t\00h\00 \00w\00h\00i\00t\00e\00s\00p\00a\00c\00e\00\00\00\00\00\00\00")
 (data $284 (i32.const 19452) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00a\00 \00v\00a\00l\00u\00e\00 \00w\00i\00t\00h\00 \00a\00 \00t\00r\00a\00i\00l\00i\00n\00g\00 \00t\00a\00b\00\00\00\00\00\00\00")
 (data $285 (i32.const 19532) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00{\00\"\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00\"\00:\00 \00\"\00v\00\\\00t\00\"\00}\00\00\00\00\00\00\00\00\00\00\00")
 (data $286 (i32.const 19612) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00s\00t\00a\00r\00t\00s\00 \00o\00r\00 \00e\00n\00d\00s\00 \00w\00i\00t\00h\00 \00w\00h\00i\00t\00e\00s\00p\00a\00c\00e\00")
 (data $287 (i32.const 19692) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00a\00 \00v\00a\00l\00u\00e\00 \00o\00v\00e\00r\00 \008\00 \00K\00i\00B\00\00\00\00\00\00\00\00\00")
 (data $288 (i32.const 19756) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00p\00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00:\00 \00i\00s\00 \008\001\009\003\00 \00b\00y\00t\00e\00s\00 \00l\00o\00n\00g\00,\00 \00a\00t\00 \00m\00o\00s\00t\00 \008\001\009\002\00 \00a\00l\00l\00o\00w\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $289 (i32.const 19900) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00:\00\00\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00 \00a\00s\00 \00a\00 \00s\00t\00r\00i\00n\00g\00\00\00")
 (data $290 (i32.const 19980) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\008\00\00\00{\00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00\"\00y\00e\00s\00\"\00}\00\00\00\00\00")
 (data $291 (i32.const 20060) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00l\00\00\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00:\00 \00m\00u\00s\00t\00 \00b\00e\00 \00t\00r\00u\00e\00 \00o\00r\00 \00f\00a\00l\00s\00e\00,\00 \00g\00o\00t\00 \00a\00 \00s\00t\00r\00i\00n\00g\00")
 (data $292 (i32.const 20188) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00D\00\00\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00 \00m\00i\00s\00s\00p\00e\00l\00t\00 \00l\00i\00t\00e\00r\00a\00l\00\00\00\00\00\00\00\00\00")
 (data $293 (i32.const 20284) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00{\00\"\00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00\"\00:\00 \00t\00r\00u\00}\00\00\00\00\00\00\00\00\00")
 (data $294 (i32.const 20364) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00\'\00t\00r\00u\00e\00\'\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $295 (i32.const 20460) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00 \00a\00s\00 \00a\00 \00n\00u\00m\00b\00e\00r\00\00\00\00\00\00\00\00\00\00\00")
 (data $296 (i32.const 20540) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00{\00\"\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00\"\00:\00 \001\00}\00\00\00\00\00")
 (data $297 (i32.const 20604) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00d\00\00\00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00:\00 \00m\00u\00s\00t\00 \00b\00e\00 \00t\00r\00u\00e\00 \00o\00r\00 \00f\00a\00l\00s\00e\00,\00 \00g\00o\00t\00 \00a\00 \00n\00u\00m\00b\00e\00r\00\00\00\00\00\00\00\00\00")
 (data $298 (i32.const 20732) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00b\00e\00h\00a\00v\00i\00o\00u\00r\00 \00t\00a\00b\00l\00e\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $299 (i32.const 20796) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00E\00l\00e\00m\00e\00n\00t\00 \00t\00y\00p\00e\00 \00m\00u\00s\00t\00 \00b\00e\00 \00n\00u\00l\00l\00a\00b\00l\00e\00 \00i\00f\00 \00a\00r\00r\00a\00y\00 \00i\00s\00 \00h\00o\00l\00e\00y\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $300 (i32.const 20924) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00U\00n\00p\00a\00i\00r\00e\00d\00 \00s\00u\00r\00r\00o\00g\00a\00t\00e\00\00\00\00\00\00\00\00\00")
 (data $301 (i32.const 20988) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00K\00e\00y\00 \00d\00o\00e\00s\00 \00n\00o\00t\00 \00e\00x\00i\00s\00t\00\00\00\00\00\00\00\00\00")
 (data $302 (i32.const 21052) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00~\00l\00i\00b\00/\00m\00a\00p\00.\00t\00s\00\00\00\00\00\00\00")
 (data $303 (i32.const 21100) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00p\00l\00u\00g\00i\00n\00_\00r\00o\00o\00t\00_\00i\00d\00")
 (data $304 (i32.const 21148) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00O\00b\00j\00e\00c\00t\00 \00i\00s\00 \00n\00o\00t\00 \00p\00i\00n\00n\00e\00d\00\00\00\00\00")
 (data $305 (i32.const 21212) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00V\00\00\00n\00o\00 \00r\00o\00o\00t\00 \00c\00o\00n\00t\00e\00x\00t\00 \00i\00s\00 \00r\00e\00g\00i\00s\00t\00e\00r\00e\00d\00 \00f\00o\00r\00 \00r\00o\00o\00t\00 \00i\00d\00 \00\"\00\00\00\00\00\00\00")
 (data $306 (i32.const 21324) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00\"\00 \00(\00r\00e\00g\00i\00s\00t\00e\00r\00e\00d\00:\00 \00\"\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $307 (i32.const 21388) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00\"\00,\00 \00\"\00\00\00\00\00")
 (data $308 (i32.const 21420) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00\"\00)\00\00\00\00\00\00\00\00\00")
 (data $309 (i32.const 21452) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00j\00\00\00B\00a\00s\00e\00 \00c\00r\00e\00a\00t\00e\00C\00o\00n\00t\00e\00x\00t\00 \00c\00a\00l\00l\00e\00d\00 \00-\00 \00t\00h\00i\00s\00 \00s\00h\00o\00u\00l\00d\00 \00n\00e\00v\00e\00r\00 \00h\00a\00p\00p\00e\00n\00!\00\00\00")
 (data $310 (i32.const 21580) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00X\00\00\00p\00r\00o\00x\00y\00_\00g\00e\00t\00_\00b\00u\00f\00f\00e\00r\00_\00b\00y\00t\00e\00s\00(\00p\00l\00u\00g\00i\00n\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00)\00\00\00\00\00")
 (data $311 (i32.const 21692) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00 \00f\00a\00i\00l\00e\00d\00 \00w\00i\00t\00h\00 \00s\00t\00a\00t\00u\00s\00 \00\00\00\00\00")
 (data $312 (i32.const 21756) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00d\00\00\00t\00o\00S\00t\00r\00i\00n\00g\00(\00)\00 \00r\00a\00d\00i\00x\00 \00a\00r\00g\00u\00m\00e\00n\00t\00 \00m\00u\00s\00t\00 \00b\00e\00 \00b\00e\00t\00w\00e\00e\00n\00 \002\00 \00a\00n\00d\00 \003\006\00\00\00\00\00\00\00\00\00")
 (data $313 (i32.const 21884) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00~\00l\00i\00b\00/\00u\00t\00i\00l\00/\00n\00u\00m\00b\00e\00r\00.\00t\00s\00\00\00\00\00\00\00")
 (data $314 (i32.const 21948) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\000\00\00\00\00\00\00\00\00\00\00\00")
 (data $315 (i32.const 21980) "0\000\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\008\000\009\001\000\001\001\001\002\001\003\001\004\001\005\001\006\001\007\001\008\001\009\002\000\002\001\002\002\002\003\002\004\002\005\002\006\002\007\002\008\002\009\003\000\003\001\003\002\003\003\003\004\003\005\003\006\003\007\003\008\003\009\004\000\004\001\004\002\004\003\004\004\004\005\004\006\004\007\004\008\004\009\005\000\005\001\005\002\005\003\005\004\005\005\005\006\005\007\005\008\005\009\006\000\006\001\006\002\006\003\006\004\006\005\006\006\006\007\006\008\006\009\007\000\007\001\007\002\007\003\007\004\007\005\007\006\007\007\007\008\007\009\008\000\008\001\008\002\008\003\008\004\008\005\008\006\008\007\008\008\008\009\009\000\009\001\009\002\009\003\009\004\009\005\009\006\009\007\009\008\009\009\00")
 (data $316 (i32.const 22380) "\1c\04\00\00\00\00\00\00\00\00\00\00\02\00\00\00\00\04\00\000\000\000\001\000\002\000\003\000\004\000\005\000\006\000\007\000\008\000\009\000\00a\000\00b\000\00c\000\00d\000\00e\000\00f\001\000\001\001\001\002\001\003\001\004\001\005\001\006\001\007\001\008\001\009\001\00a\001\00b\001\00c\001\00d\001\00e\001\00f\002\000\002\001\002\002\002\003\002\004\002\005\002\006\002\007\002\008\002\009\002\00a\002\00b\002\00c\002\00d\002\00e\002\00f\003\000\003\001\003\002\003\003\003\004\003\005\003\006\003\007\003\008\003\009\003\00a\003\00b\003\00c\003\00d\003\00e\003\00f\004\000\004\001\004\002\004\003\004\004\004\005\004\006\004\007\004\008\004\009\004\00a\004\00b\004\00c\004\00d\004\00e\004\00f\005\000\005\001\005\002\005\003\005\004\005\005\005\006\005\007\005\008\005\009\005\00a\005\00b\005\00c\005\00d\005\00e\005\00f\006\000\006\001\006\002\006\003\006\004\006\005\006\006\006\007\006\008\006\009\006\00a\006\00b\006\00c\006\00d\006\00e\006\00f\007\000\007\001\007\002\007\003\007\004\007\005\007\006\007\007\007\008\007\009\007\00a\007\00b\007\00c\007\00d\007\00e\007\00f\008\000\008\001\008\002\008\003\008\004\008\005\008\006\008\007\008\008\008\009\008\00a\008\00b\008\00c\008\00d\008\00e\008\00f\009\000\009\001\009\002\009\003\009\004\009\005\009\006\009\007\009\008\009\009\009\00a\009\00b\009\00c\009\00d\009\00e\009\00f\00a\000\00a\001\00a\002\00a\003\00a\004\00a\005\00a\006\00a\007\00a\008\00a\009\00a\00a\00a\00b\00a\00c\00a\00d\00a\00e\00a\00f\00b\000\00b\001\00b\002\00b\003\00b\004\00b\005\00b\006\00b\007\00b\008\00b\009\00b\00a\00b\00b\00b\00c\00b\00d\00b\00e\00b\00f\00c\000\00c\001\00c\002\00c\003\00c\004\00c\005\00c\006\00c\007\00c\008\00c\009\00c\00a\00c\00b\00c\00c\00c\00d\00c\00e\00c\00f\00d\000\00d\001\00d\002\00d\003\00d\004\00d\005\00d\006\00d\007\00d\008\00d\009\00d\00a\00d\00b\00d\00c\00d\00d\00d\00e\00d\00f\00e\000\00e\001\00e\002\00e\003\00e\004\00e\005\00e\006\00e\007\00e\008\00e\009\00e\00a\00e\00b\00e\00c\00e\00d\00e\00e\00e\00f\00f\000\00f\001\00f\002\00f\003\00f\004\00f\005\00f\006\00f\007\00f\008\00f\009\00f\00a\00f\00b\00f\00c\00f\00d\00f\00e\00f\00f\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $317 (i32.const 23436) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00H\00\00\000\001\002\003\004\005\006\007\008\009\00a\00b\00c\00d\00e\00f\00g\00h\00i\00j\00k\00l\00m\00n\00o\00p\00q\00r\00s\00t\00u\00v\00w\00x\00y\00z\00\00\00\00\00")
 (data $318 (i32.const 23532) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00a\00c\00c\00e\00p\00t\00e\00d\00:\00 \00\00\00\00\00\00\00\00\00")
 (data $319 (i32.const 23580) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00b\00o\00o\00l\00\00\00\00\00")
 (data $320 (i32.const 23612) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00t\00\00\00n\00o\00d\00e\00_\00m\00o\00d\00u\00l\00e\00s\00/\00@\00a\00s\00-\00p\00e\00c\00t\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00a\00s\00s\00e\00m\00b\00l\00y\00/\00i\00n\00t\00e\00r\00n\00a\00l\00/\00a\00s\00s\00e\00r\00t\00.\00t\00s\00\00\00\00\00\00\00\00\00")
 (data $321 (i32.const 23756) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00c\00r\00i\00t\00i\00c\00a\00l\00 \00l\00o\00g\00 \00\"\00")
 (data $322 (i32.const 23804) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00\"\00 \00s\00h\00o\00u\00l\00d\00 \00c\00o\00n\00t\00a\00i\00n\00 \00\"\00\00\00\00\00\00\00\00\00")
 (data $323 (i32.const 23868) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00\"\00\00\00\00\00\00\00\00\00\00\00")
 (data $324 (i32.const 23900) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00o\00n\00e\00 \00c\00r\00i\00t\00i\00c\00a\00l\00 \00l\00i\00n\00e\00\00\00\00\00\00\00\00\00\00\00")
 (data $325 (i32.const 23964) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00i\003\002\00\00\00\00\00\00\00")
 (data $326 (i32.const 23996) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $327 (i32.const 24028) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00~\00l\00i\00b\00/\00t\00y\00p\00e\00d\00a\00r\00r\00a\00y\00.\00t\00s\00\00\00\00\00\00\00\00\00")
 (data $328 (i32.const 24092) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $329 (i32.const 24124) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $330 (i32.const 24156) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $331 (i32.const 24188) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00:\00s\00t\00a\00t\00u\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $332 (i32.const 24236) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\002\000\000\00\00\00\00\00\00\00")
 (data $333 (i32.const 24268) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\08\00\00\00\90^\00\00\c0^\00\00\00\00\00\00")
 (data $334 (i32.const 24300) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00r\00e\00q\00u\00e\00s\00t\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $335 (i32.const 24348) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00\00\00\00\00\00\00")
 (data $336 (i32.const 24396) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00 \00v\00a\00l\00u\00e\00(\00s\00)\00,\00 \00g\00o\00t\00 \00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $337 (i32.const 24460) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00 \00[\00\00\00\00\00\00\00\00\00")
 (data $338 (i32.const 24492) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00 \00|\00 \00\00\00\00\00\00\00")
 (data $339 (i32.const 24524) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00]\00\00\00\00\00\00\00\00\00\00\00")
 (data $340 (i32.const 24556) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00a\00 \00U\00U\00I\00D\00v\004\00,\00 \00g\00o\00t\00 \00\"\00\00\00\00\00\00\00\00\00")
 (data $341 (i32.const 24636) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00Z\00\00\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00a\00 \00f\00r\00e\00s\00h\00 \00U\00U\00I\00D\00v\004\00,\00 \00g\00o\00t\00 \00t\00h\00e\00 \00i\00n\00c\00o\00m\00i\00n\00g\00 \00\"\00\00\00")
 (data $342 (i32.const 24748) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00@\00\00\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00t\00h\00e\00 \00r\00e\00q\00u\00e\00s\00t\00\'\00s\00 \00v\00a\00l\00u\00e\00 \00\"\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $343 (i32.const 24844) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00\"\00,\00 \00g\00o\00t\00 \00\"\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $344 (i32.const 24892) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00:\00 \00e\00x\00p\00e\00c\00t\00e\00d\00 \00\"\00\00\00\00\00")
 (data $345 (i32.const 24940) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00S\00t\00r\00i\00n\00g\00")
 (data $346 (i32.const 24972) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00c\00a\00c\00h\00e\00L\00e\00n\00g\00t\00h\00 \00s\00h\00o\00u\00l\00d\00 \00b\00e\00 \00e\00v\00e\00n\00\00\00\00\00\00\00\00\00")
 (data $347 (i32.const 25052) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $348 (i32.const 25084) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $349 (i32.const 25116) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\002\00\00\00S\00e\00r\00i\00a\00l\00i\00z\00e\00s\00 \00t\00o\00 \00s\00a\00m\00e\00 \00v\00a\00l\00u\00e\00.\00\00\00\00\00\00\00\00\00\00\00")
 (data $350 (i32.const 25196) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00r\00e\00s\00p\00o\00n\00s\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $351 (i32.const 25244) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $352 (i32.const 25276) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00n\00o\00 \00c\00r\00i\00t\00i\00c\00a\00l\00 \00l\00o\00g\00:\00 \00\00\00\00\00\00\00\00\00\00\00")
 (data $353 (i32.const 25340) "\1c\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $354 (i32.const 25372) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00,\00\00\00\00\00\00\00\00\00\00\00")
 (data $355 (i32.const 25404) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00@\00\00\00r\00e\00q\00u\00e\00s\00t\00s\00,\00g\00e\00n\00e\00r\00a\00t\00e\00d\00,\00k\00e\00p\00t\00,\00r\00e\00p\00l\00a\00c\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $356 (i32.const 25500) "\1c\00\00\00\00\00\00\00\00\00\00\00\'\00\00\00\08\00\00\00\02\00\00\00\00\00\00\00\00\00\00\00")
 (data $357 (i32.const 25532) "\1c\00\00\00\00\00\00\00\00\00\00\00\'\00\00\00\08\00\00\00\03\00\00\00\00\00\00\00\00\00\00\00")
 (data $358 (i32.const 25564) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00O\00b\00j\00e\00c\00t\00 \00a\00l\00r\00e\00a\00d\00y\00 \00p\00i\00n\00n\00e\00d\00\00\00")
 (data $359 (i32.const 25628) "\1c\00\00\00\00\00\00\00\00\00\00\00\'\00\00\00\08\00\00\00\04\00\00\00\00\00\00\00\00\00\00\00")
 (data $360 (i32.const 25660) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00B\00\00\00U\00n\00a\00b\00l\00e\00 \00t\00o\00 \00s\00e\00t\00 \00e\00f\00f\00e\00c\00t\00i\00v\00e\00 \00c\00o\00n\00t\00e\00x\00t\00:\00 \00\00\00\00\00\00\00\00\00\00\00")
 (data $361 (i32.const 25756) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00 \00w\00i\00t\00h\00 \00r\00e\00s\00u\00l\00t\00:\00 \00")
 (data $362 (i32.const 25804) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00o\00n\00H\00t\00t\00p\00C\00a\00l\00l\00R\00e\00s\00p\00o\00n\00s\00e\00:\00 \00T\00o\00k\00e\00n\00 \00\00\00\00\00\00\00\00\00")
 (data $363 (i32.const 25884) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00 \00n\00o\00t\00 \00f\00o\00u\00n\00d\00.\00\00\00\00\00\00\00")
 (data $364 (i32.const 25932) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00U\00T\00F\00-\008\00 \00a\00t\00 \00b\00y\00t\00e\00 \00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $365 (i32.const 26012) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00u\00n\00e\00x\00p\00e\00c\00t\00e\00d\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00\00\00\00\00")
 (data $366 (i32.const 26076) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00n\00o\00t\00 \00v\00a\00l\00i\00d\00 \00J\00S\00O\00N\00:\00 \00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $367 (i32.const 26140) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00 \00a\00t\00 \00b\00y\00t\00e\00 \00\00\00\00\00\00\00\00\00\00\00")
 (data $368 (i32.const 26188) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00J\00S\00O\00N\00 \00o\00b\00j\00e\00c\00t\00,\00 \00g\00o\00t\00 \00\00\00\00\00\00\00")
 (data $369 (i32.const 26268) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00a\00 \00b\00o\00o\00l\00e\00a\00n\00\00\00\00\00\00\00\00\00\00\00")
 (data $370 (i32.const 26316) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00a\00 \00n\00u\00m\00b\00e\00r\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $371 (i32.const 26364) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\12\00\00\00a\00n\00 \00o\00b\00j\00e\00c\00t\00\00\00\00\00\00\00\00\00\00\00")
 (data $372 (i32.const 26412) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00.\00\00\00t\00h\00e\00 \00e\00n\00d\00 \00o\00f\00 \00t\00h\00e\00 \00d\00o\00c\00u\00m\00e\00n\00t\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $373 (i32.const 26492) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00a\00n\00 \00i\00n\00v\00a\00l\00i\00d\00 \00t\00o\00k\00e\00n\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $374 (i32.const 26556) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00L\00\00\00e\00x\00p\00e\00c\00t\00e\00d\00 \00a\00 \00f\00i\00e\00l\00d\00 \00n\00a\00m\00e\00 \00i\00n\00 \00d\00o\00u\00b\00l\00e\00 \00q\00u\00o\00t\00e\00s\00")
 (data $375 (i32.const 26652) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00D\00\00\00e\00x\00p\00e\00c\00t\00e\00d\00 \00a\00 \00s\00t\00r\00i\00n\00g\00 \00i\00n\00 \00d\00o\00u\00b\00l\00e\00 \00q\00u\00o\00t\00e\00s\00\00\00\00\00\00\00\00\00")
 (data $376 (i32.const 26748) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00u\00n\00t\00e\00r\00m\00i\00n\00a\00t\00e\00d\00 \00s\00t\00r\00i\00n\00g\00\00\00\00\00\00\00")
 (data $377 (i32.const 26812) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \000\00x\00\00\00\00\00")
 (data $378 (i32.const 26876) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00P\00\00\00 \00i\00n\00s\00i\00d\00e\00 \00a\00 \00s\00t\00r\00i\00n\00g\00 \00(\00w\00r\00i\00t\00e\00 \00i\00t\00 \00a\00s\00 \00a\00n\00 \00e\00s\00c\00a\00p\00e\00)\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $379 (i32.const 26988) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00L\00\00\00\\\00u\00 \00m\00u\00s\00t\00 \00b\00e\00 \00f\00o\00l\00l\00o\00w\00e\00d\00 \00b\00y\00 \00f\00o\00u\00r\00 \00h\00e\00x\00 \00d\00i\00g\00i\00t\00s\00")
 (data $380 (i32.const 27084) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00>\00\00\00u\00n\00p\00a\00i\00r\00e\00d\00 \00s\00u\00r\00r\00o\00g\00a\00t\00e\00 \00i\00n\00 \00\\\00u\00 \00e\00s\00c\00a\00p\00e\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $381 (i32.const 27180) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00i\00n\00v\00a\00l\00i\00d\00 \00e\00s\00c\00a\00p\00e\00 \00\'\00\\\00\00\00\00\00\00\00\00\00\00\00")
 (data $382 (i32.const 27244) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00\'\00\00\00\00\00\00\00\00\00\00\00")
 (data $383 (i32.const 27276) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00e\00x\00p\00e\00c\00t\00e\00d\00 \00\'\00:\00\'\00 \00a\00f\00t\00e\00r\00 \00f\00i\00e\00l\00d\00 \00n\00a\00m\00e\00 \00")
 (data $384 (i32.const 27356) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00.\00.\00.\00 \00(\00\00\00")
 (data $385 (i32.const 27388) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0e\00\00\00 \00b\00y\00t\00e\00s\00)\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $386 (i32.const 27436) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00u\00n\00k\00n\00o\00w\00n\00 \00f\00i\00e\00l\00d\00 \00")
 (data $387 (i32.const 27484) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\16\00\00\00 \00(\00a\00l\00l\00o\00w\00e\00d\00:\00 \00\00\00\00\00\00\00")
 (data $388 (i32.const 27532) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00,\00 \00\00\00\00\00\00\00\00\00")
 (data $389 (i32.const 27564) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00)\00\00\00\00\00\00\00\00\00\00\00")
 (data $390 (i32.const 27596) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\0c\00\00\00f\00i\00e\00l\00d\00 \00")
 (data $391 (i32.const 27628) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\000\00\00\00 \00i\00s\00 \00g\00i\00v\00e\00n\00 \00m\00o\00r\00e\00 \00t\00h\00a\00n\00 \00o\00n\00c\00e\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $392 (i32.const 27708) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00t\00r\00u\00e\00\00\00\00\00")
 (data $393 (i32.const 27740) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00f\00a\00l\00s\00e\00\00\00")
 (data $394 (i32.const 27772) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00e\00x\00p\00e\00c\00t\00e\00d\00 \00\'\00\00\00\00\00\00\00\00\00")
 (data $395 (i32.const 27820) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00m\00u\00s\00t\00 \00b\00e\00 \00t\00r\00u\00e\00 \00o\00r\00 \00f\00a\00l\00s\00e\00,\00 \00g\00o\00t\00 \00\00\00\00\00\00\00")
 (data $396 (i32.const 27900) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00,\00\00\00m\00u\00s\00t\00 \00b\00e\00 \00a\00 \00s\00t\00r\00i\00n\00g\00,\00 \00g\00o\00t\00 \00")
 (data $397 (i32.const 27964) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\"\00\00\00m\00u\00s\00t\00 \00n\00o\00t\00 \00b\00e\00 \00e\00m\00p\00t\00y\00\00\00\00\00\00\00\00\00\00\00")
 (data $398 (i32.const 28028) "\ac\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\8e\00\00\00p\00s\00e\00u\00d\00o\00-\00h\00e\00a\00d\00e\00r\00s\00 \00(\00s\00t\00a\00r\00t\00i\00n\00g\00 \00w\00i\00t\00h\00 \00\'\00:\00\'\00)\00 \00a\00r\00e\00 \00s\00e\00t\00 \00b\00y\00 \00t\00h\00e\00 \00p\00r\00o\00x\00y\00,\00 \00n\00o\00t\00 \00b\00y\00 \00p\00l\00u\00g\00i\00n\00s\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $399 (i32.const 28204) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\06\00\00\00i\00s\00 \00\00\00\00\00\00\00")
 (data $400 (i32.const 28236) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00s\00 \00l\00o\00n\00g\00,\00 \00a\00t\00 \00m\00o\00s\00t\00 \00\00\00\00\00\00\00\00\00")
 (data $401 (i32.const 28316) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00 \00a\00l\00l\00o\00w\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $402 (i32.const 28364) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00T\00\00\00i\00s\00 \00n\00o\00t\00 \00a\00 \00v\00a\00l\00i\00d\00 \00H\00T\00T\00P\00 \00f\00i\00e\00l\00d\00 \00n\00a\00m\00e\00:\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \00\00\00\00\00\00\00\00\00")
 (data $403 (i32.const 28476) "\8c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00|\00\00\00 \00i\00s\00 \00n\00o\00t\00 \00a\00l\00l\00o\00w\00e\00d\00 \00(\00a\00l\00l\00o\00w\00e\00d\00:\00 \00l\00e\00t\00t\00e\00r\00s\00,\00 \00d\00i\00g\00i\00t\00s\00 \00a\00n\00d\00 \00!\00#\00$\00%\00&\00\'\00*\00+\00-\00.\00^\00_\00`\00|\00~\00)\00")
 (data $404 (i32.const 28620) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00j\00\00\00i\00s\00 \00m\00a\00n\00a\00g\00e\00d\00 \00b\00y\00 \00t\00h\00e\00 \00p\00r\00o\00x\00y\00 \00a\00n\00d\00 \00c\00a\00n\00n\00o\00t\00 \00b\00e\00 \00s\00e\00t\00 \00b\00y\00 \00a\00 \00p\00l\00u\00g\00i\00n\00\00\00")
 (data $405 (i32.const 28748) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00 \00\00\00\00\00\00\00\00\00\00\00")
 (data $406 (i32.const 28780) "\9c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\82\00\00\00m\00u\00s\00t\00 \00n\00o\00t\00 \00b\00e\00 \00e\00m\00p\00t\00y\00 \00(\00l\00e\00a\00v\00e\00 \00i\00t\00 \00o\00u\00t\00 \00t\00o\00 \00g\00e\00n\00e\00r\00a\00t\00e\00 \00a\00 \00U\00U\00I\00D\00v\004\00 \00p\00e\00r\00 \00r\00e\00q\00u\00e\00s\00t\00)\00\00\00\00\00\00\00\00\00\00\00")
 (data $407 (i32.const 28940) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00 \00b\00y\00t\00e\00s\00 \00l\00o\00n\00g\00,\00 \00a\00t\00 \00m\00o\00s\00t\00 \00\00\00")
 (data $408 (i32.const 29004) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00 \00c\00o\00n\00t\00a\00i\00n\00s\00 \00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00 \000\00x\00")
 (data $409 (i32.const 29084) "\ac\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\98\00\00\00 \00(\00C\00R\00,\00 \00L\00F\00,\00 \00N\00U\00L\00 \00a\00n\00d\00 \00o\00t\00h\00e\00r\00 \00c\00o\00n\00t\00r\00o\00l\00 \00c\00h\00a\00r\00a\00c\00t\00e\00r\00s\00 \00a\00r\00e\00 \00n\00o\00t\00 \00a\00l\00l\00o\00w\00e\00d\00 \00i\00n\00 \00h\00e\00a\00d\00e\00r\00 \00v\00a\00l\00u\00e\00s\00)\00\00\00\00\00")
 (data $410 (i32.const 29260) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00h\00\00\00 \00s\00t\00a\00r\00t\00s\00 \00o\00r\00 \00e\00n\00d\00s\00 \00w\00i\00t\00h\00 \00w\00h\00i\00t\00e\00s\00p\00a\00c\00e\00,\00 \00w\00h\00i\00c\00h\00 \00p\00r\00o\00x\00i\00e\00s\00 \00s\00t\00r\00i\00p\00\00\00\00\00")
 (data $411 (i32.const 29388) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00:\00 \00\00\00\00\00\00\00\00\00")
 (data $412 (i32.const 29420) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00N\00\00\00e\00x\00p\00e\00c\00t\00e\00d\00 \00\'\00,\00\'\00 \00o\00r\00 \00\'\00}\00\'\00 \00a\00f\00t\00e\00r\00 \00t\00h\00e\00 \00v\00a\00l\00u\00e\00 \00o\00f\00 \00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $413 (i32.const 29532) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00b\00\00\00u\00n\00e\00x\00p\00e\00c\00t\00e\00d\00 \00c\00o\00n\00t\00e\00n\00t\00 \00a\00f\00t\00e\00r\00 \00t\00h\00e\00 \00c\00o\00n\00f\00i\00g\00u\00r\00a\00t\00i\00o\00n\00 \00o\00b\00j\00e\00c\00t\00\00\00\00\00\00\00\00\00\00\00")
 (data $414 (i32.const 29660) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00J\00\00\00r\00e\00q\00u\00e\00s\00t\00-\00t\00r\00a\00c\00k\00e\00r\00:\00 \00p\00r\00o\00x\00y\00_\00d\00e\00f\00i\00n\00e\00_\00m\00e\00t\00r\00i\00c\00(\00\00\00")
 (data $415 (i32.const 29756) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00*\00\00\00)\00 \00f\00a\00i\00l\00e\00d\00 \00w\00i\00t\00h\00 \00s\00t\00a\00t\00u\00s\00 \00\00\00")
 (data $416 (i32.const 29820) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00D\00\00\00;\00 \00t\00h\00e\00 \00c\00o\00u\00n\00t\00e\00r\00 \00w\00i\00l\00l\00 \00n\00o\00t\00 \00b\00e\00 \00e\00x\00p\00o\00r\00t\00e\00d\00\00\00\00\00\00\00\00\00")
 (data $417 (i32.const 29916) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00D\00\00\00p\00r\00o\00x\00y\00_\00s\00e\00t\00_\00t\00i\00c\00k\00_\00p\00e\00r\00i\00o\00d\00_\00m\00i\00l\00l\00i\00s\00e\00c\00o\00n\00d\00s\00\00\00\00\00\00\00\00\00")
 (data $418 (i32.const 30012) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\18\00\00\00c\00o\00n\00f\00i\00g\00u\00r\00e\00d\00:\00 \00\00\00\00\00")
 (data $419 (i32.const 30060) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00t\00r\00a\00c\00k\00i\00n\00g\00_\00h\00e\00a\00d\00e\00r\00=\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $420 (i32.const 30124) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00 \00\00\00 \00t\00r\00a\00c\00k\00i\00n\00g\00_\00v\00a\00l\00u\00e\00=\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $421 (i32.const 30188) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00(\00\00\00<\00u\00u\00i\00d\00v\004\00 \00p\00e\00r\00 \00r\00e\00q\00u\00e\00s\00t\00>\00\00\00\00\00")
 (data $422 (i32.const 30252) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00&\00\00\00 \00p\00r\00e\00s\00e\00r\00v\00e\00_\00e\00x\00i\00s\00t\00i\00n\00g\00=\00\00\00\00\00\00\00")
 (data $423 (i32.const 30316) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1e\00\00\00 \00e\00c\00h\00o\00_\00r\00e\00s\00p\00o\00n\00s\00e\00=\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $424 (i32.const 30380) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\006\00\00\00p\00r\00o\00x\00y\00_\00g\00e\00t\00_\00h\00e\00a\00d\00e\00r\00_\00m\00a\00p\00_\00v\00a\00l\00u\00e\00(\00\00\00\00\00\00\00")
 (data $425 (i32.const 30460) "\\\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00B\00\00\00;\00 \00t\00h\00e\00 \00r\00e\00q\00u\00e\00s\00t\00 \00c\00o\00n\00t\00i\00n\00u\00e\00s\00 \00u\00n\00c\00h\00a\00n\00g\00e\00d\00\00\00\00\00\00\00\00\00\00\00")
 (data $426 (i32.const 30556) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\14\00\00\00r\00a\00n\00d\00o\00m\00_\00g\00e\00t\00\00\00\00\00\00\00\00\00")
 (data $427 (i32.const 30604) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\004\00\00\00p\00r\00o\00x\00y\00_\00a\00d\00d\00_\00h\00e\00a\00d\00e\00r\00_\00m\00a\00p\00_\00v\00a\00l\00u\00e\00\00\00\00\00\00\00\00\00")
 (data $428 (i32.const 30684) "L\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00<\00\00\00p\00r\00o\00x\00y\00_\00r\00e\00p\00l\00a\00c\00e\00_\00h\00e\00a\00d\00e\00r\00_\00m\00a\00p\00_\00v\00a\00l\00u\00e\00")
 (data $429 (i32.const 30764) "l\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00P\00\00\00p\00r\00o\00x\00y\00_\00r\00e\00p\00l\00a\00c\00e\00_\00h\00e\00a\00d\00e\00r\00_\00m\00a\00p\00_\00v\00a\00l\00u\00e\00(\00r\00e\00s\00p\00o\00n\00s\00e\00)\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $430 (i32.const 30876) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\08\00\00\00k\00e\00p\00t\00\00\00\00\00")
 (data $431 (i32.const 30908) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\10\00\00\00r\00e\00p\00l\00a\00c\00e\00d\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $432 (i32.const 30956) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\n\00\00\00a\00d\00d\00e\00d\00\00\00")
 (data $433 (i32.const 30988) ",\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\1c\00\00\00r\00e\00q\00u\00e\00s\00t\00 \00d\00o\00n\00e\00:\00 \00")
 (data $434 (i32.const 31036) "|\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00^\00\00\00U\00n\00e\00x\00p\00e\00c\00t\00e\00d\00 \00\'\00n\00u\00l\00l\00\'\00 \00(\00n\00o\00t\00 \00a\00s\00s\00i\00g\00n\00e\00d\00 \00o\00r\00 \00f\00a\00i\00l\00e\00d\00 \00c\00a\00s\00t\00)\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00")
 (data $435 (i32.const 31164) "<\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00$\00\00\00a\00s\00s\00e\00m\00b\00l\00y\00/\00p\00l\00u\00g\00i\00n\00.\00t\00s\00\00\00\00\00\00\00\00\00")
 (data $436 (i32.const 31228) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\02\00\00\00=\00\00\00\00\00\00\00\00\00\00\00")
 (data $437 (i32.const 31260) "\1c\00\00\00\00\00\00\00\00\00\00\00\02\00\00\00\04\00\00\00 \00(\00\00\00\00\00\00\00\00\00")
 (data $438 (i32.const 31296) "0\00\00\00 \00\00\00 \00\00\00 \00\00\00\00\00\00\00 \00\00\00 \00\00\00 \00\00\00 \00\00\00\00\00\00\00\00\00\00\00 \00\00\00\00\00\00\00 \00\00\00\00\00\00\00\10A\02\00\00\00\00\00\00\00\00\00\10A\02\00\10A\82\00\10A\02\00\02A\00\00\00\00\00\00\00\00\00\00\00\00\00\00$\02\00\00$\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\02A\00\00\02\t\00\00 \00\00\00\10\t\02\00 \00\00\00\00\00\00\00\02A\00\00\01\01\00\00\00\00\00\00\02\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00A\00\00\00\00\00\00\00d\00\00\00 \00\00\00\02A\00\00\02\01\00\00")
 (table $0 5 funcref)
 (elem $0 (i32.const 1) $assembly/index/createRoot $start:tests/unit/behaviour.spec~anonymous|0~anonymous|0 $start:tests/unit/behaviour.spec~anonymous|0 $start:node_modules/@as-pect/assembly/assembly/internal/noOp~anonymous|0)
 (export "malloc" (func $~lib/@solo-io/proxy-runtime/assembly/malloc/malloc))
 (export "free" (func $~lib/@solo-io/proxy-runtime/assembly/malloc/free))
 (export "__ignoreLogs" (func $node_modules/@as-pect/assembly/assembly/internal/log/__ignoreLogs))
 (export "proxy_abi_version_0_2_1" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_abi_version_0_2_1))
 (export "proxy_on_vm_start" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_vm_start))
 (export "proxy_validate_configuration" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_validate_configuration))
 (export "proxy_on_configure" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_configure))
 (export "proxy_on_tick" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_tick))
 (export "proxy_on_foreign_function" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_foreign_function))
 (export "proxy_on_queue_ready" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_queue_ready))
 (export "proxy_on_context_create" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_context_create))
 (export "proxy_on_request_headers" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_headers))
 (export "proxy_on_request_body" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_body))
 (export "proxy_on_request_trailers" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_trailers))
 (export "proxy_on_request_metadata" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_metadata))
 (export "proxy_on_response_headers" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_headers))
 (export "proxy_on_response_body" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_body))
 (export "proxy_on_response_trailers" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_trailers))
 (export "proxy_on_response_metadata" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_metadata))
 (export "proxy_on_http_call_response" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_http_call_response))
 (export "proxy_on_grpc_receive_initial_metadata" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_receive_initial_metadata))
 (export "proxy_on_grpc_trailing_metadata" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_trailing_metadata))
 (export "proxy_on_grpc_receive" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_receive))
 (export "proxy_on_grpc_close" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_close))
 (export "proxy_on_done" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_done))
 (export "proxy_on_log" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_log))
 (export "proxy_on_delete" (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_delete))
 (export "__new" (func $~lib/rt/itcms/__new))
 (export "__pin" (func $~lib/rt/itcms/__pin))
 (export "__unpin" (func $~lib/rt/itcms/__unpin))
 (export "__collect" (func $~lib/rt/itcms/__collect))
 (export "__rtti_base" (global $~lib/rt/__rtti_base))
 (export "memory" (memory $0))
 (export "table" (table $0))
 (export "_start" (func $~start))
 (export "startRoot" (func $export:tests/unit/behaviour.spec/startRoot))
 (export "__call" (func $export:node_modules/@as-pect/assembly/assembly/internal/call/__call))
 (func $~lib/rt/itcms/Object#set:nextWithColor (param $this i32) (param $nextWithColor i32)
  local.get $this
  local.get $nextWithColor
  i32.store offset=4
 )
 (func $~lib/rt/itcms/Object#set:prev (param $this i32) (param $prev i32)
  local.get $this
  local.get $prev
  i32.store offset=8
 )
 (func $~lib/rt/itcms/initLazy (param $space i32) (result i32)
  local.get $space
  local.get $space
  call $~lib/rt/itcms/Object#set:nextWithColor
  local.get $space
  local.get $space
  call $~lib/rt/itcms/Object#set:prev
  local.get $space
  return
 )
 (func $~lib/rt/itcms/Object#get:nextWithColor (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/rt/itcms/Object#get:next (param $this i32) (result i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  return
 )
 (func $~lib/rt/itcms/Object#get:color (param $this i32) (result i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.and
  return
 )
 (func $~lib/rt/itcms/visitRoots (param $cookie i32)
  (local $pn i32)
  (local $iter i32)
  local.get $cookie
  call $~lib/rt/__visit_globals
  global.get $~lib/rt/itcms/pinSpace
  local.set $pn
  local.get $pn
  call $~lib/rt/itcms/Object#get:next
  local.set $iter
  loop $while-continue|0
   local.get $iter
   local.get $pn
   i32.ne
   if
    i32.const 1
    drop
    local.get $iter
    call $~lib/rt/itcms/Object#get:color
    i32.const 3
    i32.eq
    i32.eqz
    if
     i32.const 0
     i32.const 96
     i32.const 160
     i32.const 16
     call $~lib/builtins/abort
     unreachable
    end
    local.get $iter
    i32.const 20
    i32.add
    local.get $cookie
    call $~lib/rt/__visit_members
    local.get $iter
    call $~lib/rt/itcms/Object#get:next
    local.set $iter
    br $while-continue|0
   end
  end
 )
 (func $~lib/rt/itcms/Object#set:color (param $this i32) (param $color i32)
  local.get $this
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.get $color
  i32.or
  call $~lib/rt/itcms/Object#set:nextWithColor
 )
 (func $~lib/rt/itcms/Object#get:prev (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/rt/itcms/Object#set:next (param $this i32) (param $obj i32)
  local.get $this
  local.get $obj
  local.get $this
  call $~lib/rt/itcms/Object#get:nextWithColor
  i32.const 3
  i32.and
  i32.or
  call $~lib/rt/itcms/Object#set:nextWithColor
 )
 (func $~lib/rt/itcms/Object#unlink (param $this i32)
  (local $next i32)
  (local $prev i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:next
  local.set $next
  local.get $next
  i32.const 0
  i32.eq
  if
   i32.const 1
   drop
   local.get $this
   call $~lib/rt/itcms/Object#get:prev
   i32.const 0
   i32.eq
   if (result i32)
    local.get $this
    global.get $~lib/memory/__heap_base
    i32.lt_u
   else
    i32.const 0
   end
   i32.eqz
   if
    i32.const 0
    i32.const 96
    i32.const 128
    i32.const 18
    call $~lib/builtins/abort
    unreachable
   end
   return
  end
  local.get $this
  call $~lib/rt/itcms/Object#get:prev
  local.set $prev
  i32.const 1
  drop
  local.get $prev
  i32.eqz
  if
   i32.const 0
   i32.const 96
   i32.const 132
   i32.const 16
   call $~lib/builtins/abort
   unreachable
  end
  local.get $next
  local.get $prev
  call $~lib/rt/itcms/Object#set:prev
  local.get $prev
  local.get $next
  call $~lib/rt/itcms/Object#set:next
 )
 (func $~lib/rt/itcms/Object#get:rtId (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/shared/typeinfo/Typeinfo#get:flags (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/__typeinfo (param $id i32) (result i32)
  (local $ptr i32)
  global.get $~lib/rt/__rtti_base
  local.set $ptr
  local.get $id
  local.get $ptr
  i32.load
  i32.gt_u
  if
   i32.const 224
   i32.const 288
   i32.const 21
   i32.const 28
   call $~lib/builtins/abort
   unreachable
  end
  local.get $ptr
  i32.const 4
  i32.add
  local.get $id
  i32.const 4
  i32.mul
  i32.add
  call $~lib/shared/typeinfo/Typeinfo#get:flags
  return
 )
 (func $~lib/rt/itcms/Object#get:isPointerfree (param $this i32) (result i32)
  (local $rtId i32)
  local.get $this
  call $~lib/rt/itcms/Object#get:rtId
  local.set $rtId
  local.get $rtId
  i32.const 2
  i32.le_u
  if (result i32)
   i32.const 1
  else
   local.get $rtId
   call $~lib/rt/__typeinfo
   i32.const 32
   i32.and
   i32.const 0
   i32.ne
  end
  return
 )
 (func $~lib/rt/itcms/Object#linkTo (param $this i32) (param $list i32) (param $withColor i32)
  (local $prev i32)
  local.get $list
  call $~lib/rt/itcms/Object#get:prev
  local.set $prev
  local.get $this
  local.get $list
  local.get $withColor
  i32.or
  call $~lib/rt/itcms/Object#set:nextWithColor
  local.get $this
  local.get $prev
  call $~lib/rt/itcms/Object#set:prev
  local.get $prev
  local.get $this
  call $~lib/rt/itcms/Object#set:next
  local.get $list
  local.get $this
  call $~lib/rt/itcms/Object#set:prev
 )
 (func $~lib/rt/itcms/Object#makeGray (param $this i32)
  (local $1 i32)
  local.get $this
  global.get $~lib/rt/itcms/iter
  i32.eq
  if
   local.get $this
   call $~lib/rt/itcms/Object#get:prev
   local.tee $1
   i32.eqz
   if (result i32)
    i32.const 0
    i32.const 96
    i32.const 148
    i32.const 30
    call $~lib/builtins/abort
    unreachable
   else
    local.get $1
   end
   global.set $~lib/rt/itcms/iter
  end
  local.get $this
  call $~lib/rt/itcms/Object#unlink
  local.get $this
  global.get $~lib/rt/itcms/toSpace
  local.get $this
  call $~lib/rt/itcms/Object#get:isPointerfree
  if (result i32)
   global.get $~lib/rt/itcms/white
   i32.eqz
  else
   i32.const 2
  end
  call $~lib/rt/itcms/Object#linkTo
 )
 (func $~lib/rt/itcms/__visit (param $ptr i32) (param $cookie i32)
  (local $obj i32)
  local.get $ptr
  i32.eqz
  if
   return
  end
  local.get $ptr
  i32.const 20
  i32.sub
  local.set $obj
  i32.const 0
  drop
  local.get $obj
  call $~lib/rt/itcms/Object#get:color
  global.get $~lib/rt/itcms/white
  i32.eq
  if
   local.get $obj
   call $~lib/rt/itcms/Object#makeGray
   global.get $~lib/rt/itcms/visitCount
   i32.const 1
   i32.add
   global.set $~lib/rt/itcms/visitCount
  end
 )
 (func $~lib/rt/itcms/visitStack (param $cookie i32)
  (local $ptr i32)
  global.get $~lib/memory/__stack_pointer
  local.set $ptr
  loop $while-continue|0
   local.get $ptr
   global.get $~lib/memory/__heap_base
   i32.lt_u
   if
    local.get $ptr
    i32.load
    local.get $cookie
    call $~lib/rt/itcms/__visit
    local.get $ptr
    i32.const 4
    i32.add
    local.set $ptr
    br $while-continue|0
   end
  end
 )
 (func $~lib/rt/common/BLOCK#get:mmInfo (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/itcms/Object#get:size (param $this i32) (result i32)
  i32.const 4
  local.get $this
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  i32.add
  return
 )
 (func $~lib/rt/tlsf/Root#set:flMap (param $this i32) (param $flMap i32)
  local.get $this
  local.get $flMap
  i32.store
 )
 (func $~lib/rt/common/BLOCK#set:mmInfo (param $this i32) (param $mmInfo i32)
  local.get $this
  local.get $mmInfo
  i32.store
 )
 (func $~lib/rt/tlsf/Block#set:prev (param $this i32) (param $prev i32)
  local.get $this
  local.get $prev
  i32.store offset=4
 )
 (func $~lib/rt/tlsf/Block#set:next (param $this i32) (param $next i32)
  local.get $this
  local.get $next
  i32.store offset=8
 )
 (func $~lib/rt/tlsf/Block#get:prev (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/rt/tlsf/Block#get:next (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/rt/tlsf/Root#get:flMap (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/tlsf/removeBlock (param $root i32) (param $block i32)
  (local $blockInfo i32)
  (local $size i32)
  (local $fl i32)
  (local $sl i32)
  (local $6 i32)
  (local $7 i32)
  (local $boundedSize i32)
  (local $prev i32)
  (local $next i32)
  (local $root|11 i32)
  (local $fl|12 i32)
  (local $sl|13 i32)
  (local $root|14 i32)
  (local $fl|15 i32)
  (local $sl|16 i32)
  (local $head i32)
  (local $root|18 i32)
  (local $fl|19 i32)
  (local $slMap i32)
  (local $root|21 i32)
  (local $fl|22 i32)
  (local $slMap|23 i32)
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $blockInfo
  i32.const 1
  drop
  local.get $blockInfo
  i32.const 1
  i32.and
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 268
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $blockInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.set $size
  i32.const 1
  drop
  local.get $size
  i32.const 12
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 270
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $size
  i32.const 256
  i32.lt_u
  if
   i32.const 0
   local.set $fl
   local.get $size
   i32.const 4
   i32.shr_u
   local.set $sl
  else
   local.get $size
   local.tee $6
   i32.const 1073741820
   local.tee $7
   local.get $6
   local.get $7
   i32.lt_u
   select
   local.set $boundedSize
   i32.const 31
   local.get $boundedSize
   i32.clz
   i32.sub
   local.set $fl
   local.get $boundedSize
   local.get $fl
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 1
   i32.const 4
   i32.shl
   i32.xor
   local.set $sl
   local.get $fl
   i32.const 8
   i32.const 1
   i32.sub
   i32.sub
   local.set $fl
  end
  i32.const 1
  drop
  local.get $fl
  i32.const 23
  i32.lt_u
  if (result i32)
   local.get $sl
   i32.const 16
   i32.lt_u
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 284
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $block
  call $~lib/rt/tlsf/Block#get:prev
  local.set $prev
  local.get $block
  call $~lib/rt/tlsf/Block#get:next
  local.set $next
  local.get $prev
  if
   local.get $prev
   local.get $next
   call $~lib/rt/tlsf/Block#set:next
  end
  local.get $next
  if
   local.get $next
   local.get $prev
   call $~lib/rt/tlsf/Block#set:prev
  end
  local.get $block
  block $~lib/rt/tlsf/GETHEAD|inlined.0 (result i32)
   local.get $root
   local.set $root|11
   local.get $fl
   local.set $fl|12
   local.get $sl
   local.set $sl|13
   local.get $root|11
   local.get $fl|12
   i32.const 4
   i32.shl
   local.get $sl|13
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=96
   br $~lib/rt/tlsf/GETHEAD|inlined.0
  end
  i32.eq
  if
   local.get $root
   local.set $root|14
   local.get $fl
   local.set $fl|15
   local.get $sl
   local.set $sl|16
   local.get $next
   local.set $head
   local.get $root|14
   local.get $fl|15
   i32.const 4
   i32.shl
   local.get $sl|16
   i32.add
   i32.const 2
   i32.shl
   i32.add
   local.get $head
   i32.store offset=96
   local.get $next
   i32.eqz
   if
    block $~lib/rt/tlsf/GETSL|inlined.0 (result i32)
     local.get $root
     local.set $root|18
     local.get $fl
     local.set $fl|19
     local.get $root|18
     local.get $fl|19
     i32.const 2
     i32.shl
     i32.add
     i32.load offset=4
     br $~lib/rt/tlsf/GETSL|inlined.0
    end
    local.set $slMap
    local.get $root
    local.set $root|21
    local.get $fl
    local.set $fl|22
    local.get $slMap
    i32.const 1
    local.get $sl
    i32.shl
    i32.const -1
    i32.xor
    i32.and
    local.tee $slMap
    local.set $slMap|23
    local.get $root|21
    local.get $fl|22
    i32.const 2
    i32.shl
    i32.add
    local.get $slMap|23
    i32.store offset=4
    local.get $slMap
    i32.eqz
    if
     local.get $root
     local.get $root
     call $~lib/rt/tlsf/Root#get:flMap
     i32.const 1
     local.get $fl
     i32.shl
     i32.const -1
     i32.xor
     i32.and
     call $~lib/rt/tlsf/Root#set:flMap
    end
   end
  end
 )
 (func $~lib/rt/tlsf/insertBlock (param $root i32) (param $block i32)
  (local $blockInfo i32)
  (local $block|3 i32)
  (local $right i32)
  (local $rightInfo i32)
  (local $block|6 i32)
  (local $block|7 i32)
  (local $left i32)
  (local $leftInfo i32)
  (local $size i32)
  (local $fl i32)
  (local $sl i32)
  (local $13 i32)
  (local $14 i32)
  (local $boundedSize i32)
  (local $root|16 i32)
  (local $fl|17 i32)
  (local $sl|18 i32)
  (local $head i32)
  (local $root|20 i32)
  (local $fl|21 i32)
  (local $sl|22 i32)
  (local $head|23 i32)
  (local $root|24 i32)
  (local $fl|25 i32)
  (local $root|26 i32)
  (local $fl|27 i32)
  (local $slMap i32)
  i32.const 1
  drop
  local.get $block
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 201
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $blockInfo
  i32.const 1
  drop
  local.get $blockInfo
  i32.const 1
  i32.and
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 203
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  block $~lib/rt/tlsf/GETRIGHT|inlined.0 (result i32)
   local.get $block
   local.set $block|3
   local.get $block|3
   i32.const 4
   i32.add
   local.get $block|3
   call $~lib/rt/common/BLOCK#get:mmInfo
   i32.const 3
   i32.const -1
   i32.xor
   i32.and
   i32.add
   br $~lib/rt/tlsf/GETRIGHT|inlined.0
  end
  local.set $right
  local.get $right
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $rightInfo
  local.get $rightInfo
  i32.const 1
  i32.and
  if
   local.get $root
   local.get $right
   call $~lib/rt/tlsf/removeBlock
   local.get $block
   local.get $blockInfo
   i32.const 4
   i32.add
   local.get $rightInfo
   i32.const 3
   i32.const -1
   i32.xor
   i32.and
   i32.add
   local.tee $blockInfo
   call $~lib/rt/common/BLOCK#set:mmInfo
   block $~lib/rt/tlsf/GETRIGHT|inlined.1 (result i32)
    local.get $block
    local.set $block|6
    local.get $block|6
    i32.const 4
    i32.add
    local.get $block|6
    call $~lib/rt/common/BLOCK#get:mmInfo
    i32.const 3
    i32.const -1
    i32.xor
    i32.and
    i32.add
    br $~lib/rt/tlsf/GETRIGHT|inlined.1
   end
   local.set $right
   local.get $right
   call $~lib/rt/common/BLOCK#get:mmInfo
   local.set $rightInfo
  end
  local.get $blockInfo
  i32.const 2
  i32.and
  if
   block $~lib/rt/tlsf/GETFREELEFT|inlined.0 (result i32)
    local.get $block
    local.set $block|7
    local.get $block|7
    i32.const 4
    i32.sub
    i32.load
    br $~lib/rt/tlsf/GETFREELEFT|inlined.0
   end
   local.set $left
   local.get $left
   call $~lib/rt/common/BLOCK#get:mmInfo
   local.set $leftInfo
   i32.const 1
   drop
   local.get $leftInfo
   i32.const 1
   i32.and
   i32.eqz
   if
    i32.const 0
    i32.const 368
    i32.const 221
    i32.const 16
    call $~lib/builtins/abort
    unreachable
   end
   local.get $root
   local.get $left
   call $~lib/rt/tlsf/removeBlock
   local.get $left
   local.set $block
   local.get $block
   local.get $leftInfo
   i32.const 4
   i32.add
   local.get $blockInfo
   i32.const 3
   i32.const -1
   i32.xor
   i32.and
   i32.add
   local.tee $blockInfo
   call $~lib/rt/common/BLOCK#set:mmInfo
  end
  local.get $right
  local.get $rightInfo
  i32.const 2
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $blockInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.set $size
  i32.const 1
  drop
  local.get $size
  i32.const 12
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 233
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  i32.const 1
  drop
  local.get $block
  i32.const 4
  i32.add
  local.get $size
  i32.add
  local.get $right
  i32.eq
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 234
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $right
  i32.const 4
  i32.sub
  local.get $block
  i32.store
  local.get $size
  i32.const 256
  i32.lt_u
  if
   i32.const 0
   local.set $fl
   local.get $size
   i32.const 4
   i32.shr_u
   local.set $sl
  else
   local.get $size
   local.tee $13
   i32.const 1073741820
   local.tee $14
   local.get $13
   local.get $14
   i32.lt_u
   select
   local.set $boundedSize
   i32.const 31
   local.get $boundedSize
   i32.clz
   i32.sub
   local.set $fl
   local.get $boundedSize
   local.get $fl
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 1
   i32.const 4
   i32.shl
   i32.xor
   local.set $sl
   local.get $fl
   i32.const 8
   i32.const 1
   i32.sub
   i32.sub
   local.set $fl
  end
  i32.const 1
  drop
  local.get $fl
  i32.const 23
  i32.lt_u
  if (result i32)
   local.get $sl
   i32.const 16
   i32.lt_u
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 251
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  block $~lib/rt/tlsf/GETHEAD|inlined.1 (result i32)
   local.get $root
   local.set $root|16
   local.get $fl
   local.set $fl|17
   local.get $sl
   local.set $sl|18
   local.get $root|16
   local.get $fl|17
   i32.const 4
   i32.shl
   local.get $sl|18
   i32.add
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=96
   br $~lib/rt/tlsf/GETHEAD|inlined.1
  end
  local.set $head
  local.get $block
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $block
  local.get $head
  call $~lib/rt/tlsf/Block#set:next
  local.get $head
  if
   local.get $head
   local.get $block
   call $~lib/rt/tlsf/Block#set:prev
  end
  local.get $root
  local.set $root|20
  local.get $fl
  local.set $fl|21
  local.get $sl
  local.set $sl|22
  local.get $block
  local.set $head|23
  local.get $root|20
  local.get $fl|21
  i32.const 4
  i32.shl
  local.get $sl|22
  i32.add
  i32.const 2
  i32.shl
  i32.add
  local.get $head|23
  i32.store offset=96
  local.get $root
  local.get $root
  call $~lib/rt/tlsf/Root#get:flMap
  i32.const 1
  local.get $fl
  i32.shl
  i32.or
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $root
  local.set $root|26
  local.get $fl
  local.set $fl|27
  block $~lib/rt/tlsf/GETSL|inlined.1 (result i32)
   local.get $root
   local.set $root|24
   local.get $fl
   local.set $fl|25
   local.get $root|24
   local.get $fl|25
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=4
   br $~lib/rt/tlsf/GETSL|inlined.1
  end
  i32.const 1
  local.get $sl
  i32.shl
  i32.or
  local.set $slMap
  local.get $root|26
  local.get $fl|27
  i32.const 2
  i32.shl
  i32.add
  local.get $slMap
  i32.store offset=4
 )
 (func $~lib/rt/tlsf/addMemory (param $root i32) (param $start i32) (param $endU64 i64) (result i32)
  (local $end i32)
  (local $root|4 i32)
  (local $tail i32)
  (local $tailInfo i32)
  (local $size i32)
  (local $leftSize i32)
  (local $left i32)
  (local $root|10 i32)
  (local $tail|11 i32)
  local.get $endU64
  i32.wrap_i64
  local.set $end
  i32.const 1
  drop
  local.get $start
  i64.extend_i32_u
  local.get $endU64
  i64.le_u
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 382
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $start
  i32.const 4
  i32.add
  i32.const 15
  i32.add
  i32.const 15
  i32.const -1
  i32.xor
  i32.and
  i32.const 4
  i32.sub
  local.set $start
  local.get $end
  i32.const 15
  i32.const -1
  i32.xor
  i32.and
  local.set $end
  block $~lib/rt/tlsf/GETTAIL|inlined.0 (result i32)
   local.get $root
   local.set $root|4
   local.get $root|4
   i32.load offset=1568
   br $~lib/rt/tlsf/GETTAIL|inlined.0
  end
  local.set $tail
  i32.const 0
  local.set $tailInfo
  local.get $tail
  if
   i32.const 1
   drop
   local.get $start
   local.get $tail
   i32.const 4
   i32.add
   i32.ge_u
   i32.eqz
   if
    i32.const 0
    i32.const 368
    i32.const 389
    i32.const 16
    call $~lib/builtins/abort
    unreachable
   end
   local.get $start
   i32.const 16
   i32.sub
   local.get $tail
   i32.eq
   if
    local.get $start
    i32.const 16
    i32.sub
    local.set $start
    local.get $tail
    call $~lib/rt/common/BLOCK#get:mmInfo
    local.set $tailInfo
   else
   end
  else
   i32.const 1
   drop
   local.get $start
   local.get $root
   i32.const 1572
   i32.add
   i32.ge_u
   i32.eqz
   if
    i32.const 0
    i32.const 368
    i32.const 402
    i32.const 5
    call $~lib/builtins/abort
    unreachable
   end
  end
  local.get $end
  local.get $start
  i32.sub
  local.set $size
  local.get $size
  i32.const 4
  i32.const 12
  i32.add
  i32.const 4
  i32.add
  i32.lt_u
  if
   i32.const 0
   return
  end
  local.get $size
  i32.const 2
  i32.const 4
  i32.mul
  i32.sub
  local.set $leftSize
  local.get $start
  local.set $left
  local.get $left
  local.get $leftSize
  i32.const 1
  i32.or
  local.get $tailInfo
  i32.const 2
  i32.and
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $left
  i32.const 0
  call $~lib/rt/tlsf/Block#set:prev
  local.get $left
  i32.const 0
  call $~lib/rt/tlsf/Block#set:next
  local.get $start
  i32.const 4
  i32.add
  local.get $leftSize
  i32.add
  local.set $tail
  local.get $tail
  i32.const 0
  i32.const 2
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $root
  local.set $root|10
  local.get $tail
  local.set $tail|11
  local.get $root|10
  local.get $tail|11
  i32.store offset=1568
  local.get $root
  local.get $left
  call $~lib/rt/tlsf/insertBlock
  i32.const 1
  return
 )
 (func $~lib/rt/tlsf/initialize
  (local $rootOffset i32)
  (local $pagesBefore i32)
  (local $pagesNeeded i32)
  (local $root i32)
  (local $root|4 i32)
  (local $tail i32)
  (local $fl i32)
  (local $root|7 i32)
  (local $fl|8 i32)
  (local $slMap i32)
  (local $sl i32)
  (local $root|11 i32)
  (local $fl|12 i32)
  (local $sl|13 i32)
  (local $head i32)
  (local $memStart i32)
  i32.const 0
  drop
  global.get $~lib/memory/__heap_base
  i32.const 15
  i32.add
  i32.const 15
  i32.const -1
  i32.xor
  i32.and
  local.set $rootOffset
  memory.size
  local.set $pagesBefore
  local.get $rootOffset
  i32.const 1572
  i32.add
  i32.const 65535
  i32.add
  i32.const 65535
  i32.const -1
  i32.xor
  i32.and
  i32.const 16
  i32.shr_u
  local.set $pagesNeeded
  local.get $pagesNeeded
  local.get $pagesBefore
  i32.gt_s
  if (result i32)
   local.get $pagesNeeded
   local.get $pagesBefore
   i32.sub
   memory.grow
   i32.const 0
   i32.lt_s
  else
   i32.const 0
  end
  if
   unreachable
  end
  local.get $rootOffset
  local.set $root
  local.get $root
  i32.const 0
  call $~lib/rt/tlsf/Root#set:flMap
  local.get $root
  local.set $root|4
  i32.const 0
  local.set $tail
  local.get $root|4
  local.get $tail
  i32.store offset=1568
  i32.const 0
  local.set $fl
  loop $for-loop|0
   local.get $fl
   i32.const 23
   i32.lt_u
   if
    local.get $root
    local.set $root|7
    local.get $fl
    local.set $fl|8
    i32.const 0
    local.set $slMap
    local.get $root|7
    local.get $fl|8
    i32.const 2
    i32.shl
    i32.add
    local.get $slMap
    i32.store offset=4
    i32.const 0
    local.set $sl
    loop $for-loop|1
     local.get $sl
     i32.const 16
     i32.lt_u
     if
      local.get $root
      local.set $root|11
      local.get $fl
      local.set $fl|12
      local.get $sl
      local.set $sl|13
      i32.const 0
      local.set $head
      local.get $root|11
      local.get $fl|12
      i32.const 4
      i32.shl
      local.get $sl|13
      i32.add
      i32.const 2
      i32.shl
      i32.add
      local.get $head
      i32.store offset=96
      local.get $sl
      i32.const 1
      i32.add
      local.set $sl
      br $for-loop|1
     end
    end
    local.get $fl
    i32.const 1
    i32.add
    local.set $fl
    br $for-loop|0
   end
  end
  local.get $rootOffset
  i32.const 1572
  i32.add
  local.set $memStart
  i32.const 0
  drop
  local.get $root
  local.get $memStart
  memory.size
  i64.extend_i32_s
  i64.const 16
  i64.shl
  call $~lib/rt/tlsf/addMemory
  drop
  local.get $root
  global.set $~lib/rt/tlsf/ROOT
 )
 (func $~lib/rt/tlsf/checkUsedBlock (param $ptr i32) (result i32)
  (local $block i32)
  local.get $ptr
  i32.const 4
  i32.sub
  local.set $block
  local.get $ptr
  i32.const 0
  i32.ne
  if (result i32)
   local.get $ptr
   i32.const 15
   i32.and
   i32.eqz
  else
   i32.const 0
  end
  if (result i32)
   local.get $block
   call $~lib/rt/common/BLOCK#get:mmInfo
   i32.const 1
   i32.and
   i32.eqz
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 562
   i32.const 3
   call $~lib/builtins/abort
   unreachable
  end
  local.get $block
  return
 )
 (func $~lib/rt/tlsf/freeBlock (param $root i32) (param $block i32)
  i32.const 0
  drop
  local.get $block
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 1
  i32.or
  call $~lib/rt/common/BLOCK#set:mmInfo
  local.get $root
  local.get $block
  call $~lib/rt/tlsf/insertBlock
 )
 (func $~lib/rt/tlsf/__free (param $ptr i32)
  local.get $ptr
  global.get $~lib/memory/__heap_base
  i32.lt_u
  if
   return
  end
  global.get $~lib/rt/tlsf/ROOT
  i32.eqz
  if
   call $~lib/rt/tlsf/initialize
  end
  global.get $~lib/rt/tlsf/ROOT
  local.get $ptr
  call $~lib/rt/tlsf/checkUsedBlock
  call $~lib/rt/tlsf/freeBlock
 )
 (func $~lib/rt/itcms/free (param $obj i32)
  local.get $obj
  global.get $~lib/memory/__heap_base
  i32.lt_u
  if
   local.get $obj
   i32.const 0
   call $~lib/rt/itcms/Object#set:nextWithColor
   local.get $obj
   i32.const 0
   call $~lib/rt/itcms/Object#set:prev
  else
   global.get $~lib/rt/itcms/total
   local.get $obj
   call $~lib/rt/itcms/Object#get:size
   i32.sub
   global.set $~lib/rt/itcms/total
   i32.const 0
   drop
   local.get $obj
   i32.const 4
   i32.add
   call $~lib/rt/tlsf/__free
  end
 )
 (func $~lib/rt/itcms/step (result i32)
  (local $obj i32)
  (local $1 i32)
  (local $black i32)
  (local $from i32)
  block $break|0
   block $case2|0
    block $case1|0
     block $case0|0
      global.get $~lib/rt/itcms/state
      local.set $1
      local.get $1
      i32.const 0
      i32.eq
      br_if $case0|0
      local.get $1
      i32.const 1
      i32.eq
      br_if $case1|0
      local.get $1
      i32.const 2
      i32.eq
      br_if $case2|0
      br $break|0
     end
     i32.const 1
     global.set $~lib/rt/itcms/state
     i32.const 0
     global.set $~lib/rt/itcms/visitCount
     i32.const 0
     call $~lib/rt/itcms/visitRoots
     global.get $~lib/rt/itcms/toSpace
     global.set $~lib/rt/itcms/iter
     global.get $~lib/rt/itcms/visitCount
     i32.const 1
     i32.mul
     return
    end
    global.get $~lib/rt/itcms/white
    i32.eqz
    local.set $black
    global.get $~lib/rt/itcms/iter
    call $~lib/rt/itcms/Object#get:next
    local.set $obj
    loop $while-continue|1
     local.get $obj
     global.get $~lib/rt/itcms/toSpace
     i32.ne
     if
      local.get $obj
      global.set $~lib/rt/itcms/iter
      local.get $obj
      call $~lib/rt/itcms/Object#get:color
      local.get $black
      i32.ne
      if
       local.get $obj
       local.get $black
       call $~lib/rt/itcms/Object#set:color
       i32.const 0
       global.set $~lib/rt/itcms/visitCount
       local.get $obj
       i32.const 20
       i32.add
       i32.const 0
       call $~lib/rt/__visit_members
       global.get $~lib/rt/itcms/visitCount
       i32.const 1
       i32.mul
       return
      end
      local.get $obj
      call $~lib/rt/itcms/Object#get:next
      local.set $obj
      br $while-continue|1
     end
    end
    i32.const 0
    global.set $~lib/rt/itcms/visitCount
    i32.const 0
    call $~lib/rt/itcms/visitRoots
    global.get $~lib/rt/itcms/iter
    call $~lib/rt/itcms/Object#get:next
    local.set $obj
    local.get $obj
    global.get $~lib/rt/itcms/toSpace
    i32.eq
    if
     i32.const 0
     call $~lib/rt/itcms/visitStack
     global.get $~lib/rt/itcms/iter
     call $~lib/rt/itcms/Object#get:next
     local.set $obj
     loop $while-continue|2
      local.get $obj
      global.get $~lib/rt/itcms/toSpace
      i32.ne
      if
       local.get $obj
       call $~lib/rt/itcms/Object#get:color
       local.get $black
       i32.ne
       if
        local.get $obj
        local.get $black
        call $~lib/rt/itcms/Object#set:color
        local.get $obj
        i32.const 20
        i32.add
        i32.const 0
        call $~lib/rt/__visit_members
       end
       local.get $obj
       call $~lib/rt/itcms/Object#get:next
       local.set $obj
       br $while-continue|2
      end
     end
     global.get $~lib/rt/itcms/fromSpace
     local.set $from
     global.get $~lib/rt/itcms/toSpace
     global.set $~lib/rt/itcms/fromSpace
     local.get $from
     global.set $~lib/rt/itcms/toSpace
     local.get $black
     global.set $~lib/rt/itcms/white
     local.get $from
     call $~lib/rt/itcms/Object#get:next
     global.set $~lib/rt/itcms/iter
     i32.const 2
     global.set $~lib/rt/itcms/state
    end
    global.get $~lib/rt/itcms/visitCount
    i32.const 1
    i32.mul
    return
   end
   global.get $~lib/rt/itcms/iter
   local.set $obj
   local.get $obj
   global.get $~lib/rt/itcms/toSpace
   i32.ne
   if
    local.get $obj
    call $~lib/rt/itcms/Object#get:next
    global.set $~lib/rt/itcms/iter
    i32.const 1
    drop
    local.get $obj
    call $~lib/rt/itcms/Object#get:color
    global.get $~lib/rt/itcms/white
    i32.eqz
    i32.eq
    i32.eqz
    if
     i32.const 0
     i32.const 96
     i32.const 229
     i32.const 20
     call $~lib/builtins/abort
     unreachable
    end
    local.get $obj
    call $~lib/rt/itcms/free
    i32.const 10
    return
   end
   global.get $~lib/rt/itcms/toSpace
   global.get $~lib/rt/itcms/toSpace
   call $~lib/rt/itcms/Object#set:nextWithColor
   global.get $~lib/rt/itcms/toSpace
   global.get $~lib/rt/itcms/toSpace
   call $~lib/rt/itcms/Object#set:prev
   i32.const 0
   global.set $~lib/rt/itcms/state
   br $break|0
  end
  i32.const 0
  return
 )
 (func $~lib/rt/itcms/interrupt
  (local $budget i32)
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 1024
  i32.const 200
  i32.mul
  i32.const 100
  i32.div_u
  local.set $budget
  loop $do-loop|0
   local.get $budget
   call $~lib/rt/itcms/step
   i32.sub
   local.set $budget
   global.get $~lib/rt/itcms/state
   i32.const 0
   i32.eq
   if
    i32.const 0
    drop
    global.get $~lib/rt/itcms/total
    i64.extend_i32_u
    i32.const 200
    i64.extend_i32_u
    i64.mul
    i64.const 100
    i64.div_u
    i32.wrap_i64
    i32.const 1024
    i32.add
    global.set $~lib/rt/itcms/threshold
    i32.const 0
    drop
    return
   end
   local.get $budget
   i32.const 0
   i32.gt_s
   br_if $do-loop|0
  end
  i32.const 0
  drop
  global.get $~lib/rt/itcms/total
  i32.const 1024
  global.get $~lib/rt/itcms/total
  global.get $~lib/rt/itcms/threshold
  i32.sub
  i32.const 1024
  i32.lt_u
  i32.mul
  i32.add
  global.set $~lib/rt/itcms/threshold
  i32.const 0
  drop
 )
 (func $~lib/rt/tlsf/computeSize (param $size i32) (result i32)
  local.get $size
  i32.const 12
  i32.le_u
  if (result i32)
   i32.const 12
  else
   local.get $size
   i32.const 4
   i32.add
   i32.const 15
   i32.add
   i32.const 15
   i32.const -1
   i32.xor
   i32.and
   i32.const 4
   i32.sub
  end
  return
 )
 (func $~lib/rt/tlsf/prepareSize (param $size i32) (result i32)
  local.get $size
  i32.const 1073741820
  i32.gt_u
  if
   i32.const 32
   i32.const 368
   i32.const 461
   i32.const 29
   call $~lib/builtins/abort
   unreachable
  end
  local.get $size
  call $~lib/rt/tlsf/computeSize
  return
 )
 (func $~lib/rt/tlsf/roundSize (param $size i32) (result i32)
  local.get $size
  i32.const 536870910
  i32.lt_u
  if (result i32)
   local.get $size
   i32.const 1
   i32.const 27
   local.get $size
   i32.clz
   i32.sub
   i32.shl
   i32.add
   i32.const 1
   i32.sub
  else
   local.get $size
  end
  return
 )
 (func $~lib/rt/tlsf/searchBlock (param $root i32) (param $size i32) (result i32)
  (local $fl i32)
  (local $sl i32)
  (local $requestSize i32)
  (local $root|5 i32)
  (local $fl|6 i32)
  (local $slMap i32)
  (local $head i32)
  (local $flMap i32)
  (local $root|10 i32)
  (local $fl|11 i32)
  (local $root|12 i32)
  (local $fl|13 i32)
  (local $sl|14 i32)
  (local $root|15 i32)
  (local $fl|16 i32)
  (local $sl|17 i32)
  local.get $size
  i32.const 256
  i32.lt_u
  if
   i32.const 0
   local.set $fl
   local.get $size
   i32.const 4
   i32.shr_u
   local.set $sl
  else
   local.get $size
   call $~lib/rt/tlsf/roundSize
   local.set $requestSize
   i32.const 4
   i32.const 8
   i32.mul
   i32.const 1
   i32.sub
   local.get $requestSize
   i32.clz
   i32.sub
   local.set $fl
   local.get $requestSize
   local.get $fl
   i32.const 4
   i32.sub
   i32.shr_u
   i32.const 1
   i32.const 4
   i32.shl
   i32.xor
   local.set $sl
   local.get $fl
   i32.const 8
   i32.const 1
   i32.sub
   i32.sub
   local.set $fl
  end
  i32.const 1
  drop
  local.get $fl
  i32.const 23
  i32.lt_u
  if (result i32)
   local.get $sl
   i32.const 16
   i32.lt_u
  else
   i32.const 0
  end
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 334
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  block $~lib/rt/tlsf/GETSL|inlined.2 (result i32)
   local.get $root
   local.set $root|5
   local.get $fl
   local.set $fl|6
   local.get $root|5
   local.get $fl|6
   i32.const 2
   i32.shl
   i32.add
   i32.load offset=4
   br $~lib/rt/tlsf/GETSL|inlined.2
  end
  i32.const 0
  i32.const -1
  i32.xor
  local.get $sl
  i32.shl
  i32.and
  local.set $slMap
  i32.const 0
  local.set $head
  local.get $slMap
  i32.eqz
  if
   local.get $root
   call $~lib/rt/tlsf/Root#get:flMap
   i32.const 0
   i32.const -1
   i32.xor
   local.get $fl
   i32.const 1
   i32.add
   i32.shl
   i32.and
   local.set $flMap
   local.get $flMap
   i32.eqz
   if
    i32.const 0
    local.set $head
   else
    local.get $flMap
    i32.ctz
    local.set $fl
    block $~lib/rt/tlsf/GETSL|inlined.3 (result i32)
     local.get $root
     local.set $root|10
     local.get $fl
     local.set $fl|11
     local.get $root|10
     local.get $fl|11
     i32.const 2
     i32.shl
     i32.add
     i32.load offset=4
     br $~lib/rt/tlsf/GETSL|inlined.3
    end
    local.set $slMap
    i32.const 1
    drop
    local.get $slMap
    i32.eqz
    if
     i32.const 0
     i32.const 368
     i32.const 347
     i32.const 18
     call $~lib/builtins/abort
     unreachable
    end
    block $~lib/rt/tlsf/GETHEAD|inlined.2 (result i32)
     local.get $root
     local.set $root|12
     local.get $fl
     local.set $fl|13
     local.get $slMap
     i32.ctz
     local.set $sl|14
     local.get $root|12
     local.get $fl|13
     i32.const 4
     i32.shl
     local.get $sl|14
     i32.add
     i32.const 2
     i32.shl
     i32.add
     i32.load offset=96
     br $~lib/rt/tlsf/GETHEAD|inlined.2
    end
    local.set $head
   end
  else
   block $~lib/rt/tlsf/GETHEAD|inlined.3 (result i32)
    local.get $root
    local.set $root|15
    local.get $fl
    local.set $fl|16
    local.get $slMap
    i32.ctz
    local.set $sl|17
    local.get $root|15
    local.get $fl|16
    i32.const 4
    i32.shl
    local.get $sl|17
    i32.add
    i32.const 2
    i32.shl
    i32.add
    i32.load offset=96
    br $~lib/rt/tlsf/GETHEAD|inlined.3
   end
   local.set $head
  end
  local.get $head
  return
 )
 (func $~lib/rt/tlsf/growMemory (param $root i32) (param $size i32)
  (local $pagesBefore i32)
  (local $root|3 i32)
  (local $pagesNeeded i32)
  (local $5 i32)
  (local $6 i32)
  (local $pagesWanted i32)
  (local $pagesAfter i32)
  i32.const 0
  drop
  local.get $size
  i32.const 256
  i32.ge_u
  if
   local.get $size
   call $~lib/rt/tlsf/roundSize
   local.set $size
  end
  memory.size
  local.set $pagesBefore
  local.get $size
  i32.const 4
  local.get $pagesBefore
  i32.const 16
  i32.shl
  i32.const 4
  i32.sub
  block $~lib/rt/tlsf/GETTAIL|inlined.1 (result i32)
   local.get $root
   local.set $root|3
   local.get $root|3
   i32.load offset=1568
   br $~lib/rt/tlsf/GETTAIL|inlined.1
  end
  i32.ne
  i32.shl
  i32.add
  local.set $size
  local.get $size
  i32.const 65535
  i32.add
  i32.const 65535
  i32.const -1
  i32.xor
  i32.and
  i32.const 16
  i32.shr_u
  local.set $pagesNeeded
  local.get $pagesBefore
  local.tee $5
  local.get $pagesNeeded
  local.tee $6
  local.get $5
  local.get $6
  i32.gt_s
  select
  local.set $pagesWanted
  local.get $pagesWanted
  memory.grow
  i32.const 0
  i32.lt_s
  if
   local.get $pagesNeeded
   memory.grow
   i32.const 0
   i32.lt_s
   if
    unreachable
   end
  end
  memory.size
  local.set $pagesAfter
  local.get $root
  local.get $pagesBefore
  i32.const 16
  i32.shl
  local.get $pagesAfter
  i64.extend_i32_s
  i64.const 16
  i64.shl
  call $~lib/rt/tlsf/addMemory
  drop
 )
 (func $~lib/rt/tlsf/prepareBlock (param $root i32) (param $block i32) (param $size i32)
  (local $blockInfo i32)
  (local $remaining i32)
  (local $spare i32)
  (local $block|6 i32)
  (local $block|7 i32)
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  local.set $blockInfo
  i32.const 1
  drop
  local.get $size
  i32.const 4
  i32.add
  i32.const 15
  i32.and
  i32.eqz
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 361
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $blockInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.get $size
  i32.sub
  local.set $remaining
  local.get $remaining
  i32.const 4
  i32.const 12
  i32.add
  i32.ge_u
  if
   local.get $block
   local.get $size
   local.get $blockInfo
   i32.const 2
   i32.and
   i32.or
   call $~lib/rt/common/BLOCK#set:mmInfo
   local.get $block
   i32.const 4
   i32.add
   local.get $size
   i32.add
   local.set $spare
   local.get $spare
   local.get $remaining
   i32.const 4
   i32.sub
   i32.const 1
   i32.or
   call $~lib/rt/common/BLOCK#set:mmInfo
   local.get $root
   local.get $spare
   call $~lib/rt/tlsf/insertBlock
  else
   local.get $block
   local.get $blockInfo
   i32.const 1
   i32.const -1
   i32.xor
   i32.and
   call $~lib/rt/common/BLOCK#set:mmInfo
   block $~lib/rt/tlsf/GETRIGHT|inlined.3 (result i32)
    local.get $block
    local.set $block|7
    local.get $block|7
    i32.const 4
    i32.add
    local.get $block|7
    call $~lib/rt/common/BLOCK#get:mmInfo
    i32.const 3
    i32.const -1
    i32.xor
    i32.and
    i32.add
    br $~lib/rt/tlsf/GETRIGHT|inlined.3
   end
   block $~lib/rt/tlsf/GETRIGHT|inlined.2 (result i32)
    local.get $block
    local.set $block|6
    local.get $block|6
    i32.const 4
    i32.add
    local.get $block|6
    call $~lib/rt/common/BLOCK#get:mmInfo
    i32.const 3
    i32.const -1
    i32.xor
    i32.and
    i32.add
    br $~lib/rt/tlsf/GETRIGHT|inlined.2
   end
   call $~lib/rt/common/BLOCK#get:mmInfo
   i32.const 2
   i32.const -1
   i32.xor
   i32.and
   call $~lib/rt/common/BLOCK#set:mmInfo
  end
 )
 (func $~lib/rt/tlsf/allocateBlock (param $root i32) (param $size i32) (result i32)
  (local $payloadSize i32)
  (local $block i32)
  local.get $size
  call $~lib/rt/tlsf/prepareSize
  local.set $payloadSize
  local.get $root
  local.get $payloadSize
  call $~lib/rt/tlsf/searchBlock
  local.set $block
  local.get $block
  i32.eqz
  if
   local.get $root
   local.get $payloadSize
   call $~lib/rt/tlsf/growMemory
   local.get $root
   local.get $payloadSize
   call $~lib/rt/tlsf/searchBlock
   local.set $block
   i32.const 1
   drop
   local.get $block
   i32.eqz
   if
    i32.const 0
    i32.const 368
    i32.const 499
    i32.const 16
    call $~lib/builtins/abort
    unreachable
   end
  end
  i32.const 1
  drop
  local.get $block
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  local.get $payloadSize
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 368
   i32.const 501
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $root
  local.get $block
  call $~lib/rt/tlsf/removeBlock
  local.get $root
  local.get $block
  local.get $payloadSize
  call $~lib/rt/tlsf/prepareBlock
  i32.const 0
  drop
  local.get $block
  return
 )
 (func $~lib/rt/tlsf/__alloc (param $size i32) (result i32)
  global.get $~lib/rt/tlsf/ROOT
  i32.eqz
  if
   call $~lib/rt/tlsf/initialize
  end
  global.get $~lib/rt/tlsf/ROOT
  local.get $size
  call $~lib/rt/tlsf/allocateBlock
  i32.const 4
  i32.add
  return
 )
 (func $~lib/rt/itcms/Object#set:rtId (param $this i32) (param $rtId i32)
  local.get $this
  local.get $rtId
  i32.store offset=12
 )
 (func $~lib/rt/itcms/Object#set:rtSize (param $this i32) (param $rtSize i32)
  local.get $this
  local.get $rtSize
  i32.store offset=16
 )
 (func $~lib/rt/itcms/__new (param $size i32) (param $id i32) (result i32)
  (local $obj i32)
  (local $ptr i32)
  local.get $size
  i32.const 1073741804
  i32.ge_u
  if
   i32.const 32
   i32.const 96
   i32.const 261
   i32.const 31
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/rt/itcms/total
  global.get $~lib/rt/itcms/threshold
  i32.ge_u
  if
   call $~lib/rt/itcms/interrupt
  end
  i32.const 16
  local.get $size
  i32.add
  call $~lib/rt/tlsf/__alloc
  i32.const 4
  i32.sub
  local.set $obj
  local.get $obj
  local.get $id
  call $~lib/rt/itcms/Object#set:rtId
  local.get $obj
  local.get $size
  call $~lib/rt/itcms/Object#set:rtSize
  local.get $obj
  global.get $~lib/rt/itcms/fromSpace
  global.get $~lib/rt/itcms/white
  call $~lib/rt/itcms/Object#linkTo
  global.get $~lib/rt/itcms/total
  local.get $obj
  call $~lib/rt/itcms/Object#get:size
  i32.add
  global.set $~lib/rt/itcms/total
  local.get $obj
  i32.const 20
  i32.add
  local.set $ptr
  local.get $ptr
  i32.const 0
  local.get $size
  memory.fill
  local.get $ptr
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#set:buffer (param $this i32) (param $buffer i32)
  local.get $this
  local.get $buffer
  i32.store
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#set:size (param $this i32) (param $size i32)
  local.get $this
  local.get $size
  i32.store offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#set:data (param $this i32) (param $data i32)
  local.get $this
  local.get $data
  i32.store
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u64>#set:data (param $this i32) (param $data i64)
  local.get $this
  local.get $data
  i64.store
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<usize>#set:data (param $this i32) (param $data i32)
  local.get $this
  local.get $data
  i32.store
 )
 (func $~lib/rt/itcms/__link (param $parentPtr i32) (param $childPtr i32) (param $expectMultiple i32)
  (local $child i32)
  (local $parent i32)
  (local $parentColor i32)
  local.get $childPtr
  i32.eqz
  if
   return
  end
  i32.const 1
  drop
  local.get $parentPtr
  i32.eqz
  if
   i32.const 0
   i32.const 96
   i32.const 295
   i32.const 14
   call $~lib/builtins/abort
   unreachable
  end
  local.get $childPtr
  i32.const 20
  i32.sub
  local.set $child
  local.get $child
  call $~lib/rt/itcms/Object#get:color
  global.get $~lib/rt/itcms/white
  i32.eq
  if
   local.get $parentPtr
   i32.const 20
   i32.sub
   local.set $parent
   local.get $parent
   call $~lib/rt/itcms/Object#get:color
   local.set $parentColor
   local.get $parentColor
   global.get $~lib/rt/itcms/white
   i32.eqz
   i32.eq
   if
    local.get $expectMultiple
    if
     local.get $parent
     call $~lib/rt/itcms/Object#makeGray
    else
     local.get $child
     call $~lib/rt/itcms/Object#makeGray
    end
   else
    local.get $parentColor
    i32.const 3
    i32.eq
    if (result i32)
     global.get $~lib/rt/itcms/state
     i32.const 1
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $child
     call $~lib/rt/itcms/Object#makeGray
    end
   end
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#set:headers (param $this i32) (param $headers i32)
  local.get $this
  local.get $headers
  i32.store
  local.get $this
  local.get $headers
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#set:trailers (param $this i32) (param $trailers i32)
  local.get $this
  local.get $trailers
  i32.store offset=4
  local.get $this
  local.get $trailers
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:request (param $this i32) (param $request i32)
  local.get $this
  local.get $request
  i32.store
  local.get $this
  local.get $request
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:response (param $this i32) (param $response i32)
  local.get $this
  local.get $response
  i32.store offset=4
  local.get $this
  local.get $response
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:http_callback (param $this i32) (param $http_callback i32)
  local.get $this
  local.get $http_callback
  i32.store offset=8
  local.get $this
  local.get $http_callback
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#set:typ (param $this i32) (param $typ i32)
  local.get $this
  local.get $typ
  i32.store
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:buckets" (param $this i32) (param $buckets i32)
  local.get $this
  local.get $buckets
  i32.store
  local.get $this
  local.get $buckets
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:bucketsMask" (param $this i32) (param $bucketsMask i32)
  local.get $this
  local.get $bucketsMask
  i32.store offset=4
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entries" (param $this i32) (param $entries i32)
  local.get $this
  local.get $entries
  i32.store offset=8
  local.get $this
  local.get $entries
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesCapacity" (param $this i32) (param $entriesCapacity i32)
  local.get $this
  local.get $entriesCapacity
  i32.store offset=12
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesOffset" (param $this i32) (param $entriesOffset i32)
  local.get $this
  local.get $entriesOffset
  i32.store offset=16
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesCount" (param $this i32) (param $entriesCount i32)
  local.get $this
  local.get $entriesCount
  i32.store offset=20
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:buckets" (param $this i32) (param $buckets i32)
  local.get $this
  local.get $buckets
  i32.store
  local.get $this
  local.get $buckets
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:bucketsMask" (param $this i32) (param $bucketsMask i32)
  local.get $this
  local.get $bucketsMask
  i32.store offset=4
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entries" (param $this i32) (param $entries i32)
  local.get $this
  local.get $entries
  i32.store offset=8
  local.get $this
  local.get $entries
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCapacity" (param $this i32) (param $entriesCapacity i32)
  local.get $this
  local.get $entriesCapacity
  i32.store offset=12
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesOffset" (param $this i32) (param $entriesOffset i32)
  local.get $this
  local.get $entriesOffset
  i32.store offset=16
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCount" (param $this i32) (param $entriesCount i32)
  local.get $this
  local.get $entriesCount
  i32.store offset=20
 )
 (func $start:~lib/@solo-io/proxy-runtime/assembly/exports
  call $start:~lib/@solo-io/proxy-runtime/assembly/runtime
 )
 (func $start:assembly/hostcalls
  i32.const 0
  i32.const 0
  call $~lib/arraybuffer/ArrayBuffer#constructor
  global.set $assembly/hostcalls/EMPTY
 )
 (func $start:assembly/plugin
  call $start:assembly/hostcalls
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#set:context_id (param $this i32) (param $context_id i32)
  local.get $this
  local.get $context_id
  i32.store
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:configuration_ (param $this i32) (param $configuration_ i32)
  local.get $this
  local.get $configuration_
  i32.store offset=4
  local.get $this
  local.get $configuration_
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buckets" (param $this i32) (param $buckets i32)
  local.get $this
  local.get $buckets
  i32.store
  local.get $this
  local.get $buckets
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:bucketsMask" (param $this i32) (param $bucketsMask i32)
  local.get $this
  local.get $bucketsMask
  i32.store offset=4
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entries" (param $this i32) (param $entries i32)
  local.get $this
  local.get $entries
  i32.store offset=8
  local.get $this
  local.get $entries
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCapacity" (param $this i32) (param $entriesCapacity i32)
  local.get $this
  local.get $entriesCapacity
  i32.store offset=12
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesOffset" (param $this i32) (param $entriesOffset i32)
  local.get $this
  local.get $entriesOffset
  i32.store offset=16
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCount" (param $this i32) (param $entriesCount i32)
  local.get $this
  local.get $entriesCount
  i32.store offset=20
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:http_calls_ (param $this i32) (param $http_calls_ i32)
  local.get $this
  local.get $http_calls_
  i32.store offset=8
  local.get $this
  local.get $http_calls_
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:buckets" (param $this i32) (param $buckets i32)
  local.get $this
  local.get $buckets
  i32.store
  local.get $this
  local.get $buckets
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:bucketsMask" (param $this i32) (param $bucketsMask i32)
  local.get $this
  local.get $bucketsMask
  i32.store offset=4
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entries" (param $this i32) (param $entries i32)
  local.get $this
  local.get $entries
  i32.store offset=8
  local.get $this
  local.get $entries
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entriesCapacity" (param $this i32) (param $entriesCapacity i32)
  local.get $this
  local.get $entriesCapacity
  i32.store offset=12
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entriesOffset" (param $this i32) (param $entriesOffset i32)
  local.get $this
  local.get $entriesOffset
  i32.store offset=16
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entriesCount" (param $this i32) (param $entriesCount i32)
  local.get $this
  local.get $entriesCount
  i32.store offset=20
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:grpc_calls_ (param $this i32) (param $grpc_calls_ i32)
  local.get $this
  local.get $grpc_calls_
  i32.store offset=12
  local.get $this
  local.get $grpc_calls_
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/plugin/TrackingRoot#set:settings (param $this i32) (param $settings i32)
  local.get $this
  local.get $settings
  i32.store offset=16
  local.get $this
  local.get $settings
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/counters/Counters#set:counts (param $this i32) (param $counts i32)
  local.get $this
  local.get $counts
  i32.store
  local.get $this
  local.get $counts
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/counters/Counters#set:flushed (param $this i32) (param $flushed i32)
  local.get $this
  local.get $flushed
  i32.store offset=4
  local.get $this
  local.get $flushed
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/counters/Counters#set:ids (param $this i32) (param $ids i32)
  local.get $this
  local.get $ids
  i32.store offset=8
  local.get $this
  local.get $ids
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/counters/Counters#set:defined (param $this i32) (param $defined i32)
  local.get $this
  local.get $defined
  i32.store8 offset=12
 )
 (func $assembly/plugin/TrackingRoot#set:counters (param $this i32) (param $counters i32)
  local.get $this
  local.get $counters
  i32.store offset=20
  local.get $this
  local.get $counters
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/plugin/TrackingRoot#set:logLevel (param $this i32) (param $logLevel i32)
  local.get $this
  local.get $logLevel
  i32.store offset=24
 )
 (func $assembly/hostcalls/HostValue#set:bytes (param $this i32) (param $bytes i32)
  local.get $this
  local.get $bytes
  i32.store
  local.get $this
  local.get $bytes
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/plugin/TrackingRoot#set:hostValue (param $this i32) (param $hostValue i32)
  local.get $this
  local.get $hostValue
  i32.store offset=28
  local.get $this
  local.get $hostValue
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/index/createRoot (param $context_id i32) (result i32)
  i32.const 0
  local.get $context_id
  call $assembly/plugin/TrackingRoot#constructor
  return
 )
 (func $~lib/rt/common/OBJECT#get:rtSize (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $~lib/string/String#get:length (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.const 1
  i32.shr_u
  return
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:buckets" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:bucketsMask" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:taggedNext" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:key" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/util/string/compareImpl (param $str1 i32) (param $index1 i32) (param $str2 i32) (param $index2 i32) (param $len i32) (result i32)
  (local $ptr1 i32)
  (local $ptr2 i32)
  (local $7 i32)
  (local $a i32)
  (local $b i32)
  local.get $str1
  local.get $index1
  i32.const 1
  i32.shl
  i32.add
  local.set $ptr1
  local.get $str2
  local.get $index2
  i32.const 1
  i32.shl
  i32.add
  local.set $ptr2
  i32.const 0
  i32.const 2
  i32.lt_s
  drop
  local.get $len
  i32.const 4
  i32.ge_u
  if (result i32)
   local.get $ptr1
   i32.const 7
   i32.and
   local.get $ptr2
   i32.const 7
   i32.and
   i32.or
   i32.eqz
  else
   i32.const 0
  end
  if
   block $do-break|0
    loop $do-loop|0
     local.get $ptr1
     i64.load
     local.get $ptr2
     i64.load
     i64.ne
     if
      br $do-break|0
     end
     local.get $ptr1
     i32.const 8
     i32.add
     local.set $ptr1
     local.get $ptr2
     i32.const 8
     i32.add
     local.set $ptr2
     local.get $len
     i32.const 4
     i32.sub
     local.set $len
     local.get $len
     i32.const 4
     i32.ge_u
     br_if $do-loop|0
    end
   end
  end
  loop $while-continue|1
   local.get $len
   local.tee $7
   i32.const 1
   i32.sub
   local.set $len
   local.get $7
   if
    local.get $ptr1
    i32.load16_u
    local.set $a
    local.get $ptr2
    i32.load16_u
    local.set $b
    local.get $a
    local.get $b
    i32.ne
    if
     local.get $a
     local.get $b
     i32.sub
     return
    end
    local.get $ptr1
    i32.const 2
    i32.add
    local.set $ptr1
    local.get $ptr2
    i32.const 2
    i32.add
    local.set $ptr2
    br $while-continue|1
   end
  end
  i32.const 0
  return
 )
 (func $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:value" (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=4
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesOffset" (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCapacity" (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCount" (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entries" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:key" (param $this i32) (param $key i32)
  local.get $this
  local.get $key
  i32.store
 )
 (func $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:value" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:taggedNext" (param $this i32) (param $taggedNext i32)
  local.get $this
  local.get $taggedNext
  i32.store offset=8
 )
 (func $tests/behaviour/cases/Case#set:name (param $this i32) (param $name i32)
  local.get $this
  local.get $name
  i32.store
  local.get $this
  local.get $name
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:config (param $this i32) (param $config i32)
  local.get $this
  local.get $config
  i32.store offset=4
  local.get $this
  local.get $config
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:rootId (param $this i32) (param $rootId i32)
  local.get $this
  local.get $rootId
  i32.store offset=8
  local.get $this
  local.get $rootId
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/rt/__newBuffer (param $size i32) (param $id i32) (param $data i32) (result i32)
  (local $buffer i32)
  local.get $size
  local.get $id
  call $~lib/rt/itcms/__new
  local.set $buffer
  local.get $data
  if
   local.get $buffer
   local.get $data
   local.get $size
   memory.copy
  end
  local.get $buffer
  return
 )
 (func $tests/behaviour/cases/Case#set:request (param $this i32) (param $request i32)
  local.get $this
  local.get $request
  i32.store offset=12
  local.get $this
  local.get $request
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:response (param $this i32) (param $response i32)
  local.get $this
  local.get $response
  i32.store offset=16
  local.get $this
  local.get $response
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:accepted (param $this i32) (param $accepted i32)
  local.get $this
  local.get $accepted
  i32.store8 offset=20
 )
 (func $tests/behaviour/cases/Case#set:error (param $this i32) (param $error i32)
  local.get $this
  local.get $error
  i32.store offset=24
  local.get $this
  local.get $error
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:header (param $this i32) (param $header i32)
  local.get $this
  local.get $header
  i32.store offset=28
  local.get $this
  local.get $header
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:expectRequest (param $this i32) (param $expectRequest i32)
  local.get $this
  local.get $expectRequest
  i32.store offset=32
  local.get $this
  local.get $expectRequest
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:expectResponse (param $this i32) (param $expectResponse i32)
  local.get $this
  local.get $expectResponse
  i32.store offset=36
  local.get $this
  local.get $expectResponse
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $tests/behaviour/cases/Case#set:counts (param $this i32) (param $counts i32)
  local.get $this
  local.get $counts
  i32.store offset=40
  local.get $this
  local.get $counts
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/memory/memory.repeat (param $dst i32) (param $src i32) (param $srcLength i32) (param $count i32)
  (local $index i32)
  (local $total i32)
  i32.const 0
  local.set $index
  local.get $srcLength
  local.get $count
  i32.mul
  local.set $total
  loop $while-continue|0
   local.get $index
   local.get $total
   i32.lt_u
   if
    local.get $dst
    local.get $index
    i32.add
    local.get $src
    local.get $srcLength
    memory.copy
    local.get $index
    local.get $srcLength
    i32.add
    local.set $index
    br $while-continue|0
   end
  end
 )
 (func $~lib/array/Array<~lib/string/String>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/arraybuffer/ArrayBufferView#get:byteLength (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/arraybuffer/ArrayBufferView#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/rt/itcms/Object#get:rtSize (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $~lib/rt/itcms/__renew (param $oldPtr i32) (param $size i32) (result i32)
  (local $oldObj i32)
  (local $newPtr i32)
  (local $4 i32)
  (local $5 i32)
  local.get $oldPtr
  i32.const 20
  i32.sub
  local.set $oldObj
  local.get $size
  local.get $oldObj
  call $~lib/rt/common/BLOCK#get:mmInfo
  i32.const 3
  i32.const -1
  i32.xor
  i32.and
  i32.const 16
  i32.sub
  i32.le_u
  if
   local.get $oldObj
   local.get $size
   call $~lib/rt/itcms/Object#set:rtSize
   local.get $oldPtr
   return
  end
  local.get $size
  local.get $oldObj
  call $~lib/rt/itcms/Object#get:rtId
  call $~lib/rt/itcms/__new
  local.set $newPtr
  local.get $newPtr
  local.get $oldPtr
  local.get $size
  local.tee $4
  local.get $oldObj
  call $~lib/rt/itcms/Object#get:rtSize
  local.tee $5
  local.get $4
  local.get $5
  i32.lt_u
  select
  memory.copy
  local.get $newPtr
  return
 )
 (func $~lib/array/Array<~lib/string/String>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $~lib/array/Array<~lib/string/String>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $tests/behaviour/cases/Case#get:name (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $tests/behaviour/cases/Case#get:rootId (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $tests/behaviour/cases/Case#get:config (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/string/String.UTF8.byteLength (param $str i32) (param $nullTerminated i32) (result i32)
  (local $strOff i32)
  (local $strEnd i32)
  (local $bufLen i32)
  (local $c1 i32)
  local.get $str
  local.set $strOff
  local.get $strOff
  local.get $str
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.add
  local.set $strEnd
  local.get $nullTerminated
  i32.const 0
  i32.ne
  local.set $bufLen
  block $while-break|0
   loop $while-continue|0
    local.get $strOff
    local.get $strEnd
    i32.lt_u
    if
     local.get $strOff
     i32.load16_u
     local.set $c1
     local.get $c1
     i32.const 128
     i32.lt_u
     if
      local.get $nullTerminated
      local.get $c1
      i32.eqz
      i32.and
      if
       br $while-break|0
      end
      local.get $bufLen
      i32.const 1
      i32.add
      local.set $bufLen
     else
      local.get $c1
      i32.const 2048
      i32.lt_u
      if
       local.get $bufLen
       i32.const 2
       i32.add
       local.set $bufLen
      else
       local.get $c1
       i32.const 64512
       i32.and
       i32.const 55296
       i32.eq
       if (result i32)
        local.get $strOff
        i32.const 2
        i32.add
        local.get $strEnd
        i32.lt_u
       else
        i32.const 0
       end
       if
        local.get $strOff
        i32.load16_u offset=2
        i32.const 64512
        i32.and
        i32.const 56320
        i32.eq
        if
         local.get $bufLen
         i32.const 4
         i32.add
         local.set $bufLen
         local.get $strOff
         i32.const 4
         i32.add
         local.set $strOff
         br $while-continue|0
        end
       end
       local.get $bufLen
       i32.const 3
       i32.add
       local.set $bufLen
      end
     end
     local.get $strOff
     i32.const 2
     i32.add
     local.set $strOff
     br $while-continue|0
    end
   end
  end
  local.get $bufLen
  return
 )
 (func $~lib/string/String.UTF8.encodeUnsafe (param $str i32) (param $len i32) (param $buf i32) (param $nullTerminated i32) (param $errorMode i32) (result i32)
  (local $strEnd i32)
  (local $bufOff i32)
  (local $c1 i32)
  (local $b0 i32)
  (local $b1 i32)
  (local $c2 i32)
  (local $b0|11 i32)
  (local $b1|12 i32)
  (local $b2 i32)
  (local $b3 i32)
  (local $b0|15 i32)
  (local $b1|16 i32)
  (local $b2|17 i32)
  (local $18 i32)
  local.get $str
  local.get $len
  i32.const 1
  i32.shl
  i32.add
  local.set $strEnd
  local.get $buf
  local.set $bufOff
  loop $while-continue|0
   local.get $str
   local.get $strEnd
   i32.lt_u
   if
    local.get $str
    i32.load16_u
    local.set $c1
    local.get $c1
    i32.const 128
    i32.lt_u
    if
     local.get $bufOff
     local.get $c1
     i32.store8
     local.get $bufOff
     i32.const 1
     i32.add
     local.set $bufOff
     local.get $nullTerminated
     local.get $c1
     i32.eqz
     i32.and
     if
      local.get $bufOff
      local.get $buf
      i32.sub
      return
     end
    else
     local.get $c1
     i32.const 2048
     i32.lt_u
     if
      local.get $c1
      i32.const 6
      i32.shr_u
      i32.const 192
      i32.or
      local.set $b0
      local.get $c1
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      local.set $b1
      local.get $bufOff
      local.get $b1
      i32.const 8
      i32.shl
      local.get $b0
      i32.or
      i32.store16
      local.get $bufOff
      i32.const 2
      i32.add
      local.set $bufOff
     else
      local.get $c1
      i32.const 63488
      i32.and
      i32.const 55296
      i32.eq
      if
       local.get $c1
       i32.const 56320
       i32.lt_u
       if (result i32)
        local.get $str
        i32.const 2
        i32.add
        local.get $strEnd
        i32.lt_u
       else
        i32.const 0
       end
       if
        local.get $str
        i32.load16_u offset=2
        local.set $c2
        local.get $c2
        i32.const 64512
        i32.and
        i32.const 56320
        i32.eq
        if
         i32.const 65536
         local.get $c1
         i32.const 1023
         i32.and
         i32.const 10
         i32.shl
         i32.add
         local.get $c2
         i32.const 1023
         i32.and
         i32.or
         local.set $c1
         local.get $c1
         i32.const 18
         i32.shr_u
         i32.const 240
         i32.or
         local.set $b0|11
         local.get $c1
         i32.const 12
         i32.shr_u
         i32.const 63
         i32.and
         i32.const 128
         i32.or
         local.set $b1|12
         local.get $c1
         i32.const 6
         i32.shr_u
         i32.const 63
         i32.and
         i32.const 128
         i32.or
         local.set $b2
         local.get $c1
         i32.const 63
         i32.and
         i32.const 128
         i32.or
         local.set $b3
         local.get $bufOff
         local.get $b3
         i32.const 24
         i32.shl
         local.get $b2
         i32.const 16
         i32.shl
         i32.or
         local.get $b1|12
         i32.const 8
         i32.shl
         i32.or
         local.get $b0|11
         i32.or
         i32.store
         local.get $bufOff
         i32.const 4
         i32.add
         local.set $bufOff
         local.get $str
         i32.const 4
         i32.add
         local.set $str
         br $while-continue|0
        end
       end
       local.get $errorMode
       i32.const 0
       i32.ne
       if
        local.get $errorMode
        i32.const 2
        i32.eq
        if
         i32.const 20944
         i32.const 6400
         i32.const 742
         i32.const 49
         call $~lib/builtins/abort
         unreachable
        end
        i32.const 65533
        local.set $c1
       end
      end
      local.get $c1
      i32.const 12
      i32.shr_u
      i32.const 224
      i32.or
      local.set $b0|15
      local.get $c1
      i32.const 6
      i32.shr_u
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      local.set $b1|16
      local.get $c1
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      local.set $b2|17
      local.get $bufOff
      local.get $b1|16
      i32.const 8
      i32.shl
      local.get $b0|15
      i32.or
      i32.store16
      local.get $bufOff
      local.get $b2|17
      i32.store8 offset=2
      local.get $bufOff
      i32.const 3
      i32.add
      local.set $bufOff
     end
    end
    local.get $str
    i32.const 2
    i32.add
    local.set $str
    br $while-continue|0
   end
  end
  local.get $nullTerminated
  if
   local.get $bufOff
   local.tee $18
   i32.const 1
   i32.add
   local.set $bufOff
   local.get $18
   i32.const 0
   i32.store8
  end
  local.get $bufOff
  local.get $buf
  i32.sub
  return
 )
 (func $~lib/arraybuffer/ArrayBuffer#get:byteLength (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  return
 )
 (func $~lib/util/hash/HASH<u32> (param $key i32) (result i32)
  (local $key|1 i32)
  (local $len i32)
  (local $h i32)
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 4
  i32.const 4
  i32.le_u
  drop
  block $~lib/util/hash/hash32|inlined.0 (result i32)
   local.get $key
   local.set $key|1
   i32.const 4
   local.set $len
   i32.const 0
   i32.const 374761393
   i32.add
   local.get $len
   i32.add
   local.set $h
   local.get $h
   local.get $key|1
   i32.const -1028477379
   i32.mul
   i32.add
   local.set $h
   local.get $h
   i32.const 17
   i32.rotl
   i32.const 668265263
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 15
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -2048144777
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 13
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -1028477379
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 16
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   br $~lib/util/hash/hash32|inlined.0
  end
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:buckets" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:bucketsMask" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:taggedNext" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:key" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:value" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#bufferPtr (param $this i32) (result i32)
  local.get $this
  i32.const 0
  i32.add
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#sizePtr (param $this i32) (result i32)
  local.get $this
  i32.const 4
  i32.add
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#get:size (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/rt/itcms/__unpin (param $ptr i32)
  (local $obj i32)
  local.get $ptr
  i32.eqz
  if
   return
  end
  local.get $ptr
  i32.const 20
  i32.sub
  local.set $obj
  local.get $obj
  call $~lib/rt/itcms/Object#get:color
  i32.const 3
  i32.ne
  if
   i32.const 21168
   i32.const 96
   i32.const 352
   i32.const 5
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/rt/itcms/state
  i32.const 1
  i32.eq
  if
   local.get $obj
   call $~lib/rt/itcms/Object#makeGray
  else
   local.get $obj
   call $~lib/rt/itcms/Object#unlink
   local.get $obj
   global.get $~lib/rt/itcms/fromSpace
   global.get $~lib/rt/itcms/white
   call $~lib/rt/itcms/Object#linkTo
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/malloc/free (param $ptr i32)
  local.get $ptr
  i32.const 0
  i32.ne
  if
   local.get $ptr
   call $~lib/rt/itcms/__unpin
  end
 )
 (func $~lib/array/Array<~lib/string/String>#set:buffer (param $this i32) (param $buffer i32)
  local.get $this
  local.get $buffer
  i32.store
  local.get $this
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/array/Array<~lib/string/String>#set:dataStart (param $this i32) (param $dataStart i32)
  local.get $this
  local.get $dataStart
  i32.store offset=4
 )
 (func $~lib/array/Array<~lib/string/String>#set:byteLength (param $this i32) (param $byteLength i32)
  local.get $this
  local.get $byteLength
  i32.store offset=8
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:value" (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=4
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesOffset" (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCapacity" (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount" (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entries" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:key" (param $this i32) (param $key i32)
  local.get $this
  local.get $key
  i32.store
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:taggedNext" (param $this i32) (param $taggedNext i32)
  local.get $this
  local.get $taggedNext
  i32.store offset=8
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#set:root_context (param $this i32) (param $root_context i32)
  local.get $this
  local.get $root_context
  i32.store offset=4
  local.get $this
  local.get $root_context
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_context_create (param $context_id i32) (param $root_context_id i32)
  local.get $root_context_id
  i32.const 0
  i32.ne
  if
   local.get $context_id
   local.get $root_context_id
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/ensureContext
  else
   local.get $context_id
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/ensureRootContext
   drop
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onStart (param $this i32) (param $vm_configuration_size i32) (result i32)
  i32.const 1
  return
 )
 (func $~lib/util/number/decimalCount32 (param $value i32) (result i32)
  local.get $value
  i32.const 100000
  i32.lt_u
  if
   local.get $value
   i32.const 100
   i32.lt_u
   if
    i32.const 1
    local.get $value
    i32.const 10
    i32.ge_u
    i32.add
    return
   else
    i32.const 3
    local.get $value
    i32.const 10000
    i32.ge_u
    i32.add
    local.get $value
    i32.const 1000
    i32.ge_u
    i32.add
    return
   end
   unreachable
  else
   local.get $value
   i32.const 10000000
   i32.lt_u
   if
    i32.const 6
    local.get $value
    i32.const 1000000
    i32.ge_u
    i32.add
    return
   else
    i32.const 8
    local.get $value
    i32.const 1000000000
    i32.ge_u
    i32.add
    local.get $value
    i32.const 100000000
    i32.ge_u
    i32.add
    return
   end
   unreachable
  end
  unreachable
 )
 (func $~lib/util/number/utoa32_dec_lut (param $buffer i32) (param $num i32) (param $offset i32)
  (local $t i32)
  (local $r i32)
  (local $d1 i32)
  (local $d2 i32)
  (local $digits1 i64)
  (local $digits2 i64)
  (local $t|9 i32)
  (local $d1|10 i32)
  (local $digits i32)
  (local $digits|12 i32)
  (local $digit i32)
  loop $while-continue|0
   local.get $num
   i32.const 10000
   i32.ge_u
   if
    local.get $num
    i32.const 10000
    i32.div_u
    local.set $t
    local.get $num
    i32.const 10000
    i32.rem_u
    local.set $r
    local.get $t
    local.set $num
    local.get $r
    i32.const 100
    i32.div_u
    local.set $d1
    local.get $r
    i32.const 100
    i32.rem_u
    local.set $d2
    i32.const 21980
    local.get $d1
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.set $digits1
    i32.const 21980
    local.get $d2
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.set $digits2
    local.get $offset
    i32.const 4
    i32.sub
    local.set $offset
    local.get $buffer
    local.get $offset
    i32.const 1
    i32.shl
    i32.add
    local.get $digits1
    local.get $digits2
    i64.const 32
    i64.shl
    i64.or
    i64.store
    br $while-continue|0
   end
  end
  local.get $num
  i32.const 100
  i32.ge_u
  if
   local.get $num
   i32.const 100
   i32.div_u
   local.set $t|9
   local.get $num
   i32.const 100
   i32.rem_u
   local.set $d1|10
   local.get $t|9
   local.set $num
   local.get $offset
   i32.const 2
   i32.sub
   local.set $offset
   i32.const 21980
   local.get $d1|10
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $digits
   local.get $buffer
   local.get $offset
   i32.const 1
   i32.shl
   i32.add
   local.get $digits
   i32.store
  end
  local.get $num
  i32.const 10
  i32.ge_u
  if
   local.get $offset
   i32.const 2
   i32.sub
   local.set $offset
   i32.const 21980
   local.get $num
   i32.const 2
   i32.shl
   i32.add
   i32.load
   local.set $digits|12
   local.get $buffer
   local.get $offset
   i32.const 1
   i32.shl
   i32.add
   local.get $digits|12
   i32.store
  else
   local.get $offset
   i32.const 1
   i32.sub
   local.set $offset
   i32.const 48
   local.get $num
   i32.add
   local.set $digit
   local.get $buffer
   local.get $offset
   i32.const 1
   i32.shl
   i32.add
   local.get $digit
   i32.store16
  end
 )
 (func $~lib/util/number/utoa_hex_lut (param $buffer i32) (param $num i64) (param $offset i32)
  loop $while-continue|0
   local.get $offset
   i32.const 2
   i32.ge_u
   if
    local.get $offset
    i32.const 2
    i32.sub
    local.set $offset
    local.get $buffer
    local.get $offset
    i32.const 1
    i32.shl
    i32.add
    i32.const 22400
    local.get $num
    i32.wrap_i64
    i32.const 255
    i32.and
    i32.const 2
    i32.shl
    i32.add
    i32.load
    i32.store
    local.get $num
    i64.const 8
    i64.shr_u
    local.set $num
    br $while-continue|0
   end
  end
  local.get $offset
  i32.const 1
  i32.and
  if
   local.get $buffer
   i32.const 22400
   local.get $num
   i32.wrap_i64
   i32.const 6
   i32.shl
   i32.add
   i32.load16_u
   i32.store16
  end
 )
 (func $~lib/util/number/ulog_base (param $num i64) (param $base i32) (result i32)
  (local $value i32)
  (local $b64 i64)
  (local $b i64)
  (local $e i32)
  block $~lib/util/number/isPowerOf2<i32>|inlined.0 (result i32)
   local.get $base
   local.set $value
   local.get $value
   i32.popcnt
   i32.const 1
   i32.eq
   br $~lib/util/number/isPowerOf2<i32>|inlined.0
  end
  if
   i32.const 63
   local.get $num
   i64.clz
   i32.wrap_i64
   i32.sub
   i32.const 31
   local.get $base
   i32.clz
   i32.sub
   i32.div_u
   i32.const 1
   i32.add
   return
  end
  local.get $base
  i64.extend_i32_s
  local.set $b64
  local.get $b64
  local.set $b
  i32.const 1
  local.set $e
  loop $while-continue|0
   local.get $num
   local.get $b
   i64.ge_u
   if
    local.get $num
    local.get $b
    i64.div_u
    local.set $num
    local.get $b
    local.get $b
    i64.mul
    local.set $b
    local.get $e
    i32.const 1
    i32.shl
    local.set $e
    br $while-continue|0
   end
  end
  loop $while-continue|1
   local.get $num
   i64.const 1
   i64.ge_u
   if
    local.get $num
    local.get $b64
    i64.div_u
    local.set $num
    local.get $e
    i32.const 1
    i32.add
    local.set $e
    br $while-continue|1
   end
  end
  local.get $e
  i32.const 1
  i32.sub
  return
 )
 (func $~lib/util/number/utoa64_any_core (param $buffer i32) (param $num i64) (param $offset i32) (param $radix i32)
  (local $base i64)
  (local $shift i64)
  (local $mask i64)
  (local $q i64)
  local.get $radix
  i64.extend_i32_s
  local.set $base
  local.get $radix
  local.get $radix
  i32.const 1
  i32.sub
  i32.and
  i32.const 0
  i32.eq
  if
   local.get $radix
   i32.ctz
   i32.const 7
   i32.and
   i64.extend_i32_s
   local.set $shift
   local.get $base
   i64.const 1
   i64.sub
   local.set $mask
   loop $do-loop|0
    local.get $offset
    i32.const 1
    i32.sub
    local.set $offset
    local.get $buffer
    local.get $offset
    i32.const 1
    i32.shl
    i32.add
    i32.const 23456
    local.get $num
    local.get $mask
    i64.and
    i32.wrap_i64
    i32.const 1
    i32.shl
    i32.add
    i32.load16_u
    i32.store16
    local.get $num
    local.get $shift
    i64.shr_u
    local.set $num
    local.get $num
    i64.const 0
    i64.ne
    br_if $do-loop|0
   end
  else
   loop $do-loop|1
    local.get $offset
    i32.const 1
    i32.sub
    local.set $offset
    local.get $num
    local.get $base
    i64.div_u
    local.set $q
    local.get $buffer
    local.get $offset
    i32.const 1
    i32.shl
    i32.add
    i32.const 23456
    local.get $num
    local.get $q
    local.get $base
    i64.mul
    i64.sub
    i32.wrap_i64
    i32.const 1
    i32.shl
    i32.add
    i32.load16_u
    i32.store16
    local.get $q
    local.set $num
    local.get $num
    i64.const 0
    i64.ne
    br_if $do-loop|1
   end
  end
 )
 (func $~lib/number/U32#toString (param $this i32) (param $radix i32) (result i32)
  local.get $this
  local.get $radix
  call $~lib/util/number/utoa32
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:actual (param $this i32) (param $actual i32)
  local.get $this
  local.get $actual
  i32.store8 offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:_not (param $this i32) (param $_not i32)
  local.get $this
  local.get $_not
  i32.store
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<bool> (param $actual i32) (result i32)
  i32.const 0
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#constructor
  return
 )
 (func $tests/behaviour/cases/Case#get:accepted (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=20
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:actual (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:_not (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<usize,i32>#set:buckets" (param $this i32) (param $buckets i32)
  local.get $this
  local.get $buckets
  i32.store
  local.get $this
  local.get $buckets
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<usize,i32>#set:bucketsMask" (param $this i32) (param $bucketsMask i32)
  local.get $this
  local.get $bucketsMask
  i32.store offset=4
 )
 (func $"~lib/map/Map<usize,i32>#set:entries" (param $this i32) (param $entries i32)
  local.get $this
  local.get $entries
  i32.store offset=8
  local.get $this
  local.get $entries
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $"~lib/map/Map<usize,i32>#set:entriesCapacity" (param $this i32) (param $entriesCapacity i32)
  local.get $this
  local.get $entriesCapacity
  i32.store offset=12
 )
 (func $"~lib/map/Map<usize,i32>#set:entriesOffset" (param $this i32) (param $entriesOffset i32)
  local.get $this
  local.get $entriesOffset
  i32.store offset=16
 )
 (func $"~lib/map/Map<usize,i32>#set:entriesCount" (param $this i32) (param $entriesCount i32)
  local.get $this
  local.get $entriesCount
  i32.store offset=20
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace (param $id i32)
  local.get $id
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/attachStackTraceToReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<bool> (param $actual i32)
  (local $value i32)
  local.get $actual
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<bool> (param $expected i32) (param $negated i32)
  (local $value i32)
  local.get $expected
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/assert/assert (param $condition i32) (param $message i32)
  local.get $condition
  i32.eqz
  if
   local.get $message
   i32.const 23632
   i32.const 2
   i32.const 19
   call $~lib/builtins/abort
   unreachable
  end
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/clearActual
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/clearExpected
 )
 (func $tests/behaviour/cases/Case#get:error (param $this i32) (result i32)
  local.get $this
  i32.load offset=24
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#set:actual (param $this i32) (param $actual i32)
  local.get $this
  local.get $actual
  i32.store offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#set:_not (param $this i32) (param $_not i32)
  local.get $this
  local.get $_not
  i32.store
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<i32> (param $actual i32) (result i32)
  i32.const 0
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#constructor
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#get:actual (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#get:_not (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<i32> (param $actual i32)
  (local $value i32)
  local.get $actual
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<i32> (param $expected i32) (param $negated i32)
  (local $value i32)
  local.get $expected
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
 )
 (func $tests/behaviour/cases/Case#get:request (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestHeaders (param $this i32) (param $a i32) (param $end_of_stream i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#get:headers (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#get:request (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#get:typ (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/arraybuffer/ArrayBufferView#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#set:key (param $this i32) (param $key i32)
  local.get $this
  local.get $key
  i32.store
  local.get $this
  local.get $key
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#set:value (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=4
  local.get $this
  local.get $value
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#get:key (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#get:value (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $tests/behaviour/cases/Case#get:header (param $this i32) (result i32)
  local.get $this
  i32.load offset=28
 )
 (func $tests/behaviour/cases/Case#get:response (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseHeaders (param $this i32) (param $a i32) (param $end_of_stream i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#get:response (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onLog (param $this i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#onDone (param $this i32) (result i32)
  i32.const 1
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#onDelete (param $this i32)
 )
 (func $tests/behaviour/cases/Case#get:expectRequest (param $this i32) (result i32)
  local.get $this
  i32.load offset=32
 )
 (func $~lib/number/I32#toString (param $this i32) (param $radix i32) (result i32)
  local.get $this
  local.get $radix
  call $~lib/util/number/itoa32
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#set:actual (param $this i32) (param $actual i32)
  local.get $this
  local.get $actual
  i32.store offset=4
  local.get $this
  local.get $actual
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#set:_not (param $this i32) (param $_not i32)
  local.get $this
  local.get $_not
  i32.store
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#get:actual (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#get:_not (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/util/hash/HASH<usize> (param $key i32) (result i32)
  (local $key|1 i32)
  (local $len i32)
  (local $h i32)
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 4
  i32.const 4
  i32.le_u
  drop
  block $~lib/util/hash/hash32|inlined.1 (result i32)
   local.get $key
   local.set $key|1
   i32.const 4
   local.set $len
   i32.const 0
   i32.const 374761393
   i32.add
   local.get $len
   i32.add
   local.set $h
   local.get $h
   local.get $key|1
   i32.const -1028477379
   i32.mul
   i32.add
   local.set $h
   local.get $h
   i32.const 17
   i32.rotl
   i32.const 668265263
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 15
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -2048144777
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 13
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -1028477379
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 16
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   br $~lib/util/hash/hash32|inlined.1
  end
  return
 )
 (func $"~lib/map/Map<usize,i32>#get:buckets" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<usize,i32>#get:bucketsMask" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<usize,i32>#get:taggedNext" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<usize,i32>#get:key" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/MapEntry<usize,i32>#get:value" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<usize,i32>#set:value" (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=4
 )
 (func $"~lib/map/Map<usize,i32>#get:entriesOffset" (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/Map<usize,i32>#get:entriesCapacity" (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $"~lib/map/Map<usize,i32>#get:entriesCount" (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $"~lib/map/Map<usize,i32>#get:entries" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<usize,i32>#set:key" (param $this i32) (param $key i32)
  local.get $this
  local.get $key
  i32.store
 )
 (func $"~lib/map/MapEntry<usize,i32>#set:taggedNext" (param $this i32) (param $taggedNext i32)
  local.get $this
  local.get $taggedNext
  i32.store offset=8
 )
 (func $~lib/array/Array<usize>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $tests/behaviour/cases/Case#get:expectResponse (param $this i32) (result i32)
  local.get $this
  i32.load offset=36
 )
 (func $tests/behaviour/cases/Case#get:counts (param $this i32) (result i32)
  local.get $this
  i32.load offset=40
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onTick (param $this i32)
 )
 (func $~lib/util/number/decimalCount64High (param $value i64) (result i32)
  local.get $value
  i64.const 1000000000000000
  i64.lt_u
  if
   local.get $value
   i64.const 1000000000000
   i64.lt_u
   if
    i32.const 10
    local.get $value
    i64.const 100000000000
    i64.ge_u
    i32.add
    local.get $value
    i64.const 10000000000
    i64.ge_u
    i32.add
    return
   else
    i32.const 13
    local.get $value
    i64.const 100000000000000
    i64.ge_u
    i32.add
    local.get $value
    i64.const 10000000000000
    i64.ge_u
    i32.add
    return
   end
   unreachable
  else
   local.get $value
   i64.const 100000000000000000
   i64.lt_u
   if
    i32.const 16
    local.get $value
    i64.const 10000000000000000
    i64.ge_u
    i32.add
    return
   else
    i32.const 18
    local.get $value
    i64.const -8446744073709551616
    i64.ge_u
    i32.add
    local.get $value
    i64.const 1000000000000000000
    i64.ge_u
    i32.add
    return
   end
   unreachable
  end
  unreachable
 )
 (func $~lib/util/number/utoa64_dec_lut (param $buffer i32) (param $num i64) (param $offset i32)
  (local $t i64)
  (local $r i32)
  (local $b i32)
  (local $c i32)
  (local $b1 i32)
  (local $b2 i32)
  (local $c1 i32)
  (local $c2 i32)
  (local $digits1 i64)
  (local $digits2 i64)
  loop $while-continue|0
   local.get $num
   i64.const 100000000
   i64.ge_u
   if
    local.get $num
    i64.const 100000000
    i64.div_u
    local.set $t
    local.get $num
    local.get $t
    i64.const 100000000
    i64.mul
    i64.sub
    i32.wrap_i64
    local.set $r
    local.get $t
    local.set $num
    local.get $r
    i32.const 10000
    i32.div_u
    local.set $b
    local.get $r
    i32.const 10000
    i32.rem_u
    local.set $c
    local.get $b
    i32.const 100
    i32.div_u
    local.set $b1
    local.get $b
    i32.const 100
    i32.rem_u
    local.set $b2
    local.get $c
    i32.const 100
    i32.div_u
    local.set $c1
    local.get $c
    i32.const 100
    i32.rem_u
    local.set $c2
    i32.const 21980
    local.get $c1
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.set $digits1
    i32.const 21980
    local.get $c2
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.set $digits2
    local.get $offset
    i32.const 4
    i32.sub
    local.set $offset
    local.get $buffer
    local.get $offset
    i32.const 1
    i32.shl
    i32.add
    local.get $digits1
    local.get $digits2
    i64.const 32
    i64.shl
    i64.or
    i64.store
    i32.const 21980
    local.get $b1
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.set $digits1
    i32.const 21980
    local.get $b2
    i32.const 2
    i32.shl
    i32.add
    i64.load32_u
    local.set $digits2
    local.get $offset
    i32.const 4
    i32.sub
    local.set $offset
    local.get $buffer
    local.get $offset
    i32.const 1
    i32.shl
    i32.add
    local.get $digits1
    local.get $digits2
    i64.const 32
    i64.shl
    i64.or
    i64.store
    br $while-continue|0
   end
  end
  local.get $buffer
  local.get $num
  i32.wrap_i64
  local.get $offset
  call $~lib/util/number/utoa32_dec_lut
 )
 (func $~lib/number/I64#toString (param $this i64) (param $radix i32) (result i32)
  local.get $this
  local.get $radix
  call $~lib/util/number/itoa64
  return
 )
 (func $~lib/rt/itcms/__pin (param $ptr i32) (result i32)
  (local $obj i32)
  local.get $ptr
  if
   local.get $ptr
   i32.const 20
   i32.sub
   local.set $obj
   local.get $obj
   call $~lib/rt/itcms/Object#get:color
   i32.const 3
   i32.eq
   if
    i32.const 25584
    i32.const 96
    i32.const 338
    i32.const 7
    call $~lib/builtins/abort
    unreachable
   end
   local.get $obj
   call $~lib/rt/itcms/Object#unlink
   local.get $obj
   global.get $~lib/rt/itcms/pinSpace
   i32.const 3
   call $~lib/rt/itcms/Object#linkTo
  end
  local.get $ptr
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/malloc/malloc (param $size i32) (result i32)
  local.get $size
  i32.const 0
  i32.lt_s
  if
   i32.const 0
   return
  end
  i32.const 0
  local.get $size
  call $~lib/arraybuffer/ArrayBuffer#constructor
  call $~lib/rt/itcms/__pin
  return
 )
 (func $start:node_modules/@as-pect/assembly/assembly/internal/noOp~anonymous|0
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/call/__call (param $func i32)
  i32.const 0
  global.set $~argumentsLength
  local.get $func
  i32.load
  call_indirect (type $6)
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/log/__ignoreLogs (param $value i32)
  local.get $value
  i32.const 0
  i32.ne
  global.set $node_modules/@as-pect/assembly/assembly/internal/log/ignoreLogs
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_abi_version_0_2_1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#validateConfiguration (param $this i32) (param $configuration_size i32) (result i32)
  i32.const 1
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_foreign_function (param $root_context_id i32) (param $function_id i32) (param $data_size i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onQueueReady (param $this i32) (param $token i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestBody (param $this i32) (param $body_buffer_length i32) (param $end_of_stream i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterDataStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestTrailers (param $this i32) (param $a i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterTrailersStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestMetadata (param $this i32) (param $a i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterMetadataStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseBody (param $this i32) (param $body_buffer_length i32) (param $end_of_stream i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterDataStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseTrailers (param $this i32) (param $s i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterTrailersStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseMetadata (param $this i32) (param $a i32) (result i32)
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterMetadataStatusValues.Continue
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:buckets" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:bucketsMask" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:key" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:value" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:taggedNext" (param $this i32) (param $taggedNext i32)
  local.get $this
  local.get $taggedNext
  i32.store offset=8
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCount" (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCapacity" (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entries" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesOffset" (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:key" (param $this i32) (param $key i32)
  local.get $this
  local.get $key
  i32.store
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:value" (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:origin_context (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#get:context_id (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/setEffectiveContext (param $_id i32) (result i32)
  local.get $_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/proxy_set_effective_context
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:cb (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_receive_initial_metadata (param $this i32) (param $token i32) (param $headers i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_trailing_metadata (param $this i32) (param $token i32) (param $trailers i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_receive (param $this i32) (param $token i32) (param $response_size i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_close (param $this i32) (param $token i32) (param $status_code i32)
 )
 (func $~lib/rt/itcms/__collect
  i32.const 0
  drop
  global.get $~lib/rt/itcms/state
  i32.const 0
  i32.gt_s
  if
   loop $while-continue|0
    global.get $~lib/rt/itcms/state
    i32.const 0
    i32.ne
    if
     call $~lib/rt/itcms/step
     drop
     br $while-continue|0
    end
   end
  end
  call $~lib/rt/itcms/step
  drop
  loop $while-continue|1
   global.get $~lib/rt/itcms/state
   i32.const 0
   i32.ne
   if
    call $~lib/rt/itcms/step
    drop
    br $while-continue|1
   end
  end
  global.get $~lib/rt/itcms/total
  i64.extend_i32_u
  i32.const 200
  i64.extend_i32_u
  i64.mul
  i64.const 100
  i64.div_u
  i32.wrap_i64
  i32.const 1024
  i32.add
  global.set $~lib/rt/itcms/threshold
  i32.const 0
  drop
  i32.const 0
  drop
 )
 (func $assembly/plugin/TrackingStream#set:value (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=8
  local.get $this
  local.get $value
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/plugin/TrackingStream#set:outcome (param $this i32) (param $outcome i32)
  local.get $this
  local.get $outcome
  i32.store offset=12
 )
 (func $assembly/config/Settings#set:header (param $this i32) (param $header i32)
  local.get $this
  local.get $header
  i32.store
  local.get $this
  local.get $header
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/config/Settings#set:headerBytes (param $this i32) (param $headerBytes i32)
  local.get $this
  local.get $headerBytes
  i32.store offset=4
  local.get $this
  local.get $headerBytes
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/config/Settings#set:value (param $this i32) (param $value i32)
  local.get $this
  local.get $value
  i32.store offset=8
  local.get $this
  local.get $value
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/config/Settings#set:preserveExisting (param $this i32) (param $preserveExisting i32)
  local.get $this
  local.get $preserveExisting
  i32.store8 offset=12
 )
 (func $assembly/config/Settings#set:echoResponse (param $this i32) (param $echoResponse i32)
  local.get $this
  local.get $echoResponse
  i32.store8 offset=13
 )
 (func $assembly/config/ConfigResult#set:settings (param $this i32) (param $settings i32)
  local.get $this
  local.get $settings
  i32.store
  local.get $this
  local.get $settings
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/config/ConfigResult#set:error (param $this i32) (param $error i32)
  local.get $this
  local.get $error
  i32.store offset=4
  local.get $this
  local.get $error
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/json/JsonReader#set:bytes (param $this i32) (param $bytes i32)
  local.get $this
  local.get $bytes
  i32.store offset=8
  local.get $this
  local.get $bytes
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/json/JsonReader#set:pos (param $this i32) (param $pos i32)
  local.get $this
  local.get $pos
  i32.store
 )
 (func $assembly/json/JsonReader#set:error (param $this i32) (param $error i32)
  local.get $this
  local.get $error
  i32.store offset=4
  local.get $this
  local.get $error
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $assembly/json/JsonReader#get:bytes (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $assembly/json/JsonReader#get:pos (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $assembly/json/JsonReader#get:error (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $assembly/json/kindName (param $kind i32) (result i32)
  (local $1 i32)
  block $break|0
   block $case7|0
    block $case6|0
     block $case5|0
      block $case4|0
       block $case3|0
        block $case2|0
         block $case1|0
          block $case0|0
           local.get $kind
           local.set $1
           local.get $1
           i32.const 0
           i32.eq
           br_if $case0|0
           local.get $1
           i32.const 1
           i32.eq
           br_if $case1|0
           local.get $1
           i32.const 2
           i32.eq
           br_if $case2|0
           local.get $1
           i32.const 3
           i32.eq
           br_if $case3|0
           local.get $1
           i32.const 4
           i32.eq
           br_if $case4|0
           local.get $1
           i32.const 5
           i32.eq
           br_if $case5|0
           local.get $1
           i32.const 6
           i32.eq
           br_if $case6|0
           local.get $1
           i32.const 7
           i32.eq
           br_if $case7|0
           br $break|0
          end
          i32.const 12784
          return
         end
        end
        i32.const 26288
        return
       end
       i32.const 13024
       return
      end
      i32.const 26336
      return
     end
     i32.const 26384
     return
    end
    i32.const 12608
    return
   end
   i32.const 26432
   return
  end
  i32.const 26512
  return
 )
 (func $~lib/arraybuffer/ArrayBufferView#set:buffer (param $this i32) (param $buffer i32)
  local.get $this
  local.get $buffer
  i32.store
  local.get $this
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/arraybuffer/ArrayBufferView#set:dataStart (param $this i32) (param $dataStart i32)
  local.get $this
  local.get $dataStart
  i32.store offset=4
 )
 (func $~lib/arraybuffer/ArrayBufferView#set:byteLength (param $this i32) (param $byteLength i32)
  local.get $this
  local.get $byteLength
  i32.store offset=8
 )
 (func $assembly/json/hexValue (param $c i32) (result i32)
  local.get $c
  i32.const 48
  i32.ge_u
  if (result i32)
   local.get $c
   i32.const 57
   i32.le_u
  else
   i32.const 0
  end
  if
   local.get $c
   i32.const 48
   i32.sub
   return
  end
  local.get $c
  i32.const 97
  i32.ge_u
  if (result i32)
   local.get $c
   i32.const 102
   i32.le_u
  else
   i32.const 0
  end
  if
   local.get $c
   i32.const 97
   i32.sub
   i32.const 10
   i32.add
   return
  end
  local.get $c
  i32.const 65
  i32.ge_u
  if (result i32)
   local.get $c
   i32.const 70
   i32.le_u
  else
   i32.const 0
  end
  if
   local.get $c
   i32.const 65
   i32.sub
   i32.const 10
   i32.add
   return
  end
  i32.const -1
  return
 )
 (func $~lib/string/String.fromCharCode@varargs (param $unit i32) (param $surr i32) (result i32)
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   i32.const -1
   local.set $surr
  end
  local.get $unit
  local.get $surr
  call $~lib/string/String.fromCharCode
 )
 (func $~lib/staticarray/StaticArray<bool>#get:length (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.const 0
  i32.shr_u
  return
 )
 (func $~lib/staticarray/StaticArray<bool>#__uset (param $this i32) (param $index i32) (param $value i32)
  local.get $this
  local.get $index
  i32.const 0
  i32.shl
  i32.add
  local.get $value
  i32.store8
  i32.const 0
  drop
 )
 (func $assembly/rules/isTokenChar (param $c i32) (result i32)
  (local $1 i32)
  local.get $c
  i32.const 97
  i32.ge_u
  if (result i32)
   local.get $c
   i32.const 122
   i32.le_u
  else
   i32.const 0
  end
  if
   i32.const 1
   return
  end
  local.get $c
  i32.const 65
  i32.ge_u
  if (result i32)
   local.get $c
   i32.const 90
   i32.le_u
  else
   i32.const 0
  end
  if
   i32.const 1
   return
  end
  local.get $c
  i32.const 48
  i32.ge_u
  if (result i32)
   local.get $c
   i32.const 57
   i32.le_u
  else
   i32.const 0
  end
  if
   i32.const 1
   return
  end
  block $break|0
   block $case14|0
    block $case13|0
     block $case12|0
      block $case11|0
       block $case10|0
        block $case9|0
         block $case8|0
          block $case7|0
           block $case6|0
            block $case5|0
             block $case4|0
              block $case3|0
               block $case2|0
                block $case1|0
                 block $case0|0
                  local.get $c
                  local.set $1
                  local.get $1
                  i32.const 33
                  i32.eq
                  br_if $case0|0
                  local.get $1
                  i32.const 35
                  i32.eq
                  br_if $case1|0
                  local.get $1
                  i32.const 36
                  i32.eq
                  br_if $case2|0
                  local.get $1
                  i32.const 37
                  i32.eq
                  br_if $case3|0
                  local.get $1
                  i32.const 38
                  i32.eq
                  br_if $case4|0
                  local.get $1
                  i32.const 39
                  i32.eq
                  br_if $case5|0
                  local.get $1
                  i32.const 42
                  i32.eq
                  br_if $case6|0
                  local.get $1
                  i32.const 43
                  i32.eq
                  br_if $case7|0
                  local.get $1
                  i32.const 45
                  i32.eq
                  br_if $case8|0
                  local.get $1
                  i32.const 46
                  i32.eq
                  br_if $case9|0
                  local.get $1
                  i32.const 94
                  i32.eq
                  br_if $case10|0
                  local.get $1
                  i32.const 95
                  i32.eq
                  br_if $case11|0
                  local.get $1
                  i32.const 96
                  i32.eq
                  br_if $case12|0
                  local.get $1
                  i32.const 124
                  i32.eq
                  br_if $case13|0
                  local.get $1
                  i32.const 126
                  i32.eq
                  br_if $case14|0
                  br $break|0
                 end
                end
               end
              end
             end
            end
           end
          end
         end
        end
       end
      end
     end
    end
   end
   i32.const 1
   return
  end
  i32.const 0
  return
 )
 (func $assembly/config/Settings#get:header (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $assembly/rules/checkValue (param $ptr i32) (param $len i32) (result i32)
  (local $i i32)
  (local $c i32)
  (local $first i32)
  (local $last i32)
  local.get $len
  i32.const 0
  i32.eq
  if
   i32.const 1
   return
  end
  local.get $len
  global.get $assembly/rules/MAX_VALUE_LENGTH
  i32.gt_s
  if
   i32.const 2
   return
  end
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $len
   i32.lt_s
   if
    local.get $ptr
    local.get $i
    i32.add
    i32.load8_u
    local.set $c
    local.get $c
    i32.const 32
    i32.lt_u
    if (result i32)
     local.get $c
     i32.const 9
     i32.ne
    else
     i32.const 0
    end
    if (result i32)
     i32.const 1
    else
     local.get $c
     i32.const 127
     i32.eq
    end
    if
     i32.const 3
     return
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $ptr
  i32.load8_u
  local.set $first
  local.get $ptr
  local.get $len
  i32.add
  i32.const 1
  i32.sub
  i32.load8_u
  local.set $last
  local.get $first
  i32.const 32
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $first
   i32.const 9
   i32.eq
  end
  if (result i32)
   i32.const 1
  else
   local.get $last
   i32.const 32
   i32.eq
  end
  if (result i32)
   i32.const 1
  else
   local.get $last
   i32.const 9
   i32.eq
  end
  if
   i32.const 4
   return
  end
  i32.const 0
  return
 )
 (func $assembly/rules/firstControl (param $ptr i32) (param $len i32) (result i32)
  (local $i i32)
  (local $c i32)
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $len
   i32.lt_s
   if
    local.get $ptr
    local.get $i
    i32.add
    i32.load8_u
    local.set $c
    local.get $c
    i32.const 32
    i32.lt_u
    if (result i32)
     local.get $c
     i32.const 9
     i32.ne
    else
     i32.const 0
    end
    if (result i32)
     i32.const 1
    else
     local.get $c
     i32.const 127
     i32.eq
    end
    if
     local.get $i
     return
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  i32.const -1
  return
 )
 (func $assembly/config/ConfigResult#get:settings (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $assembly/config/ConfigResult#get:error (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $assembly/plugin/TrackingRoot#get:counters (param $this i32) (result i32)
  local.get $this
  i32.load offset=20
 )
 (func $assembly/counters/Counters#get:defined (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=12
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#ptr (param $this i32) (result i32)
  local.get $this
  i32.const 0
  i32.add
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#set:result (param $this i32) (param $result i32)
  local.get $this
  local.get $result
  i32.store
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#set:metric_id (param $this i32) (param $metric_id i32)
  local.get $this
  local.get $metric_id
  i32.store offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#get:data (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#get:result (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#get:metric_id (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $assembly/counters/Counters#get:ids (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $~lib/staticarray/StaticArray<u32>#get:length (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.const 2
  i32.shr_u
  return
 )
 (func $~lib/staticarray/StaticArray<u32>#__uset (param $this i32) (param $index i32) (param $value i32)
  local.get $this
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  i32.const 0
  drop
 )
 (func $assembly/config/Settings#get:value (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $assembly/config/Settings#get:preserveExisting (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=12
 )
 (func $assembly/config/Settings#get:echoResponse (param $this i32) (result i32)
  local.get $this
  i32.load8_u offset=13
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#get:root_context (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $assembly/plugin/TrackingRoot#get:settings (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $assembly/counters/Counters#get:counts (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/staticarray/StaticArray<u64>#__uget (param $this i32) (param $index i32) (result i64)
  local.get $this
  local.get $index
  i32.const 3
  i32.shl
  i32.add
  i64.load
  return
 )
 (func $~lib/staticarray/StaticArray<u64>#__uset (param $this i32) (param $index i32) (param $value i64)
  local.get $this
  local.get $index
  i32.const 3
  i32.shl
  i32.add
  local.get $value
  i64.store
  i32.const 0
  drop
 )
 (func $assembly/config/Settings#get:headerBytes (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $assembly/plugin/TrackingRoot#get:hostValue (param $this i32) (result i32)
  local.get $this
  i32.load offset=28
 )
 (func $assembly/hostcalls/HostValue#get:bytes (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $assembly/rules/decide (param $present i32) (param $valuePtr i32) (param $valueLen i32) (param $preserveExisting i32) (result i32)
  local.get $present
  i32.eqz
  if
   i32.const 0
   return
  end
  local.get $preserveExisting
  if (result i32)
   local.get $valuePtr
   local.get $valueLen
   call $assembly/rules/checkValue
   i32.const 0
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 1
   return
  end
  i32.const 2
  return
 )
 (func $assembly/random/random16 (result i32)
  global.get $assembly/random/RANDOM_BYTES
  i32.const 16
  call $assembly/random/random_get
  i32.const 65535
  i32.and
  i32.const 0
  i32.eq
  if (result i32)
   global.get $assembly/random/RANDOM_BYTES
  else
   i32.const 0
  end
  return
 )
 (func $assembly/plugin/TrackingStream#get:value (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $assembly/plugin/TrackingRoot#get:logLevel (param $this i32) (result i32)
  local.get $this
  i32.load offset=24
 )
 (func $assembly/plugin/TrackingStream#get:outcome (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buffer (param $this i32) (param $buffer i32)
  local.get $this
  local.get $buffer
  i32.store
  local.get $this
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:dataStart (param $this i32) (param $dataStart i32)
  local.get $this
  local.get $dataStart
  i32.store offset=4
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:byteLength (param $this i32) (param $byteLength i32)
  local.get $this
  local.get $byteLength
  i32.store offset=8
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/array/Array<u32>#set:buffer (param $this i32) (param $buffer i32)
  local.get $this
  local.get $buffer
  i32.store
  local.get $this
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
 )
 (func $~lib/array/Array<u32>#set:dataStart (param $this i32) (param $dataStart i32)
  local.get $this
  local.get $dataStart
  i32.store offset=4
 )
 (func $~lib/array/Array<u32>#set:byteLength (param $this i32) (param $byteLength i32)
  local.get $this
  local.get $byteLength
  i32.store offset=8
 )
 (func $~lib/array/Array<u32>#set:length_ (param $this i32) (param $length_ i32)
  local.get $this
  local.get $length_
  i32.store offset=12
 )
 (func $~lib/array/Array<u32>#get:length_ (param $this i32) (result i32)
  local.get $this
  i32.load offset=12
 )
 (func $~lib/array/Array<u32>#get:dataStart (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/staticarray/StaticArray<u64>#get:length (param $this i32) (result i32)
  local.get $this
  i32.const 20
  i32.sub
  call $~lib/rt/common/OBJECT#get:rtSize
  i32.const 3
  i32.shr_u
  return
 )
 (func $assembly/counters/Counters#get:flushed (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/increment_metric (param $metric_id i32) (param $offset i64) (result i32)
  local.get $metric_id
  local.get $offset
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_increment_metric
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#createContext@override (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  block $default
   block $case0
    local.get $0
    i32.const 8
    i32.sub
    i32.load
    local.set $2
    local.get $2
    i32.const 21
    i32.eq
    br_if $case0
    br $default
   end
   local.get $0
   local.get $1
   call $assembly/plugin/TrackingRoot#createContext
   return
  end
  local.get $0
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#createContext
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onConfigure@override (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  block $default
   block $case0
    local.get $0
    i32.const 8
    i32.sub
    i32.load
    local.set $2
    local.get $2
    i32.const 21
    i32.eq
    br_if $case0
    br $default
   end
   local.get $0
   local.get $1
   call $assembly/plugin/TrackingRoot#onConfigure
   return
  end
  local.get $0
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onConfigure
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestHeaders@override (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  block $default
   block $case0
    local.get $0
    i32.const 8
    i32.sub
    i32.load
    local.set $3
    local.get $3
    i32.const 40
    i32.eq
    br_if $case0
    br $default
   end
   local.get $0
   local.get $1
   local.get $2
   call $assembly/plugin/TrackingStream#onRequestHeaders
   return
  end
  local.get $0
  local.get $1
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestHeaders
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseHeaders@override (param $0 i32) (param $1 i32) (param $2 i32) (result i32)
  (local $3 i32)
  block $default
   block $case0
    local.get $0
    i32.const 8
    i32.sub
    i32.load
    local.set $3
    local.get $3
    i32.const 40
    i32.eq
    br_if $case0
    br $default
   end
   local.get $0
   local.get $1
   local.get $2
   call $assembly/plugin/TrackingStream#onResponseHeaders
   return
  end
  local.get $0
  local.get $1
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseHeaders
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onLog@override (param $0 i32)
  (local $1 i32)
  block $default
   block $case0
    local.get $0
    i32.const 8
    i32.sub
    i32.load
    local.set $1
    local.get $1
    i32.const 40
    i32.eq
    br_if $case0
    br $default
   end
   local.get $0
   call $assembly/plugin/TrackingStream#onLog
   return
  end
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onLog
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#onDone@override (param $0 i32) (result i32)
  (local $1 i32)
  block $default
   block $case1
    block $case0
     local.get $0
     i32.const 8
     i32.sub
     i32.load
     local.set $1
     local.get $1
     i32.const 11
     i32.eq
     br_if $case0
     local.get $1
     i32.const 21
     i32.eq
     br_if $case1
     br $default
    end
    local.get $0
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onDone
    return
   end
   local.get $0
   call $assembly/plugin/TrackingRoot#onDone
   return
  end
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#onDone
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onTick@override (param $0 i32)
  (local $1 i32)
  block $default
   block $case0
    local.get $0
    i32.const 8
    i32.sub
    i32.load
    local.set $1
    local.get $1
    i32.const 21
    i32.eq
    br_if $case0
    br $default
   end
   local.get $0
   call $assembly/plugin/TrackingRoot#onTick
   return
  end
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onTick
 )
 (func $~instanceof|~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext (param $0 i32) (result i32)
  (local $1 i32)
  block $is_instance
   local.get $0
   i32.const 8
   i32.sub
   i32.load
   local.set $1
   local.get $1
   i32.const 11
   i32.eq
   br_if $is_instance
   local.get $1
   i32.const 21
   i32.eq
   br_if $is_instance
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $~instanceof|~lib/@solo-io/proxy-runtime/assembly/runtime/Context (param $0 i32) (result i32)
  (local $1 i32)
  block $is_instance
   local.get $0
   i32.const 8
   i32.sub
   i32.load
   local.set $1
   local.get $1
   i32.const 16
   i32.eq
   br_if $is_instance
   local.get $1
   i32.const 40
   i32.eq
   br_if $is_instance
   i32.const 0
   return
  end
  i32.const 1
 )
 (func $~lib/rt/__visit_globals (param $0 i32)
  (local $1 i32)
  global.get $tests/unit/behaviour.spec/CASES
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  i32.const 224
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 432
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 20816
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 21008
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 32
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 25584
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 21168
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 20944
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 22400
  local.get $0
  call $~lib/rt/itcms/__visit
  i32.const 23456
  local.get $0
  call $~lib/rt/itcms/__visit
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU32Ref
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU64Ref
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalUsizeRef
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/stream_context
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/counters/COUNTER_NAMES
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $tests/behaviour/cases/UUID
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $tests/behaviour/cases/SAME
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/plugin/PLUGIN_NAME
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/plugin/LOG_PREFIX
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/config/DEFAULT_HEADER
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/config/FIELDS
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/config/PREFIX
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/hostcalls/EMPTY
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/rules/PROXY_OWNED_HEADERS
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
  global.get $assembly/json/HEX_DIGITS
  local.tee $1
  if
   local.get $1
   local.get $0
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/arraybuffer/ArrayBufferView~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/object/Object~visit (param $0 i32) (param $1 i32)
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext~visit
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=12
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>~visit" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__visit"
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext~visit
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:buckets" (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:entries" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:entriesOffset" (param $this i32) (result i32)
  local.get $this
  i32.load offset=16
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:taggedNext" (param $this i32) (result i32)
  local.get $this
  i32.load offset=8
 )
 (func $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:value" (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>~visit" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#__visit"
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>~visit" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#__visit"
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>~visit" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#__visit"
 )
 (func $~lib/array/Array<~lib/string/String>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<~lib/string/String>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<~lib/string/String>#__visit
 )
 (func $assembly/plugin/TrackingRoot~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext~visit
  local.get $0
  i32.load offset=16
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=20
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=28
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $assembly/config/Settings~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $assembly/counters/Counters~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $assembly/hostcalls/HostValue~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:_env (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#__visit
 )
 (func $tests/behaviour/cases/Case~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=12
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=16
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=24
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=28
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=32
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=36
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=40
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<tests/behaviour/cases/Case>#__visit
 )
 (func $~lib/array/Array<i32>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<i32>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<i32>#__visit
 )
 (func $"~lib/map/Map<usize,i32>~visit" (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $"~lib/map/Map<usize,i32>#__visit"
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#__visit
 )
 (func $~lib/typedarray/Uint32Array~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/arraybuffer/ArrayBufferView~visit
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/array/Array<usize>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<usize>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<usize>#__visit
 )
 (func $~lib/function/Function<%28%29=>void>#get:_env (param $this i32) (result i32)
  local.get $this
  i32.load offset=4
 )
 (func $~lib/function/Function<%28%29=>void>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/function/Function<%28%29=>void>#__visit
 )
 (func $assembly/plugin/TrackingStream~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context~visit
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $assembly/config/ConfigResult~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/typedarray/Uint8Array~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/arraybuffer/ArrayBufferView~visit
 )
 (func $assembly/json/JsonReader~visit (param $0 i32) (param $1 i32)
  (local $2 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  i32.load offset=4
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
  local.get $0
  i32.load offset=8
  local.tee $2
  if
   local.get $2
   local.get $1
   call $~lib/rt/itcms/__visit
  end
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__visit
 )
 (func $~lib/array/Array<u32>#get:buffer (param $this i32) (result i32)
  local.get $this
  i32.load
 )
 (func $~lib/array/Array<u32>~visit (param $0 i32) (param $1 i32)
  local.get $0
  local.get $1
  call $~lib/object/Object~visit
  local.get $0
  local.get $1
  call $~lib/array/Array<u32>#__visit
 )
 (func $~lib/rt/__visit_members (param $0 i32) (param $1 i32)
  block $invalid
   block $~lib/array/Array<u32>
    block $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>
     block $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult
      block $~lib/staticarray/StaticArray<bool>
       block $assembly/json/JsonReader
        block $~lib/typedarray/Uint8Array
         block $assembly/config/ConfigResult
          block $assembly/plugin/TrackingStream
           block $~lib/function/Function<%28%29=>void>
            block $~lib/array/Array<usize>
             block $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>
              block $~lib/typedarray/Uint32Array
               block $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>
                block $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair
                 block $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>
                  block $"~lib/map/Map<usize,i32>"
                   block $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>
                    block $~lib/array/Array<i32>
                     block $~lib/array/Array<tests/behaviour/cases/Case>
                      block $tests/behaviour/cases/Case
                       block $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>
                        block $assembly/hostcalls/HostValue
                         block $~lib/staticarray/StaticArray<u32>
                          block $~lib/staticarray/StaticArray<u64>
                           block $assembly/counters/Counters
                            block $assembly/config/Settings
                             block $assembly/plugin/TrackingRoot
                              block $~lib/array/Array<~lib/string/String>
                               block $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>"
                                block $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>"
                                 block $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>"
                                  block $~lib/@solo-io/proxy-runtime/assembly/runtime/Context
                                   block $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback
                                    block $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>"
                                     block $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback
                                      block $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext
                                       block $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext
                                        block $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator
                                         block $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator
                                          block $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext
                                           block $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<usize>
                                            block $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u64>
                                             block $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>
                                              block $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference
                                               block $~lib/arraybuffer/ArrayBufferView
                                                block $~lib/string/String
                                                 block $~lib/arraybuffer/ArrayBuffer
                                                  block $~lib/object/Object
                                                   local.get $0
                                                   i32.const 8
                                                   i32.sub
                                                   i32.load
                                                   br_table $~lib/object/Object $~lib/arraybuffer/ArrayBuffer $~lib/string/String $~lib/arraybuffer/ArrayBufferView $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32> $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u64> $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<usize> $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>" $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback $~lib/@solo-io/proxy-runtime/assembly/runtime/Context $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>" $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>" $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>" $~lib/array/Array<~lib/string/String> $assembly/plugin/TrackingRoot $assembly/config/Settings $assembly/counters/Counters $~lib/staticarray/StaticArray<u64> $~lib/staticarray/StaticArray<u32> $assembly/hostcalls/HostValue $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext> $tests/behaviour/cases/Case $~lib/array/Array<tests/behaviour/cases/Case> $~lib/array/Array<i32> $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool> $"~lib/map/Map<usize,i32>" $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32> $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair> $~lib/typedarray/Uint32Array $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String> $~lib/array/Array<usize> $~lib/function/Function<%28%29=>void> $assembly/plugin/TrackingStream $assembly/config/ConfigResult $~lib/typedarray/Uint8Array $assembly/json/JsonReader $~lib/staticarray/StaticArray<bool> $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback> $~lib/array/Array<u32> $invalid
                                                  end
                                                  return
                                                 end
                                                 return
                                                end
                                                return
                                               end
                                               local.get $0
                                               local.get $1
                                               call $~lib/arraybuffer/ArrayBufferView~visit
                                               return
                                              end
                                              return
                                             end
                                             return
                                            end
                                            return
                                           end
                                           return
                                          end
                                          local.get $0
                                          local.get $1
                                          call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext~visit
                                          return
                                         end
                                         local.get $0
                                         local.get $1
                                         call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator~visit
                                         return
                                        end
                                        return
                                       end
                                       local.get $0
                                       local.get $1
                                       call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext~visit
                                       return
                                      end
                                      return
                                     end
                                     local.get $0
                                     local.get $1
                                     call $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback~visit
                                     return
                                    end
                                    local.get $0
                                    local.get $1
                                    call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>~visit"
                                    return
                                   end
                                   local.get $0
                                   local.get $1
                                   call $~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback~visit
                                   return
                                  end
                                  local.get $0
                                  local.get $1
                                  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context~visit
                                  return
                                 end
                                 local.get $0
                                 local.get $1
                                 call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>~visit"
                                 return
                                end
                                local.get $0
                                local.get $1
                                call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>~visit"
                                return
                               end
                               local.get $0
                               local.get $1
                               call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>~visit"
                               return
                              end
                              local.get $0
                              local.get $1
                              call $~lib/array/Array<~lib/string/String>~visit
                              return
                             end
                             local.get $0
                             local.get $1
                             call $assembly/plugin/TrackingRoot~visit
                             return
                            end
                            local.get $0
                            local.get $1
                            call $assembly/config/Settings~visit
                            return
                           end
                           local.get $0
                           local.get $1
                           call $assembly/counters/Counters~visit
                           return
                          end
                          return
                         end
                         return
                        end
                        local.get $0
                        local.get $1
                        call $assembly/hostcalls/HostValue~visit
                        return
                       end
                       local.get $0
                       local.get $1
                       call $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>~visit
                       return
                      end
                      local.get $0
                      local.get $1
                      call $tests/behaviour/cases/Case~visit
                      return
                     end
                     local.get $0
                     local.get $1
                     call $~lib/array/Array<tests/behaviour/cases/Case>~visit
                     return
                    end
                    local.get $0
                    local.get $1
                    call $~lib/array/Array<i32>~visit
                    return
                   end
                   return
                  end
                  local.get $0
                  local.get $1
                  call $"~lib/map/Map<usize,i32>~visit"
                  return
                 end
                 return
                end
                local.get $0
                local.get $1
                call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair~visit
                return
               end
               local.get $0
               local.get $1
               call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>~visit
               return
              end
              local.get $0
              local.get $1
              call $~lib/typedarray/Uint32Array~visit
              return
             end
             local.get $0
             local.get $1
             call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>~visit
             return
            end
            local.get $0
            local.get $1
            call $~lib/array/Array<usize>~visit
            return
           end
           local.get $0
           local.get $1
           call $~lib/function/Function<%28%29=>void>~visit
           return
          end
          local.get $0
          local.get $1
          call $assembly/plugin/TrackingStream~visit
          return
         end
         local.get $0
         local.get $1
         call $assembly/config/ConfigResult~visit
         return
        end
        local.get $0
        local.get $1
        call $~lib/typedarray/Uint8Array~visit
        return
       end
       local.get $0
       local.get $1
       call $assembly/json/JsonReader~visit
       return
      end
      return
     end
     return
    end
    local.get $0
    local.get $1
    call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>~visit
    return
   end
   local.get $0
   local.get $1
   call $~lib/array/Array<u32>~visit
   return
  end
  unreachable
 )
 (func $~start
  global.get $~started
  if
   return
  end
  i32.const 1
  global.set $~started
  call $start:tests/unit/behaviour.spec
 )
 (func $~stack_check
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/memory/__data_end
  i32.lt_s
  if
   i32.const 64288
   i32.const 64336
   i32.const 1
   i32.const 1
   call $~lib/builtins/abort
   unreachable
  end
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 4
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#set:buffer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#set:size
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.const 5
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#set:data
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u64>#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 6
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i64.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u64>#set:data
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<usize>#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.const 7
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<usize>#set:data
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#constructor (param $this i32) (param $headers i32) (param $trailers i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 8
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#set:headers
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#set:trailers
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $headers
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#set:headers
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $trailers
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#set:trailers
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#constructor (param $this i32) (param $request i32) (param $response i32) (param $http_callback i32) (result i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.const 9
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:request
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:response
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:http_callback
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $request
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:request
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $response
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:response
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $http_callback
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#set:http_callback
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor (param $this i32) (param $typ i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.const 10
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#set:typ
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $typ
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#set:typ
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#constructor" (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 24
   i32.const 18
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.0" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.0"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesCount"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#constructor" (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 24
   i32.const 19
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.0" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.0"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCount"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $start:~lib/@solo-io/proxy-runtime/assembly/runtime
  (local $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  memory.size
  i32.const 16
  i32.shl
  global.get $~lib/memory/__heap_base
  i32.sub
  i32.const 1
  i32.shr_u
  global.set $~lib/rt/itcms/threshold
  i32.const 144
  call $~lib/rt/itcms/initLazy
  global.set $~lib/rt/itcms/pinSpace
  i32.const 176
  call $~lib/rt/itcms/initLazy
  global.set $~lib/rt/itcms/toSpace
  i32.const 320
  call $~lib/rt/itcms/initLazy
  global.set $~lib/rt/itcms/fromSpace
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#constructor
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#constructor
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU32Ref
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u64>#constructor
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU64Ref
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<usize>#constructor
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/globalUsizeRef
  i32.const 0
  i32.const 0
  i32.const 0
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestHeaders
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=8
  local.get $0
  i32.const 0
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseHeaders
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=12
  local.get $0
  i32.const 0
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.HttpCallResponseHeaders
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=16
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 0
  i32.const 0
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestTrailers
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=8
  local.get $0
  i32.const 0
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseTrailers
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=12
  local.get $0
  i32.const 0
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.HttpCallResponseTrailers
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=16
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#constructor
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#constructor
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/stream_context
  i32.const 0
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#constructor"
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#constructor"
  global.set $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#constructor (param $this i32) (param $context_id_ i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.const 12
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#set:context_id
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $context_id_
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#set:context_id
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#constructor" (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 24
   i32.const 14
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.0" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.0"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCount"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#constructor" (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 24
   i32.const 17
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>|inlined.0" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>|inlined.0"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#set:entriesCount"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#constructor (param $this i32) (param $context_id i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.const 11
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 2320
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:configuration_
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#constructor"
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:http_calls_
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#constructor"
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:grpc_calls_
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $assembly/counters/Counters#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 13
   i32.const 23
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 5
  call $~lib/staticarray/StaticArray<u64>#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $assembly/counters/Counters#set:counts
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 5
  call $~lib/staticarray/StaticArray<u64>#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $assembly/counters/Counters#set:flushed
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 5
  call $~lib/staticarray/StaticArray<u32>#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $assembly/counters/Counters#set:ids
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $assembly/counters/Counters#set:defined
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $assembly/hostcalls/HostValue#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.const 26
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $assembly/hostcalls/EMPTY
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $assembly/hostcalls/HostValue#set:bytes
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $assembly/plugin/TrackingRoot#constructor (param $this i32) (param $context_id i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.const 21
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $assembly/plugin/TrackingRoot#set:settings
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $assembly/counters/Counters#constructor
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $assembly/plugin/TrackingRoot#set:counters
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.info
  call $assembly/plugin/TrackingRoot#set:logLevel
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $assembly/hostcalls/HostValue#constructor
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $assembly/plugin/TrackingRoot#set:hostValue
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $~lib/util/hash/HASH<~lib/string/String> (param $key i32) (result i32)
  (local $key|1 i32)
  (local $h i32)
  (local $len i32)
  (local $pos i32)
  (local $s1 i32)
  (local $s2 i32)
  (local $s3 i32)
  (local $s4 i32)
  (local $end i32)
  (local $h|10 i32)
  (local $key|11 i32)
  (local $h|12 i32)
  (local $key|13 i32)
  (local $h|14 i32)
  (local $key|15 i32)
  (local $h|16 i32)
  (local $key|17 i32)
  (local $end|18 i32)
  (local $19 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  i32.const 1
  drop
  block $~lib/util/hash/hashStr|inlined.0 (result i32)
   global.get $~lib/memory/__stack_pointer
   local.get $key
   local.tee $key|1
   i32.store
   local.get $key|1
   i32.const 0
   i32.eq
   if
    i32.const 0
    br $~lib/util/hash/hashStr|inlined.0
   end
   local.get $key|1
   local.set $19
   global.get $~lib/memory/__stack_pointer
   local.get $19
   i32.store offset=4
   local.get $19
   call $~lib/string/String#get:length
   i32.const 1
   i32.shl
   local.set $h
   local.get $h
   local.set $len
   local.get $key|1
   local.set $pos
   local.get $len
   i32.const 16
   i32.ge_u
   if
    i32.const 0
    i32.const -1640531535
    i32.add
    i32.const -2048144777
    i32.add
    local.set $s1
    i32.const 0
    i32.const -2048144777
    i32.add
    local.set $s2
    i32.const 0
    local.set $s3
    i32.const 0
    i32.const -1640531535
    i32.sub
    local.set $s4
    local.get $len
    local.get $pos
    i32.add
    i32.const 16
    i32.sub
    local.set $end
    loop $while-continue|0
     local.get $pos
     local.get $end
     i32.le_u
     if
      block $~lib/util/hash/mix|inlined.0 (result i32)
       local.get $s1
       local.set $h|10
       local.get $pos
       i32.load
       local.set $key|11
       local.get $h|10
       local.get $key|11
       i32.const -2048144777
       i32.mul
       i32.add
       i32.const 13
       i32.rotl
       i32.const -1640531535
       i32.mul
       br $~lib/util/hash/mix|inlined.0
      end
      local.set $s1
      block $~lib/util/hash/mix|inlined.1 (result i32)
       local.get $s2
       local.set $h|12
       local.get $pos
       i32.load offset=4
       local.set $key|13
       local.get $h|12
       local.get $key|13
       i32.const -2048144777
       i32.mul
       i32.add
       i32.const 13
       i32.rotl
       i32.const -1640531535
       i32.mul
       br $~lib/util/hash/mix|inlined.1
      end
      local.set $s2
      block $~lib/util/hash/mix|inlined.2 (result i32)
       local.get $s3
       local.set $h|14
       local.get $pos
       i32.load offset=8
       local.set $key|15
       local.get $h|14
       local.get $key|15
       i32.const -2048144777
       i32.mul
       i32.add
       i32.const 13
       i32.rotl
       i32.const -1640531535
       i32.mul
       br $~lib/util/hash/mix|inlined.2
      end
      local.set $s3
      block $~lib/util/hash/mix|inlined.3 (result i32)
       local.get $s4
       local.set $h|16
       local.get $pos
       i32.load offset=12
       local.set $key|17
       local.get $h|16
       local.get $key|17
       i32.const -2048144777
       i32.mul
       i32.add
       i32.const 13
       i32.rotl
       i32.const -1640531535
       i32.mul
       br $~lib/util/hash/mix|inlined.3
      end
      local.set $s4
      local.get $pos
      i32.const 16
      i32.add
      local.set $pos
      br $while-continue|0
     end
    end
    local.get $h
    local.get $s1
    i32.const 1
    i32.rotl
    local.get $s2
    i32.const 7
    i32.rotl
    i32.add
    local.get $s3
    i32.const 12
    i32.rotl
    i32.add
    local.get $s4
    i32.const 18
    i32.rotl
    i32.add
    i32.add
    local.set $h
   else
    local.get $h
    i32.const 0
    i32.const 374761393
    i32.add
    i32.add
    local.set $h
   end
   local.get $key|1
   local.get $len
   i32.add
   i32.const 4
   i32.sub
   local.set $end|18
   loop $while-continue|1
    local.get $pos
    local.get $end|18
    i32.le_u
    if
     local.get $h
     local.get $pos
     i32.load
     i32.const -1028477379
     i32.mul
     i32.add
     local.set $h
     local.get $h
     i32.const 17
     i32.rotl
     i32.const 668265263
     i32.mul
     local.set $h
     local.get $pos
     i32.const 4
     i32.add
     local.set $pos
     br $while-continue|1
    end
   end
   local.get $key|1
   local.get $len
   i32.add
   local.set $end|18
   loop $while-continue|2
    local.get $pos
    local.get $end|18
    i32.lt_u
    if
     local.get $h
     local.get $pos
     i32.load8_u
     i32.const 374761393
     i32.mul
     i32.add
     local.set $h
     local.get $h
     i32.const 11
     i32.rotl
     i32.const -1640531535
     i32.mul
     local.set $h
     local.get $pos
     i32.const 1
     i32.add
     local.set $pos
     br $while-continue|2
    end
   end
   local.get $h
   local.get $h
   i32.const 15
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -2048144777
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 13
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   i32.const -1028477379
   i32.mul
   local.set $h
   local.get $h
   local.get $h
   i32.const 16
   i32.shr_u
   i32.xor
   local.set $h
   local.get $h
   br $~lib/util/hash/hashStr|inlined.0
  end
  local.set $19
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $19
  return
 )
 (func $~lib/string/String.__eq (param $left i32) (param $right i32) (result i32)
  (local $leftLength i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $left
  local.get $right
  i32.eq
  if
   i32.const 1
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $left
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $right
   i32.const 0
   i32.eq
  end
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $left
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/string/String#get:length
  local.set $leftLength
  local.get $leftLength
  local.get $right
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/string/String#get:length
  i32.ne
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $left
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 0
  local.get $right
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  local.get $leftLength
  call $~lib/util/string/compareImpl
  i32.eqz
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#find" (param $this i32) (param $key i32) (param $hashCode i32) (result i32)
  (local $entry i32)
  (local $taggedNext i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:buckets"
  local.get $hashCode
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:bucketsMask"
  i32.and
  i32.const 4
  i32.mul
  i32.add
  i32.load
  local.set $entry
  loop $while-continue|0
   local.get $entry
   if
    local.get $entry
    call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:taggedNext"
    local.set $taggedNext
    local.get $taggedNext
    i32.const 1
    i32.and
    i32.eqz
    if (result i32)
     local.get $entry
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:key"
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store
     local.get $5
     local.get $key
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=4
     local.get $5
     call $~lib/string/String.__eq
    else
     i32.const 0
    end
    if
     local.get $entry
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 8
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $taggedNext
    i32.const 1
    i32.const -1
    i32.xor
    i32.and
    local.set $entry
    br $while-continue|0
   end
  end
  i32.const 0
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#rehash" (param $this i32) (param $newBucketsMask i32)
  (local $newBucketsCapacity i32)
  (local $newBuckets i32)
  (local $newEntriesCapacity i32)
  (local $newEntries i32)
  (local $oldPtr i32)
  (local $oldEnd i32)
  (local $newPtr i32)
  (local $oldEntry i32)
  (local $newEntry i32)
  (local $oldEntryKey i32)
  (local $newBucketIndex i32)
  (local $newBucketPtrBase i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $newBucketsMask
  i32.const 1
  i32.add
  local.set $newBucketsCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newBucketsCapacity
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newBuckets
  i32.store
  local.get $newBucketsCapacity
  i32.const 8
  i32.mul
  i32.const 3
  i32.div_s
  local.set $newEntriesCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newEntriesCapacity
  block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.1" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.1"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newEntries
  i32.store offset=4
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entries"
  local.set $oldPtr
  local.get $oldPtr
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.2" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.2"
  end
  i32.mul
  i32.add
  local.set $oldEnd
  local.get $newEntries
  local.set $newPtr
  loop $while-continue|0
   local.get $oldPtr
   local.get $oldEnd
   i32.ne
   if
    local.get $oldPtr
    local.set $oldEntry
    local.get $oldEntry
    call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $newPtr
     local.set $newEntry
     global.get $~lib/memory/__stack_pointer
     local.get $oldEntry
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:key"
     local.tee $oldEntryKey
     i32.store offset=12
     local.get $newEntry
     local.get $oldEntryKey
     local.set $14
     global.get $~lib/memory/__stack_pointer
     local.get $14
     i32.store offset=8
     local.get $14
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:key"
     local.get $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:value"
     local.set $14
     global.get $~lib/memory/__stack_pointer
     local.get $14
     i32.store offset=8
     local.get $14
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:value"
     local.get $oldEntryKey
     local.set $14
     global.get $~lib/memory/__stack_pointer
     local.get $14
     i32.store offset=8
     local.get $14
     call $~lib/util/hash/HASH<~lib/string/String>
     local.get $newBucketsMask
     i32.and
     local.set $newBucketIndex
     local.get $newBuckets
     local.get $newBucketIndex
     i32.const 4
     i32.mul
     i32.add
     local.set $newBucketPtrBase
     local.get $newEntry
     local.get $newBucketPtrBase
     i32.load
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:taggedNext"
     local.get $newBucketPtrBase
     local.get $newPtr
     i32.store
     local.get $newPtr
     block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.3" (result i32)
      i32.const 12
      br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.3"
     end
     i32.add
     local.set $newPtr
    end
    local.get $oldPtr
    block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.4" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.4"
    end
    i32.add
    local.set $oldPtr
    br $while-continue|0
   end
  end
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBuckets
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=16
  local.get $14
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:buckets"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBucketsMask
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:bucketsMask"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntries
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=16
  local.get $14
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entries"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntriesCapacity
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesCapacity"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=16
  local.get $14
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCount"
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesOffset"
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set" (param $this i32) (param $key i32) (param $value i32) (result i32)
  (local $hashCode i32)
  (local $entry i32)
  (local $entries i32)
  (local $6 i32)
  (local $bucketPtrBase i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $key
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $~lib/util/hash/HASH<~lib/string/String>
  local.set $hashCode
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $key
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=4
  local.get $8
  local.get $hashCode
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#find"
  local.set $entry
  local.get $entry
  if
   local.get $entry
   local.get $value
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:value"
   i32.const 1
   drop
   local.get $this
   local.get $value
   i32.const 1
   call $~lib/rt/itcms/__link
  else
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesOffset"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCapacity"
   i32.eq
   if
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCount"
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCapacity"
    i32.const 3
    i32.mul
    i32.const 4
    i32.div_s
    i32.lt_s
    if (result i32)
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:bucketsMask"
    else
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:bucketsMask"
     i32.const 1
     i32.shl
     i32.const 1
     i32.or
    end
    call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#rehash"
   end
   global.get $~lib/memory/__stack_pointer
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entries"
   local.tee $entries
   i32.store offset=8
   local.get $entries
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesOffset"
   local.tee $6
   i32.const 1
   i32.add
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesOffset"
   local.get $6
   block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.5" (result i32)
    i32.const 12
    br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.5"
   end
   i32.mul
   i32.add
   local.set $entry
   local.get $entry
   local.get $key
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:key"
   i32.const 1
   drop
   local.get $this
   local.get $key
   i32.const 1
   call $~lib/rt/itcms/__link
   local.get $entry
   local.get $value
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:value"
   i32.const 1
   drop
   local.get $this
   local.get $value
   i32.const 1
   call $~lib/rt/itcms/__link
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesCount"
   i32.const 1
   i32.add
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:entriesCount"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:buckets"
   local.get $hashCode
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:bucketsMask"
   i32.and
   i32.const 4
   i32.mul
   i32.add
   local.set $bucketPtrBase
   local.get $entry
   local.get $bucketPtrBase
   i32.load
   call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set:taggedNext"
   local.get $bucketPtrBase
   local.get $entry
   i32.store
  end
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/registerRootContext (param $root_context_factory i32) (param $name i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $name
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $root_context_factory
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#set"
  drop
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:assembly/index
  (local $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  call $start:assembly/plugin
  i32.const 2416
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 2320
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/registerRootContext
  i32.const 2416
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  global.get $assembly/plugin/PLUGIN_NAME
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/registerRootContext
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $tests/behaviour/cases/Case#constructor (param $this i32) (param $name i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 44
   i32.const 28
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 0
  call $tests/behaviour/cases/Case#set:name
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 2320
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:config
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 2320
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:rootId
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 2672
  call $~lib/rt/__newArray
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:request
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 2704
  call $~lib/rt/__newArray
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:response
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 1
  call $tests/behaviour/cases/Case#set:accepted
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 2320
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:error
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 1104
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:header
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 2736
  call $~lib/rt/__newArray
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:expectRequest
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 2768
  call $~lib/rt/__newArray
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:expectResponse
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  i32.const 2320
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:counts
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=4
  local.get $10
  local.get $name
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=8
  local.get $10
  call $tests/behaviour/cases/Case#set:name
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $10
 )
 (func $tests/behaviour/cases/Case#withConfig (param $this i32) (param $config i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $config
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:config
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/accepts (param $name i32) (param $config i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  i32.const 0
  local.get $name
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $tests/behaviour/cases/Case#constructor
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $config
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#withConfig
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#expectsRequest (param $this i32) (param $values i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $values
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:expectRequest
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#counting (param $this i32) (param $counts i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $counts
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:counts
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#withRequest (param $this i32) (param $headers i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $headers
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:request
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#checking (param $this i32) (param $header i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $header
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:header
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/string/String#repeat (param $this i32) (param $count i32) (result i32)
  (local $length i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/string/String#get:length
  local.set $length
  local.get $count
  i32.const 0
  i32.lt_s
  if (result i32)
   i32.const 1
  else
   local.get $length
   i64.extend_i32_s
   local.get $count
   i64.extend_i32_s
   i64.mul
   i64.const 1
   i64.const 28
   i64.shl
   i64.gt_u
  end
  if
   i32.const 432
   i32.const 6400
   i32.const 334
   i32.const 7
   call $~lib/builtins/abort
   unreachable
  end
  local.get $count
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $length
   i32.eqz
  end
  if
   i32.const 2320
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $count
  i32.const 1
  i32.eq
  if
   local.get $this
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $length
  local.get $count
  i32.mul
  i32.const 1
  i32.shl
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store offset=4
  local.get $out
  local.get $this
  local.get $length
  i32.const 1
  i32.shl
  local.get $count
  call $~lib/memory/memory.repeat
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/string/String#concat (param $this i32) (param $other i32) (result i32)
  (local $thisSize i32)
  (local $otherSize i32)
  (local $outSize i32)
  (local $out i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $~lib/string/String#get:length
  i32.const 1
  i32.shl
  local.set $thisSize
  local.get $other
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $~lib/string/String#get:length
  i32.const 1
  i32.shl
  local.set $otherSize
  local.get $thisSize
  local.get $otherSize
  i32.add
  local.set $outSize
  local.get $outSize
  i32.const 0
  i32.eq
  if
   i32.const 2320
   local.set $6
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $6
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store offset=4
  local.get $out
  local.get $this
  local.get $thisSize
  memory.copy
  local.get $out
  local.get $thisSize
  i32.add
  local.get $other
  local.get $otherSize
  memory.copy
  local.get $out
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/string/String.__concat (param $left i32) (param $right i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $left
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $right
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/string/String#concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/array/ensureCapacity (param $array i32) (param $newSize i32) (param $alignLog2 i32) (param $canGrow i32)
  (local $oldCapacity i32)
  (local $oldData i32)
  (local $6 i32)
  (local $7 i32)
  (local $newCapacity i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $newData i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $array
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store
  local.get $14
  call $~lib/arraybuffer/ArrayBufferView#get:byteLength
  local.set $oldCapacity
  local.get $newSize
  local.get $oldCapacity
  local.get $alignLog2
  i32.shr_u
  i32.gt_u
  if
   local.get $newSize
   i32.const 1073741820
   local.get $alignLog2
   i32.shr_u
   i32.gt_u
   if
    i32.const 432
    i32.const 6480
    i32.const 19
    i32.const 48
    call $~lib/builtins/abort
    unreachable
   end
   local.get $array
   local.set $14
   global.get $~lib/memory/__stack_pointer
   local.get $14
   i32.store
   local.get $14
   call $~lib/arraybuffer/ArrayBufferView#get:buffer
   local.set $oldData
   local.get $newSize
   local.tee $6
   i32.const 8
   local.tee $7
   local.get $6
   local.get $7
   i32.gt_u
   select
   local.get $alignLog2
   i32.shl
   local.set $newCapacity
   local.get $canGrow
   if
    local.get $oldCapacity
    i32.const 1
    i32.shl
    local.tee $9
    i32.const 1073741820
    local.tee $10
    local.get $9
    local.get $10
    i32.lt_u
    select
    local.tee $11
    local.get $newCapacity
    local.tee $12
    local.get $11
    local.get $12
    i32.gt_u
    select
    local.set $newCapacity
   end
   local.get $oldData
   local.get $newCapacity
   call $~lib/rt/itcms/__renew
   local.set $newData
   i32.const 2
   global.get $~lib/shared/runtime/Runtime.Incremental
   i32.ne
   drop
   local.get $newData
   local.get $oldData
   i32.ne
   if
    local.get $array
    local.get $newData
    i32.store
    local.get $array
    local.get $newData
    i32.store offset=4
    local.get $array
    local.get $newData
    i32.const 0
    call $~lib/rt/itcms/__link
   end
   local.get $array
   local.get $newCapacity
   i32.store offset=8
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/string/String>#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/string/String>#get:length_
  i32.ge_u
  if
   local.get $index
   i32.const 0
   i32.lt_s
   if
    i32.const 224
    i32.const 6480
    i32.const 130
    i32.const 22
    call $~lib/builtins/abort
    unreachable
   end
   local.get $this
   local.get $index
   i32.const 1
   i32.add
   i32.const 2
   i32.const 1
   call $~lib/array/ensureCapacity
   local.get $this
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $index
   i32.const 1
   i32.add
   call $~lib/array/Array<~lib/string/String>#set:length_
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/string/String>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  i32.const 1
  drop
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $tests/behaviour/cases/Case#expectsResponse (param $this i32) (param $values i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $values
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:expectResponse
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#withResponse (param $this i32) (param $headers i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $headers
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:response
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#withRootId (param $this i32) (param $rootId i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $rootId
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:rootId
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/Case#refused (param $this i32) (param $error i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  i32.const 0
  call $tests/behaviour/cases/Case#set:accepted
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $error
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $tests/behaviour/cases/Case#set:error
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/cases/refuses (param $name i32) (param $config i32) (param $error i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  i32.const 0
  local.get $name
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $tests/behaviour/cases/Case#constructor
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  local.get $config
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  call $tests/behaviour/cases/Case#withConfig
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $error
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  call $tests/behaviour/cases/Case#refused
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:length_
  i32.ge_u
  if
   local.get $index
   i32.const 0
   i32.lt_s
   if
    i32.const 224
    i32.const 6480
    i32.const 130
    i32.const 22
    call $~lib/builtins/abort
    unreachable
   end
   local.get $this
   local.get $index
   i32.const 1
   i32.add
   i32.const 2
   i32.const 1
   call $~lib/array/ensureCapacity
   local.get $this
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $index
   i32.const 1
   i32.add
   call $~lib/array/Array<tests/behaviour/cases/Case>#set:length_
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  i32.const 1
  drop
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $tests/behaviour/cases/behaviourCases (result i32)
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 i32)
  (local $68 i32)
  (local $69 i32)
  (local $70 i32)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 i32)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 i32)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $cases i32)
  (local $103 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 80
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 80
  memory.fill
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/memory/__stack_pointer
  i32.const 72
  i32.const 2
  i32.const 29
  i32.const 0
  call $~lib/rt/__newArray
  local.tee $0
  i32.store
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.load offset=4
  local.tee $1
  i32.store offset=4
  local.get $0
  i32.const 0
  i32.const 2576
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2320
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 2800
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 2832
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 1
  i32.const 2880
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 3008
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 2832
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 2
  i32.const 3040
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 3152
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 3184
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 3
  i32.const 3216
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 3296
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 3520
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 4
  i32.const 3552
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 6
  i32.const 2
  i32.const 20
  i32.const 3856
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 3904
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 5
  i32.const 3936
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 4048
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 4224
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 4256
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 6
  i32.const 4304
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 4400
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 4560
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#checking
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 4656
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 7
  i32.const 4688
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 4800
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 4944
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1104
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#checking
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 4976
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 8
  i32.const 5008
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 4800
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 5088
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#checking
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 5136
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 9
  i32.const 5168
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 5264
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 5424
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#checking
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 5520
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 10
  i32.const 5552
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 5648
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 5760
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 11
  i32.const 5792
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 5856
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 6000
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 12
  i32.const 6032
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 6112
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 6240
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 13
  i32.const 6272
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 6336
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 5488
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=40
  local.get $103
  i32.const 8192
  call $~lib/string/String#repeat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $~lib/string/String.__concat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 6448
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $~lib/string/String.__concat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 0
  call $~lib/rt/__newArray
  local.tee $32
  i32.store offset=44
  global.get $~lib/memory/__stack_pointer
  local.get $32
  i32.load offset=4
  local.tee $33
  i32.store offset=48
  local.get $32
  i32.const 0
  i32.const 5488
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 8192
  call $~lib/string/String#repeat
  call $~lib/array/Array<~lib/string/String>#__set
  local.get $32
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 14
  i32.const 6528
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 6624
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 6752
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 6784
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 6816
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 15
  i32.const 6864
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 7008
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 7136
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 7168
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 6816
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 16
  i32.const 7200
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 7392
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 7584
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 7648
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 7680
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 17
  i32.const 7728
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 7904
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 8032
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 8064
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 8096
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 18
  i32.const 8144
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 6
  i32.const 2
  i32.const 20
  i32.const 8416
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 8464
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 6816
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 19
  i32.const 8496
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 8624
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 4
  i32.const 2
  i32.const 20
  i32.const 8752
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 8800
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 20
  i32.const 8832
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 8928
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 8960
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 8096
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 21
  i32.const 8992
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 9120
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 9248
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 9312
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 7680
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#counting
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 22
  i32.const 9344
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 9120
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 9520
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 9552
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 23
  i32.const 9584
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 9120
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  global.get $~lib/memory/__stack_pointer
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 0
  call $~lib/rt/__newArray
  local.tee $70
  i32.store offset=52
  global.get $~lib/memory/__stack_pointer
  local.get $70
  i32.load offset=4
  local.tee $71
  i32.store offset=56
  local.get $70
  i32.const 0
  i32.const 1104
  call $~lib/array/Array<~lib/string/String>#__set
  local.get $70
  i32.const 1
  i32.const 9696
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 8193
  call $~lib/string/String#repeat
  call $~lib/array/Array<~lib/string/String>#__set
  local.get $70
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 9728
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 24
  i32.const 9760
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  global.get $~lib/memory/__stack_pointer
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 0
  call $~lib/rt/__newArray
  local.tee $74
  i32.store offset=60
  global.get $~lib/memory/__stack_pointer
  local.get $74
  i32.load offset=4
  local.tee $75
  i32.store offset=64
  local.get $74
  i32.const 0
  i32.const 1104
  call $~lib/array/Array<~lib/string/String>#__set
  local.get $74
  i32.const 1
  i32.const 9872
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 8192
  call $~lib/string/String#repeat
  call $~lib/array/Array<~lib/string/String>#__set
  local.get $74
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  global.get $~lib/memory/__stack_pointer
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 0
  call $~lib/rt/__newArray
  local.tee $76
  i32.store offset=68
  global.get $~lib/memory/__stack_pointer
  local.get $76
  i32.load offset=4
  local.tee $77
  i32.store offset=72
  local.get $76
  i32.const 0
  i32.const 9872
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 8192
  call $~lib/string/String#repeat
  call $~lib/array/Array<~lib/string/String>#__set
  local.get $76
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 25
  i32.const 9904
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 9968
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 10048
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsResponse
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 26
  i32.const 10080
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 10192
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 10272
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 10304
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsResponse
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 27
  i32.const 10336
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 10192
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 10496
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 10528
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 10560
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsResponse
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 28
  i32.const 10592
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  i32.const 10704
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 4
  i32.const 2
  i32.const 20
  i32.const 10928
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/Case#withResponse
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 11008
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 11040
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsResponse
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 29
  i32.const 11072
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 11200
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 11328
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withResponse
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 11360
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsResponse
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 30
  i32.const 11392
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  call $tests/behaviour/cases/accepts
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 2192
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  call $tests/behaviour/cases/Case#withRootId
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 1
  i32.const 2
  i32.const 20
  i32.const 11488
  call $~lib/rt/__newArray
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#expectsRequest
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 31
  i32.const 11520
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  i32.const 2976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  i32.const 11600
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  call $tests/behaviour/cases/refuses
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 11728
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  call $tests/behaviour/cases/Case#withRootId
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 32
  i32.const 11760
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 11808
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 11840
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 33
  i32.const 11952
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 12000
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 12064
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 34
  i32.const 12112
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 12160
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 12240
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 35
  i32.const 12336
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 12416
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 12448
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 36
  i32.const 12608
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 12656
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 12688
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 37
  i32.const 12784
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 12832
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 12880
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 38
  i32.const 12976
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 13024
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 13056
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 39
  i32.const 13152
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 13200
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 13280
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 40
  i32.const 13360
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 13424
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 13504
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 41
  i32.const 13568
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 13632
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 13712
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 42
  i32.const 13952
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 14016
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 14096
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 43
  i32.const 14176
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 14240
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 14368
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 44
  i32.const 14480
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 14560
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 14640
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 45
  i32.const 14768
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 14864
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 14960
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 46
  i32.const 15088
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 15152
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 15232
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 47
  i32.const 15328
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 15408
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 15504
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 48
  i32.const 15712
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 15792
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 15872
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 49
  i32.const 15952
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16032
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 15872
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 50
  i32.const 16112
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16176
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16256
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 51
  i32.const 608
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16368
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16448
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 52
  i32.const 640
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16576
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 53
  i32.const 688
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16752
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 54
  i32.const 752
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16864
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 55
  i32.const 800
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 16960
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 56
  i32.const 832
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 17040
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 57
  i32.const 880
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 17120
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 58
  i32.const 928
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 17216
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 16672
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 59
  i32.const 17328
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 17408
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  i32.const 9696
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  i32.const 257
  call $~lib/string/String#repeat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  call $~lib/string/String.__concat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  i32.const 6448
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  call $~lib/string/String.__concat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 17472
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 60
  i32.const 17584
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 17664
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 17728
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 61
  i32.const 17840
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 17920
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 18000
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 62
  i32.const 18128
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 18176
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 18240
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 63
  i32.const 18336
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 18400
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 18496
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 64
  i32.const 18688
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 18752
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 18832
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 65
  i32.const 18944
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 19008
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 19088
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 66
  i32.const 19184
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 19264
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 19344
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 67
  i32.const 19472
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 19552
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 19632
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 68
  i32.const 19712
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 6336
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=28
  local.get $103
  i32.const 5488
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=36
  local.get $103
  i32.const 8193
  call $~lib/string/String#repeat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=32
  local.get $103
  call $~lib/string/String.__concat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=20
  local.get $103
  i32.const 6448
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=24
  local.get $103
  call $~lib/string/String.__concat
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 19776
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 69
  i32.const 19920
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 20000
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 20080
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 70
  i32.const 20208
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 20304
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 20384
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  i32.const 71
  i32.const 20480
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=8
  local.get $103
  i32.const 20560
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=12
  local.get $103
  i32.const 20624
  local.set $103
  global.get $~lib/memory/__stack_pointer
  local.get $103
  i32.store offset=16
  local.get $103
  call $tests/behaviour/cases/refuses
  call $~lib/array/Array<tests/behaviour/cases/Case>#__set
  local.get $0
  local.tee $cases
  i32.store offset=76
  local.get $cases
  local.set $103
  global.get $~lib/memory/__stack_pointer
  i32.const 80
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $103
  return
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:length_
  i32.ge_u
  if
   i32.const 224
   i32.const 6480
   i32.const 114
   i32.const 42
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $value
  i32.store offset=4
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  local.get $value
  i32.eqz
  if
   i32.const 20816
   i32.const 6480
   i32.const 118
   i32.const 40
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/string/String.UTF8.encode (param $str i32) (param $nullTerminated i32) (param $errorMode i32) (result i32)
  (local $buf i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $str
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $nullTerminated
  call $~lib/string/String.UTF8.byteLength
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buf
  i32.store offset=4
  local.get $str
  local.get $str
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/string/String#get:length
  local.get $buf
  local.get $nullTerminated
  local.get $errorMode
  call $~lib/string/String.UTF8.encodeUnsafe
  drop
  local.get $buf
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/string/String.UTF8.encode@varargs (param $str i32) (param $nullTerminated i32) (param $errorMode i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  block $2of2
   block $1of2
    block $0of2
     block $outOfRange
      global.get $~argumentsLength
      i32.const 1
      i32.sub
      br_table $0of2 $1of2 $2of2 $outOfRange
     end
     unreachable
    end
    i32.const 0
    local.set $nullTerminated
   end
   i32.const 0
   local.set $errorMode
  end
  local.get $str
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $nullTerminated
  local.get $errorMode
  call $~lib/string/String.UTF8.encode
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $tests/unit/mock/setRootId (param $id i32)
  (local $b i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $id
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.tee $b
  i32.store offset=4
  local.get $b
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  call $tests/unit/mock/set_root_id
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $tests/unit/mock/setConfig (param $config i32) (result i32)
  (local $b i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $config
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.tee $b
  i32.store offset=4
  local.get $b
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  call $tests/unit/mock/set_config
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#find" (param $this i32) (param $key i32) (param $hashCode i32) (result i32)
  (local $entry i32)
  (local $taggedNext i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:buckets"
  local.get $hashCode
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:bucketsMask"
  i32.and
  i32.const 4
  i32.mul
  i32.add
  i32.load
  local.set $entry
  loop $while-continue|0
   local.get $entry
   if
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:taggedNext"
    local.set $taggedNext
    local.get $taggedNext
    i32.const 1
    i32.and
    i32.eqz
    if (result i32)
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:key"
     local.get $key
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $entry
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $taggedNext
    i32.const 1
    i32.const -1
    i32.xor
    i32.and
    local.set $entry
    br $while-continue|0
   end
  end
  i32.const 0
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#has" (param $this i32) (param $key i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<u32>
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#find"
  i32.const 0
  i32.ne
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<u32>
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 21008
   i32.const 21072
   i32.const 105
   i32.const 17
   call $~lib/builtins/abort
   unreachable
  end
  local.get $entry
  call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:value"
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext (param $context_id i32) (result i32)
  (local $ctx i32)
  (local $2 i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#has"
  i32.eqz
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get"
  local.tee $ctx
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  local.get $ctx
  local.tee $2
  i32.store offset=8
  local.get $2
  i32.eqz
  if (result i32)
   i32.const 0
  else
   local.get $2
   call $~instanceof|~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext
  end
  if (result i32)
   local.get $ctx
  else
   i32.const 0
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/arraybuffer/ArrayBuffer#slice (param $this i32) (param $begin i32) (param $end i32) (result i32)
  (local $length i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $outSize i32)
  (local $out i32)
  (local $16 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $16
  global.get $~lib/memory/__stack_pointer
  local.get $16
  i32.store
  local.get $16
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.set $length
  local.get $begin
  i32.const 0
  i32.lt_s
  if (result i32)
   local.get $length
   local.get $begin
   i32.add
   local.tee $4
   i32.const 0
   local.tee $5
   local.get $4
   local.get $5
   i32.gt_s
   select
  else
   local.get $begin
   local.tee $6
   local.get $length
   local.tee $7
   local.get $6
   local.get $7
   i32.lt_s
   select
  end
  local.set $begin
  local.get $end
  i32.const 0
  i32.lt_s
  if (result i32)
   local.get $length
   local.get $end
   i32.add
   local.tee $8
   i32.const 0
   local.tee $9
   local.get $8
   local.get $9
   i32.gt_s
   select
  else
   local.get $end
   local.tee $10
   local.get $length
   local.tee $11
   local.get $10
   local.get $11
   i32.lt_s
   select
  end
  local.set $end
  local.get $end
  local.get $begin
  i32.sub
  local.tee $12
  i32.const 0
  local.tee $13
  local.get $12
  local.get $13
  i32.gt_s
  select
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store offset=4
  local.get $out
  local.get $this
  local.get $begin
  i32.add
  local.get $outSize
  memory.copy
  local.get $out
  local.set $16
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $16
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#toArrayBuffer (param $this i32) (result i32)
  (local $buffer i32)
  (local $size i32)
  (local $array i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#get:buffer
  local.set $buffer
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#get:size
  local.set $size
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#set:buffer
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#set:size
  local.get $buffer
  i32.const 0
  i32.eq
  if
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $buffer
  call $~lib/@solo-io/proxy-runtime/assembly/malloc/free
  global.get $~lib/memory/__stack_pointer
  local.get $buffer
  local.tee $array
  i32.store offset=4
  local.get $array
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.get $size
  i32.ne
  if
   local.get $array
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   i32.const 0
   local.get $size
   call $~lib/arraybuffer/ArrayBuffer#slice
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $array
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/get_property (param $path i32) (result i32)
  (local $buffer i32)
  (local $result i32)
  (local $value i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $path
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.tee $buffer
  i32.store offset=4
  local.get $buffer
  local.get $buffer
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#bufferPtr
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#sizePtr
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_property
  local.set $result
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#toArrayBuffer
  local.tee $value
  i32.store offset=8
  local.get $result
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.eq
  if (result i32)
   local.get $value
  else
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
  end
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/string/String.UTF8.decode (param $buf i32) (param $nullTerminated i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $buf
  local.get $buf
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.get $nullTerminated
  call $~lib/string/String.UTF8.decodeUnsafe
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/get_plugin_root_id (result i32)
  (local $root_id i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 21120
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_property
  local.tee $root_id
  i32.store offset=4
  local.get $root_id
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  i32.const 0
  i32.eq
  if
   i32.const 2320
   local.set $1
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $1
   return
  end
  local.get $root_id
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 0
  call $~lib/string/String.UTF8.decode
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#has" (param $this i32) (param $key i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $key
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $key
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $~lib/util/hash/HASH<~lib/string/String>
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#find"
  i32.const 0
  i32.ne
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/array/Array<~lib/string/String>#constructor (param $this i32) (param $length i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $bufferSize i32)
  (local $buffer i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.const 20
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/string/String>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/string/String>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/string/String>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/string/String>#set:length_
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 6480
   i32.const 70
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  local.tee $2
  i32.const 8
  local.tee $3
  local.get $2
  local.get $3
  i32.gt_u
  select
  i32.const 2
  i32.shl
  local.set $bufferSize
  global.get $~lib/memory/__stack_pointer
  local.get $bufferSize
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store offset=8
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=12
  local.get $6
  call $~lib/array/Array<~lib/string/String>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  call $~lib/array/Array<~lib/string/String>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $bufferSize
  call $~lib/array/Array<~lib/string/String>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $length
  call $~lib/array/Array<~lib/string/String>#set:length_
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
 )
 (func $~lib/array/Array<~lib/string/String>#set:length (param $this i32) (param $newLength i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.get $newLength
  i32.const 2
  i32.const 0
  call $~lib/array/ensureCapacity
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $newLength
  call $~lib/array/Array<~lib/string/String>#set:length_
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#keys" (param $this i32) (result i32)
  (local $start i32)
  (local $size i32)
  (local $keys i32)
  (local $length i32)
  (local $i i32)
  (local $entry i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entries"
  local.set $start
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesOffset"
  local.set $size
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $size
  call $~lib/array/Array<~lib/string/String>#constructor
  local.tee $keys
  i32.store offset=4
  i32.const 0
  local.set $length
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $size
   i32.lt_s
   if
    local.get $start
    local.get $i
    block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.6" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.6"
    end
    i32.mul
    i32.add
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $keys
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store
     local.get $8
     local.get $length
     local.tee $7
     i32.const 1
     i32.add
     local.set $length
     local.get $7
     local.get $entry
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:key"
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=8
     local.get $8
     call $~lib/array/Array<~lib/string/String>#__set
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $keys
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $length
  call $~lib/array/Array<~lib/string/String>#set:length
  local.get $keys
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $~lib/util/string/joinStringArray (param $dataStart i32) (param $length i32) (param $separator i32) (result i32)
  (local $lastIndex i32)
  (local $4 i32)
  (local $estLen i32)
  (local $value i32)
  (local $i i32)
  (local $offset i32)
  (local $sepLen i32)
  (local $result i32)
  (local $i|11 i32)
  (local $valueLen i32)
  (local $13 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $length
  i32.const 1
  i32.sub
  local.set $lastIndex
  local.get $lastIndex
  i32.const 0
  i32.lt_s
  if
   i32.const 2320
   local.set $13
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $13
   return
  end
  local.get $lastIndex
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   local.get $dataStart
   i32.load
   local.tee $4
   i32.store
   local.get $4
   if (result i32)
    local.get $4
   else
    i32.const 2320
   end
   local.set $13
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $13
   return
  end
  i32.const 0
  local.set $estLen
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $length
   i32.lt_s
   if
    global.get $~lib/memory/__stack_pointer
    local.get $dataStart
    local.get $i
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $value
    i32.store offset=4
    local.get $value
    i32.const 0
    i32.ne
    if
     local.get $estLen
     local.get $value
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store offset=8
     local.get $13
     call $~lib/string/String#get:length
     i32.add
     local.set $estLen
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  i32.const 0
  local.set $offset
  local.get $separator
  local.set $13
  global.get $~lib/memory/__stack_pointer
  local.get $13
  i32.store offset=8
  local.get $13
  call $~lib/string/String#get:length
  local.set $sepLen
  global.get $~lib/memory/__stack_pointer
  local.get $estLen
  local.get $sepLen
  local.get $lastIndex
  i32.mul
  i32.add
  i32.const 1
  i32.shl
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $result
  i32.store offset=12
  i32.const 0
  local.set $i|11
  loop $for-loop|1
   local.get $i|11
   local.get $lastIndex
   i32.lt_s
   if
    global.get $~lib/memory/__stack_pointer
    local.get $dataStart
    local.get $i|11
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.tee $value
    i32.store offset=4
    local.get $value
    i32.const 0
    i32.ne
    if
     local.get $value
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store offset=8
     local.get $13
     call $~lib/string/String#get:length
     local.set $valueLen
     local.get $result
     local.get $offset
     i32.const 1
     i32.shl
     i32.add
     local.get $value
     local.get $valueLen
     i32.const 1
     i32.shl
     memory.copy
     local.get $offset
     local.get $valueLen
     i32.add
     local.set $offset
    end
    local.get $sepLen
    if
     local.get $result
     local.get $offset
     i32.const 1
     i32.shl
     i32.add
     local.get $separator
     local.get $sepLen
     i32.const 1
     i32.shl
     memory.copy
     local.get $offset
     local.get $sepLen
     i32.add
     local.set $offset
    end
    local.get $i|11
    i32.const 1
    i32.add
    local.set $i|11
    br $for-loop|1
   end
  end
  global.get $~lib/memory/__stack_pointer
  local.get $dataStart
  local.get $lastIndex
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $value
  i32.store offset=4
  local.get $value
  i32.const 0
  i32.ne
  if
   local.get $result
   local.get $offset
   i32.const 1
   i32.shl
   i32.add
   local.get $value
   local.get $value
   local.set $13
   global.get $~lib/memory/__stack_pointer
   local.get $13
   i32.store offset=8
   local.get $13
   call $~lib/string/String#get:length
   i32.const 1
   i32.shl
   memory.copy
  end
  local.get $result
  local.set $13
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $13
  return
 )
 (func $~lib/array/Array<~lib/string/String>#join (param $this i32) (param $separator i32) (result i32)
  (local $ptr i32)
  (local $len i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<~lib/string/String>#get:dataStart
  local.set $ptr
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<~lib/string/String>#get:length_
  local.set $len
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  i32.const 1
  i32.lt_s
  drop
  i32.const 1
  drop
  local.get $ptr
  local.get $len
  local.get $separator
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/util/string/joinStringArray
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/log (param $level i32) (param $logMessage i32)
  (local $buffer i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $logMessage
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.tee $buffer
  i32.store offset=4
  local.get $level
  local.get $buffer
  local.get $buffer
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_log
  drop
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $key
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $key
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/util/hash/HASH<~lib/string/String>
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 21008
   i32.const 21072
   i32.const 105
   i32.const 17
   call $~lib/builtins/abort
   unreachable
  end
  local.get $entry
  call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:value"
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#rehash" (param $this i32) (param $newBucketsMask i32)
  (local $newBucketsCapacity i32)
  (local $newBuckets i32)
  (local $newEntriesCapacity i32)
  (local $newEntries i32)
  (local $oldPtr i32)
  (local $oldEnd i32)
  (local $newPtr i32)
  (local $oldEntry i32)
  (local $newEntry i32)
  (local $oldEntryKey i32)
  (local $newBucketIndex i32)
  (local $newBucketPtrBase i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $newBucketsMask
  i32.const 1
  i32.add
  local.set $newBucketsCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newBucketsCapacity
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newBuckets
  i32.store
  local.get $newBucketsCapacity
  i32.const 8
  i32.mul
  i32.const 3
  i32.div_s
  local.set $newEntriesCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newEntriesCapacity
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.1" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.1"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newEntries
  i32.store offset=4
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entries"
  local.set $oldPtr
  local.get $oldPtr
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.2" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.2"
  end
  i32.mul
  i32.add
  local.set $oldEnd
  local.get $newEntries
  local.set $newPtr
  loop $while-continue|0
   local.get $oldPtr
   local.get $oldEnd
   i32.ne
   if
    local.get $oldPtr
    local.set $oldEntry
    local.get $oldEntry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $newPtr
     local.set $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:key"
     local.set $oldEntryKey
     local.get $newEntry
     local.get $oldEntryKey
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:key"
     local.get $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:value"
     local.set $14
     global.get $~lib/memory/__stack_pointer
     local.get $14
     i32.store offset=8
     local.get $14
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:value"
     local.get $oldEntryKey
     call $~lib/util/hash/HASH<u32>
     local.get $newBucketsMask
     i32.and
     local.set $newBucketIndex
     local.get $newBuckets
     local.get $newBucketIndex
     i32.const 4
     i32.mul
     i32.add
     local.set $newBucketPtrBase
     local.get $newEntry
     local.get $newBucketPtrBase
     i32.load
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:taggedNext"
     local.get $newBucketPtrBase
     local.get $newPtr
     i32.store
     local.get $newPtr
     block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.3" (result i32)
      i32.const 12
      br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.3"
     end
     i32.add
     local.set $newPtr
    end
    local.get $oldPtr
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.4" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.4"
    end
    i32.add
    local.set $oldPtr
    br $while-continue|0
   end
  end
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBuckets
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:buckets"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBucketsMask
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:bucketsMask"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntries
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entries"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntriesCapacity
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCapacity"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount"
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesOffset"
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set" (param $this i32) (param $key i32) (param $value i32) (result i32)
  (local $hashCode i32)
  (local $entry i32)
  (local $entries i32)
  (local $6 i32)
  (local $bucketPtrBase i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $key
  call $~lib/util/hash/HASH<u32>
  local.set $hashCode
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $key
  local.get $hashCode
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#find"
  local.set $entry
  local.get $entry
  if
   local.get $entry
   local.get $value
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:value"
   i32.const 1
   drop
   local.get $this
   local.get $value
   i32.const 1
   call $~lib/rt/itcms/__link
  else
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesOffset"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCapacity"
   i32.eq
   if
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount"
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCapacity"
    i32.const 3
    i32.mul
    i32.const 4
    i32.div_s
    i32.lt_s
    if (result i32)
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:bucketsMask"
    else
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:bucketsMask"
     i32.const 1
     i32.shl
     i32.const 1
     i32.or
    end
    call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#rehash"
   end
   global.get $~lib/memory/__stack_pointer
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entries"
   local.tee $entries
   i32.store offset=8
   local.get $entries
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesOffset"
   local.tee $6
   i32.const 1
   i32.add
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesOffset"
   local.get $6
   block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.5" (result i32)
    i32.const 12
    br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.5"
   end
   i32.mul
   i32.add
   local.set $entry
   local.get $entry
   local.get $key
   call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:key"
   i32.const 0
   drop
   local.get $entry
   local.get $value
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:value"
   i32.const 1
   drop
   local.get $this
   local.get $value
   i32.const 1
   call $~lib/rt/itcms/__link
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount"
   i32.const 1
   i32.add
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCount"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:buckets"
   local.get $hashCode
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:bucketsMask"
   i32.and
   i32.const 4
   i32.mul
   i32.add
   local.set $bucketPtrBase
   local.get $entry
   local.get $bucketPtrBase
   i32.load
   call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:taggedNext"
   local.get $bucketPtrBase
   local.get $entry
   i32.store
  end
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ensureRootContext (param $root_context_id i32) (result i32)
  (local $root_id i32)
  (local $root_context_func i32)
  (local $root_context i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 48
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 48
  memory.fill
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $root_context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#has"
  if
   local.get $root_context_id
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 48
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  global.get $~lib/memory/__stack_pointer
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_plugin_root_id
  local.tee $root_id
  i32.store offset=4
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $root_id
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#has"
  i32.eqz
  if
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
   i32.const 21232
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=32
   local.get $4
   local.get $root_id
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=36
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=24
   local.get $4
   i32.const 21344
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=28
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=16
   local.get $4
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=32
   local.get $4
   call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#keys"
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=24
   local.get $4
   i32.const 21408
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=28
   local.get $4
   call $~lib/array/Array<~lib/string/String>#join
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=20
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=8
   local.get $4
   i32.const 21440
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=12
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 48
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/root_context_factory_map
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $root_id
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get"
  local.tee $root_context_func
  i32.store offset=40
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  i32.const 1
  global.set $~argumentsLength
  local.get $root_context_func
  i32.load
  call_indirect (type $0)
  local.tee $root_context
  i32.store offset=44
  local.get $root_context
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#set:context_id
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $root_context_id
  local.get $root_context
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set"
  drop
  local.get $root_context
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 48
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#constructor (param $this i32) (param $context_id_ i32) (param $root_context i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 16
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#set:root_context
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $context_id_
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $root_context
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#set:root_context
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#createContext (param $this i32) (param $context_id i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.error
  i32.const 21472
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  i32.const 0
  local.get $context_id
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#constructor
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/ensureContext (param $context_id i32) (param $root_context_id i32)
  (local $root_context i32)
  (local $context i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ensureRootContext
  local.tee $root_context
  i32.store
  local.get $root_context
  i32.const 0
  i32.eq
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#has"
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $root_context
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#createContext@override
  local.tee $context
  i32.store offset=8
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $context_id
  local.get $context
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set"
  drop
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_vm_start (param $root_context_id i32) (param $configuration_size i32) (result i32)
  (local $root_context i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $root_context
  i32.store
  local.get $root_context
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $root_context
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $configuration_size
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onStart
  if (result i32)
   i32.const 1
  else
   i32.const 0
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/CHECK_RESULT (param $c i32) (param $call i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  local.get $c
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.ne
  if
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
   local.get $call
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=12
   local.get $2
   i32.const 21712
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=16
   local.get $2
   call $~lib/string/String.__concat
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   local.get $c
   i32.const 10
   call $~lib/number/U32#toString
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=8
   local.get $2
   call $~lib/string/String.__concat
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store
   local.get $2
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  end
  local.get $c
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/get_configuration_bytes (param $configuration_size i32) (result i32)
  (local $result i32)
  (local $bytes i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $configuration_size
  i32.const 0
  i32.eq
  if
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/BufferTypeValues.PluginConfiguration
  i32.const 0
  local.get $configuration_size
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#bufferPtr
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#sizePtr
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_buffer_bytes
  local.set $result
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#toArrayBuffer
  local.tee $bytes
  i32.store offset=4
  local.get $result
  i32.const 21600
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/CHECK_RESULT
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.eq
  if (result i32)
   local.get $bytes
  else
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onConfigure (param $this i32) (param $configuration_size i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $configuration_size
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_configuration_bytes
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  i32.const 0
  call $~lib/string/String.UTF8.decode
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#set:configuration_
  i32.const 1
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_configure (param $root_context_id i32) (param $configuration_size i32) (result i32)
  (local $root_context i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $root_context
  i32.store
  local.get $root_context
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $root_context
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $configuration_size
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onConfigure@override
  if (result i32)
   i32.const 1
  else
   i32.const 0
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $tests/unit/behaviour.spec/startRoot (param $rootId i32) (param $config i32) (result i32)
  (local $size i32)
  (local $3 i32)
  (local $root i32)
  (local $configured i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  call $tests/unit/mock/reset
  local.get $rootId
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $tests/unit/mock/setRootId
  local.get $config
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $tests/unit/mock/setConfig
  local.set $size
  global.get $tests/unit/behaviour.spec/nextContextId
  local.tee $3
  i32.const 1
  i32.add
  global.set $tests/unit/behaviour.spec/nextContextId
  local.get $3
  local.set $root
  local.get $root
  i32.const 0
  global.get $tests/unit/mock/PHASE_IDLE
  call $tests/unit/mock/enter
  local.get $root
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_context_create
  local.get $root
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_vm_start
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $6
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $6
   return
  end
  i32.const 1
  call $tests/unit/mock/setConfiguring
  local.get $root
  local.get $size
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_configure
  local.set $configured
  i32.const 0
  call $tests/unit/mock/setConfiguring
  local.get $configured
  i32.const 0
  i32.ne
  if (result i32)
   local.get $root
  else
   i32.const 0
  end
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#constructor (param $this i32) (param $actual i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 5
   i32.const 31
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:_not
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedValue i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  i32.const 0
  i32.const 3
  i32.eq
  drop
  i32.const 0
  i32.const 1
  i32.const 9
  i32.const 23600
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  i32.const 0
  i32.ne
  f64.convert_i32_u
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<usize,i32>#constructor" (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 24
   i32.const 32
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<usize,i32>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<usize,i32>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.0" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.0"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $"~lib/map/Map<usize,i32>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 4
  call $"~lib/map/Map<usize,i32>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<usize,i32>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $"~lib/map/Map<usize,i32>#set:entriesCount"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<bool>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#toBe (param $this i32) (param $expected i32) (param $message i32)
  (local $actual i32)
  (local $equals i32)
  (local $negated i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:actual
  local.set $actual
  i32.const 0
  local.set $equals
  i32.const 0
  drop
  local.get $actual
  i32.const 0
  i32.ne
  local.get $expected
  i32.const 0
  i32.ne
  i32.eq
  local.set $equals
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#get:_not
  local.set $negated
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<bool>
  i32.const 0
  drop
  local.get $expected
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<bool>
  local.get $equals
  local.get $negated
  i32.xor
  local.get $message
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/string/String#indexOf (param $this i32) (param $search i32) (param $start i32) (result i32)
  (local $searchLen i32)
  (local $len i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $searchStart i32)
  (local $10 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $search
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $~lib/string/String#get:length
  local.set $searchLen
  local.get $searchLen
  i32.eqz
  if
   i32.const 0
   local.set $10
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $10
   return
  end
  local.get $this
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $~lib/string/String#get:length
  local.set $len
  local.get $len
  i32.eqz
  if
   i32.const -1
   local.set $10
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $10
   return
  end
  local.get $start
  local.tee $5
  i32.const 0
  local.tee $6
  local.get $5
  local.get $6
  i32.gt_s
  select
  local.tee $7
  local.get $len
  local.tee $8
  local.get $7
  local.get $8
  i32.lt_s
  select
  local.set $searchStart
  local.get $len
  local.get $searchLen
  i32.sub
  local.set $len
  loop $for-loop|0
   local.get $searchStart
   local.get $len
   i32.le_s
   if
    local.get $this
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store
    local.get $10
    local.get $searchStart
    local.get $search
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store offset=4
    local.get $10
    i32.const 0
    local.get $searchLen
    call $~lib/util/string/compareImpl
    i32.eqz
    if
     local.get $searchStart
     local.set $10
     global.get $~lib/memory/__stack_pointer
     i32.const 8
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $10
     return
    end
    local.get $searchStart
    i32.const 1
    i32.add
    local.set $searchStart
    br $for-loop|0
   end
  end
  i32.const -1
  local.set $10
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $10
  return
 )
 (func $~lib/string/String#includes (param $this i32) (param $search i32) (param $start i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $search
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $start
  call $~lib/string/String#indexOf
  i32.const -1
  i32.ne
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#constructor (param $this i32) (param $actual i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 33
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#set:_not
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedValue i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  i32.const 2
  i32.const 3
  i32.eq
  drop
  i32.const 1
  i32.const 4
  i32.const 7
  i32.const 23984
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  f64.convert_i32_s
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedNumber
  local.set $reflectedValue
  local.get $reflectedValue
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<i32>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#toBe (param $this i32) (param $expected i32) (param $message i32)
  (local $actual i32)
  (local $equals i32)
  (local $negated i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#get:actual
  local.set $actual
  i32.const 0
  local.set $equals
  i32.const 0
  drop
  local.get $actual
  local.get $expected
  i32.eq
  local.set $equals
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#get:_not
  local.set $negated
  local.get $actual
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<i32>
  i32.const 0
  drop
  local.get $expected
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<i32>
  local.get $equals
  local.get $negated
  i32.xor
  local.get $message
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/string/String>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<~lib/string/String>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<~lib/string/String>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/string/String>#get:length_
  i32.ge_u
  if
   i32.const 224
   i32.const 6480
   i32.const 114
   i32.const 42
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/string/String>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $value
  i32.store offset=4
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  local.get $value
  i32.eqz
  if
   i32.const 20816
   i32.const 6480
   i32.const 118
   i32.const 40
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/add_header_map_value (param $typ i32) (param $key i32) (param $value i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $typ
  local.get $key
  local.get $key
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.get $value
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_add_header_map_value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $tests/unit/behaviour.spec/addHeaders (param $map i32) (param $pairs i32)
  (local $i i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   i32.const 1
   i32.add
   local.get $pairs
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.lt_s
   if
    local.get $map
    local.get $pairs
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=12
    local.get $3
    local.get $i
    call $~lib/array/Array<~lib/string/String>#__get
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=8
    local.get $3
    i32.const 0
    i32.const 1
    global.set $~argumentsLength
    i32.const 0
    call $~lib/string/String.UTF8.encode@varargs
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store
    local.get $3
    local.get $pairs
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=12
    local.get $3
    local.get $i
    i32.const 1
    i32.add
    call $~lib/array/Array<~lib/string/String>#__get
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=8
    local.get $3
    i32.const 0
    i32.const 1
    global.set $~argumentsLength
    i32.const 0
    call $~lib/string/String.UTF8.encode@varargs
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=4
    local.get $3
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/add_header_map_value
    drop
    local.get $i
    i32.const 2
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext (param $context_id i32) (result i32)
  (local $ctx i32)
  (local $2 i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#has"
  i32.eqz
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get"
  local.tee $ctx
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  local.get $ctx
  local.tee $2
  i32.store offset=8
  local.get $2
  i32.eqz
  if (result i32)
   i32.const 0
  else
   local.get $2
   call $~instanceof|~lib/@solo-io/proxy-runtime/assembly/runtime/Context
  end
  if (result i32)
   local.get $ctx
  else
   i32.const 0
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_headers (param $context_id i32) (param $headers i32) (param $end_of_stream i32) (result i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $ctx
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $headers
  local.get $end_of_stream
  i32.const 0
  i32.ne
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestHeaders@override
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/get_header_map_flat_pairs (param $typ i32) (result i32)
  (local $result i32)
  (local $pairs i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $typ
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#bufferPtr
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#sizePtr
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_header_map_pairs
  local.set $result
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalArrayBufferReference
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/ArrayBufferReference#toArrayBuffer
  local.tee $pairs
  i32.store offset=4
  local.get $result
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.eq
  if (result i32)
   local.get $pairs
  else
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/typedarray/Uint32Array.wrap (param $buffer i32) (param $byteOffset i32) (param $length i32) (result i32)
  (local $buffer|3 i32)
  (local $byteOffset|4 i32)
  (local $len i32)
  (local $byteLength i32)
  (local $bufferByteLength i32)
  (local $out i32)
  (local $9 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  block $"~lib/typedarray/WRAP<~lib/typedarray/Uint32Array,u32>|inlined.0" (result i32)
   global.get $~lib/memory/__stack_pointer
   local.get $buffer
   local.tee $buffer|3
   i32.store
   local.get $byteOffset
   local.set $byteOffset|4
   local.get $length
   local.set $len
   local.get $buffer|3
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=4
   local.get $9
   call $~lib/arraybuffer/ArrayBuffer#get:byteLength
   local.set $bufferByteLength
   local.get $byteOffset|4
   local.get $bufferByteLength
   i32.gt_u
   local.get $byteOffset|4
   i32.const 3
   i32.and
   i32.or
   if
    i32.const 224
    i32.const 24048
    i32.const 1860
    i32.const 5
    call $~lib/builtins/abort
    unreachable
   end
   local.get $len
   i32.const 0
   i32.lt_s
   if
    local.get $len
    i32.const -1
    i32.eq
    if
     local.get $bufferByteLength
     i32.const 3
     i32.and
     if
      i32.const 432
      i32.const 24048
      i32.const 1865
      i32.const 9
      call $~lib/builtins/abort
      unreachable
     end
     local.get $bufferByteLength
     local.get $byteOffset|4
     i32.sub
     local.set $byteLength
    else
     i32.const 432
     i32.const 24048
     i32.const 1869
     i32.const 7
     call $~lib/builtins/abort
     unreachable
    end
   else
    local.get $len
    i32.const 2
    i32.shl
    local.set $byteLength
    local.get $byteOffset|4
    local.get $byteLength
    i32.add
    local.get $bufferByteLength
    i32.gt_s
    if
     i32.const 432
     i32.const 24048
     i32.const 1874
     i32.const 7
     call $~lib/builtins/abort
     unreachable
    end
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.const 36
   call $~lib/rt/itcms/__new
   local.tee $out
   i32.store offset=8
   local.get $out
   local.get $buffer|3
   i32.store
   local.get $out
   local.get $buffer|3
   i32.const 0
   call $~lib/rt/itcms/__link
   local.get $out
   local.get $byteLength
   i32.store offset=8
   local.get $out
   local.get $buffer|3
   local.get $byteOffset|4
   i32.add
   i32.store offset=4
   local.get $out
   br $"~lib/typedarray/WRAP<~lib/typedarray/Uint32Array,u32>|inlined.0"
  end
  local.set $9
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $9
  return
 )
 (func $~lib/typedarray/Uint32Array#__get (param $this i32) (param $index i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBufferView#get:byteLength
  i32.const 2
  i32.shr_u
  i32.ge_u
  if
   i32.const 224
   i32.const 24048
   i32.const 878
   i32.const 64
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBufferView#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#constructor (param $this i32) (param $header_key_data i32) (param $header_value_data i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 34
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#set:key
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#set:value
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $header_key_data
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#set:key
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $header_value_data
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#set:value
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#push (param $this i32) (param $value i32) (result i32)
  (local $oldLen i32)
  (local $len i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length_
  local.set $oldLen
  local.get $oldLen
  i32.const 1
  i32.add
  local.set $len
  local.get $this
  local.get $len
  i32.const 2
  i32.const 1
  call $~lib/array/ensureCapacity
  i32.const 1
  drop
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:dataStart
  local.get $oldLen
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $len
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#set:length_
  local.get $len
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/deserializeHeaders (param $headers i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $numheaders i32)
  (local $sizes i32)
  (local $data i32)
  (local $6 i32)
  (local $7 i32)
  (local $result i32)
  (local $sizeIndex i32)
  (local $dataIndex i32)
  (local $i i32)
  (local $keySize i32)
  (local $header_key_data i32)
  (local $valueSize i32)
  (local $header_value_data i32)
  (local $pair i32)
  (local $17 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  local.get $headers
  local.set $17
  global.get $~lib/memory/__stack_pointer
  local.get $17
  i32.store
  local.get $17
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  i32.const 0
  i32.eq
  if
   i32.const 0
   i32.const 2
   i32.const 35
   i32.const 24016
   call $~lib/rt/__newArray
   local.set $17
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $17
   return
  end
  local.get $headers
  local.set $17
  global.get $~lib/memory/__stack_pointer
  local.get $17
  i32.store offset=4
  local.get $17
  i32.const 0
  i32.const 1
  call $~lib/typedarray/Uint32Array.wrap
  local.set $17
  global.get $~lib/memory/__stack_pointer
  local.get $17
  i32.store
  local.get $17
  i32.const 0
  call $~lib/typedarray/Uint32Array#__get
  local.set $numheaders
  global.get $~lib/memory/__stack_pointer
  local.get $headers
  local.set $17
  global.get $~lib/memory/__stack_pointer
  local.get $17
  i32.store
  local.get $17
  i32.const 4
  i32.const 2
  local.get $numheaders
  i32.mul
  call $~lib/typedarray/Uint32Array.wrap
  local.tee $sizes
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $headers
  local.set $17
  global.get $~lib/memory/__stack_pointer
  local.get $17
  i32.store
  local.get $17
  i32.const 4
  i32.const 1
  i32.const 2
  local.get $numheaders
  i32.mul
  i32.add
  i32.mul
  i32.const 1073741820
  call $~lib/arraybuffer/ArrayBuffer#slice
  local.tee $data
  i32.store offset=12
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 2
  i32.const 35
  i32.const 24112
  call $~lib/rt/__newArray
  local.tee $result
  i32.store offset=16
  i32.const 0
  local.set $sizeIndex
  i32.const 0
  local.set $dataIndex
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $numheaders
   i32.lt_u
   if
    local.get $sizes
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store
    local.get $17
    local.get $sizeIndex
    call $~lib/typedarray/Uint32Array#__get
    local.set $keySize
    local.get $sizeIndex
    i32.const 1
    i32.add
    local.set $sizeIndex
    global.get $~lib/memory/__stack_pointer
    local.get $data
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store
    local.get $17
    local.get $dataIndex
    local.get $dataIndex
    local.get $keySize
    i32.add
    call $~lib/arraybuffer/ArrayBuffer#slice
    local.tee $header_key_data
    i32.store offset=20
    local.get $dataIndex
    local.get $keySize
    i32.const 1
    i32.add
    i32.add
    local.set $dataIndex
    local.get $sizes
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store
    local.get $17
    local.get $sizeIndex
    call $~lib/typedarray/Uint32Array#__get
    local.set $valueSize
    local.get $sizeIndex
    i32.const 1
    i32.add
    local.set $sizeIndex
    global.get $~lib/memory/__stack_pointer
    local.get $data
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store
    local.get $17
    local.get $dataIndex
    local.get $dataIndex
    local.get $valueSize
    i32.add
    call $~lib/arraybuffer/ArrayBuffer#slice
    local.tee $header_value_data
    i32.store offset=24
    local.get $dataIndex
    local.get $valueSize
    i32.const 1
    i32.add
    i32.add
    local.set $dataIndex
    global.get $~lib/memory/__stack_pointer
    i32.const 0
    local.get $header_key_data
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store
    local.get $17
    local.get $header_value_data
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store offset=4
    local.get $17
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#constructor
    local.tee $pair
    i32.store offset=28
    local.get $result
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store
    local.get $17
    local.get $pair
    local.set $17
    global.get $~lib/memory/__stack_pointer
    local.get $17
    i32.store offset=4
    local.get $17
    call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#push
    drop
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $result
  local.set $17
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $17
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/get_header_map_pairs (param $typ i32) (result i32)
  (local $pairs i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $typ
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_header_map_flat_pairs
  local.tee $pairs
  i32.store
  local.get $pairs
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/deserializeHeaders
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#get_headers (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#get:typ
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_header_map_pairs
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length_
  i32.ge_u
  if
   i32.const 224
   i32.const 6480
   i32.const 114
   i32.const 42
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $value
  i32.store offset=4
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  local.get $value
  i32.eqz
  if
   i32.const 20816
   i32.const 6480
   i32.const 118
   i32.const 40
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/array/Array<~lib/string/String>#push (param $this i32) (param $value i32) (result i32)
  (local $oldLen i32)
  (local $len i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<~lib/string/String>#get:length_
  local.set $oldLen
  local.get $oldLen
  i32.const 1
  i32.add
  local.set $len
  local.get $this
  local.get $len
  i32.const 2
  i32.const 1
  call $~lib/array/ensureCapacity
  i32.const 1
  drop
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/array/Array<~lib/string/String>#get:dataStart
  local.get $oldLen
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $len
  call $~lib/array/Array<~lib/string/String>#set:length_
  local.get $len
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $tests/unit/behaviour.spec/flatten (param $headers i32) (result i32)
  (local $1 i32)
  (local $2 i32)
  (local $out i32)
  (local $i i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 24
  memory.fill
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 24144
  call $~lib/rt/__newArray
  local.tee $out
  i32.store
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $headers
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length
   i32.lt_s
   if
    local.get $out
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=4
    local.get $5
    local.get $headers
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=20
    local.get $5
    local.get $i
    call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#__get
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=16
    local.get $5
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#get:key
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=12
    local.get $5
    i32.const 0
    call $~lib/string/String.UTF8.decode
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=8
    local.get $5
    call $~lib/array/Array<~lib/string/String>#push
    drop
    local.get $out
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=4
    local.get $5
    local.get $headers
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=20
    local.get $5
    local.get $i
    call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#__get
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=16
    local.get $5
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair#get:value
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=12
    local.get $5
    i32.const 0
    call $~lib/string/String.UTF8.decode
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=8
    local.get $5
    call $~lib/array/Array<~lib/string/String>#push
    drop
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $out
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $tests/behaviour/check/valuesOf (param $pairs i32) (param $name i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $out i32)
  (local $i i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 2
  i32.const 20
  i32.const 24176
  call $~lib/rt/__newArray
  local.tee $out
  i32.store
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   i32.const 1
   i32.add
   local.get $pairs
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.lt_s
   if
    local.get $pairs
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=12
    local.get $6
    local.get $i
    call $~lib/array/Array<~lib/string/String>#__get
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=4
    local.get $6
    local.get $name
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=8
    local.get $6
    call $~lib/string/String.__eq
    if
     local.get $out
     local.set $6
     global.get $~lib/memory/__stack_pointer
     local.get $6
     i32.store offset=4
     local.get $6
     local.get $pairs
     local.set $6
     global.get $~lib/memory/__stack_pointer
     local.get $6
     i32.store offset=12
     local.get $6
     local.get $i
     i32.const 1
     i32.add
     call $~lib/array/Array<~lib/string/String>#__get
     local.set $6
     global.get $~lib/memory/__stack_pointer
     local.get $6
     i32.store offset=8
     local.get $6
     call $~lib/array/Array<~lib/string/String>#push
     drop
    end
    local.get $i
    i32.const 2
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $out
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_headers (param $context_id i32) (param $headers i32) (param $end_of_stream i32) (result i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $ctx
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $headers
  local.get $end_of_stream
  i32.const 0
  i32.ne
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseHeaders@override
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_log (param $context_id i32)
  (local $ctx i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.ne
  if
   local.get $ctx
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onLog@override
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/getBaseContext (param $context_id i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#has"
  if (result i32)
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
   local.set $1
   global.get $~lib/memory/__stack_pointer
   local.get $1
   i32.store
   local.get $1
   local.get $context_id
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get"
  else
   i32.const 0
  end
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_done (param $context_id i32) (result i32)
  (local $ctx i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getBaseContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 1
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $ctx
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#onDone@override
  if (result i32)
   i32.const 1
  else
   i32.const 0
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#delete" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $halfBucketsMask i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<u32>
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 0
   local.set $6
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $6
   return
  end
  local.get $entry
  local.get $entry
  call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:taggedNext"
  i32.const 1
  i32.or
  call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:taggedNext"
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount"
  i32.const 1
  i32.sub
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#set:entriesCount"
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:bucketsMask"
  i32.const 1
  i32.shr_u
  local.set $halfBucketsMask
  local.get $halfBucketsMask
  i32.const 1
  i32.add
  i32.const 4
  local.tee $4
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount"
  local.tee $5
  local.get $4
  local.get $5
  i32.gt_u
  select
  i32.ge_u
  if (result i32)
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCount"
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesCapacity"
   i32.const 3
   i32.mul
   i32.const 4
   i32.div_s
   i32.lt_s
  else
   i32.const 0
  end
  if
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $halfBucketsMask
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#rehash"
  end
  i32.const 1
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/deleteContext (param $context_id i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/context_map
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  local.get $context_id
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#delete"
  drop
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_delete (param $context_id i32)
  (local $ctx i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getBaseContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  local.get $ctx
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#onDelete
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/deleteContext
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/string/String#charCodeAt (param $this i32) (param $pos i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $pos
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/string/String#get:length
  i32.ge_u
  if
   i32.const -1
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $this
  local.get $pos
  i32.const 1
  i32.shl
  i32.add
  i32.load16_u
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/check/isUuidV4 (param $value i32) (result i32)
  (local $i i32)
  (local $c i32)
  (local $variant i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $value
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/string/String#get:length
  i32.const 36
  i32.ne
  if
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   i32.const 36
   i32.lt_s
   if
    local.get $value
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store
    local.get $4
    local.get $i
    call $~lib/string/String#charCodeAt
    local.set $c
    local.get $i
    i32.const 8
    i32.eq
    if (result i32)
     i32.const 1
    else
     local.get $i
     i32.const 13
     i32.eq
    end
    if (result i32)
     i32.const 1
    else
     local.get $i
     i32.const 18
     i32.eq
    end
    if (result i32)
     i32.const 1
    else
     local.get $i
     i32.const 23
     i32.eq
    end
    if
     local.get $c
     i32.const 45
     i32.ne
     if
      i32.const 0
      local.set $4
      global.get $~lib/memory/__stack_pointer
      i32.const 4
      i32.add
      global.set $~lib/memory/__stack_pointer
      local.get $4
      return
     end
    else
     local.get $c
     i32.const 48
     i32.ge_s
     if (result i32)
      local.get $c
      i32.const 57
      i32.le_s
     else
      i32.const 0
     end
     if (result i32)
      i32.const 1
     else
      local.get $c
      i32.const 97
      i32.ge_s
      if (result i32)
       local.get $c
       i32.const 102
       i32.le_s
      else
       i32.const 0
      end
     end
     i32.eqz
     if
      i32.const 0
      local.set $4
      global.get $~lib/memory/__stack_pointer
      i32.const 4
      i32.add
      global.set $~lib/memory/__stack_pointer
      local.get $4
      return
     end
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $value
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 14
  call $~lib/string/String#charCodeAt
  i32.const 52
  i32.ne
  if
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $value
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 19
  call $~lib/string/String#charCodeAt
  local.set $variant
  local.get $variant
  i32.const 56
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $variant
   i32.const 57
   i32.eq
  end
  if (result i32)
   i32.const 1
  else
   local.get $variant
   i32.const 97
   i32.eq
  end
  if (result i32)
   i32.const 1
  else
   local.get $variant
   i32.const 98
   i32.eq
  end
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/array/Array<~lib/string/String>#indexOf (param $this i32) (param $value i32) (param $fromIndex i32) (result i32)
  (local $len i32)
  (local $4 i32)
  (local $5 i32)
  (local $ptr i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $~lib/array/Array<~lib/string/String>#get:length_
  local.set $len
  local.get $len
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $fromIndex
   local.get $len
   i32.ge_s
  end
  if
   i32.const -1
   local.set $7
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $7
   return
  end
  local.get $fromIndex
  i32.const 0
  i32.lt_s
  if
   local.get $len
   local.get $fromIndex
   i32.add
   local.tee $4
   i32.const 0
   local.tee $5
   local.get $4
   local.get $5
   i32.gt_s
   select
   local.set $fromIndex
  end
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $~lib/array/Array<~lib/string/String>#get:dataStart
  local.set $ptr
  loop $while-continue|0
   local.get $fromIndex
   local.get $len
   i32.lt_s
   if
    local.get $ptr
    local.get $fromIndex
    i32.const 2
    i32.shl
    i32.add
    i32.load
    local.set $7
    global.get $~lib/memory/__stack_pointer
    local.get $7
    i32.store
    local.get $7
    local.get $value
    local.set $7
    global.get $~lib/memory/__stack_pointer
    local.get $7
    i32.store offset=4
    local.get $7
    call $~lib/string/String.__eq
    if
     local.get $fromIndex
     local.set $7
     global.get $~lib/memory/__stack_pointer
     i32.const 8
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $7
     return
    end
    local.get $fromIndex
    i32.const 1
    i32.add
    local.set $fromIndex
    br $while-continue|0
   end
  end
  i32.const -1
  local.set $7
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $7
  return
 )
 (func $~lib/array/Array<~lib/string/String>#includes (param $this i32) (param $value i32) (param $fromIndex i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  i32.const 0
  drop
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $fromIndex
  call $~lib/array/Array<~lib/string/String>#indexOf
  i32.const 0
  i32.ge_s
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/string/String.__ne (param $left i32) (param $right i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $left
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $right
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $~lib/string/String.__eq
  i32.eqz
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $tests/behaviour/check/checkValues (param $what i32) (param $expected i32) (param $actual i32) (param $incoming i32) (param $requestValue i32) (result i32)
  (local $i i32)
  (local $want i32)
  (local $got i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 64
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 64
  memory.fill
  local.get $expected
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $~lib/array/Array<~lib/string/String>#get:length
  local.get $actual
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $~lib/array/Array<~lib/string/String>#get:length
  i32.ne
  if
   local.get $what
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=48
   local.get $8
   i32.const 24368
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=52
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=40
   local.get $8
   local.get $expected
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=48
   local.get $8
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.const 10
   call $~lib/number/I32#toString
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=44
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=32
   local.get $8
   i32.const 24416
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=36
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=24
   local.get $8
   local.get $actual
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=32
   local.get $8
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.const 10
   call $~lib/number/I32#toString
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=28
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=16
   local.get $8
   i32.const 24480
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=20
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=8
   local.get $8
   local.get $actual
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=16
   local.get $8
   i32.const 24512
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=20
   local.get $8
   call $~lib/array/Array<~lib/string/String>#join
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=12
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   i32.const 24544
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 64
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $expected
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.lt_s
   if
    global.get $~lib/memory/__stack_pointer
    local.get $expected
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $i
    call $~lib/array/Array<~lib/string/String>#__get
    local.tee $want
    i32.store offset=56
    global.get $~lib/memory/__stack_pointer
    local.get $actual
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $i
    call $~lib/array/Array<~lib/string/String>#__get
    local.tee $got
    i32.store offset=60
    local.get $want
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    global.get $tests/behaviour/cases/UUID
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $~lib/string/String.__eq
    if
     local.get $got
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store
     local.get $8
     call $tests/behaviour/check/isUuidV4
     i32.eqz
     if
      local.get $what
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=16
      local.get $8
      i32.const 24576
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=20
      local.get $8
      call $~lib/string/String.__concat
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=8
      local.get $8
      local.get $got
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=12
      local.get $8
      call $~lib/string/String.__concat
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store
      local.get $8
      i32.const 23888
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=4
      local.get $8
      call $~lib/string/String.__concat
      local.set $8
      global.get $~lib/memory/__stack_pointer
      i32.const 64
      i32.add
      global.set $~lib/memory/__stack_pointer
      local.get $8
      return
     end
     local.get $incoming
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store
     local.get $8
     local.get $got
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     i32.const 0
     call $~lib/array/Array<~lib/string/String>#includes
     if
      local.get $what
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=16
      local.get $8
      i32.const 24656
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=20
      local.get $8
      call $~lib/string/String.__concat
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=8
      local.get $8
      local.get $got
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=12
      local.get $8
      call $~lib/string/String.__concat
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store
      local.get $8
      i32.const 23888
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=4
      local.get $8
      call $~lib/string/String.__concat
      local.set $8
      global.get $~lib/memory/__stack_pointer
      i32.const 64
      i32.add
      global.set $~lib/memory/__stack_pointer
      local.get $8
      return
     end
    else
     local.get $want
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store
     local.get $8
     global.get $tests/behaviour/cases/SAME
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $~lib/string/String.__eq
     if
      local.get $got
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store
      local.get $8
      local.get $requestValue
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=4
      local.get $8
      call $~lib/string/String.__ne
      if
       local.get $what
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=32
       local.get $8
       i32.const 24768
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=36
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=24
       local.get $8
       local.get $requestValue
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=28
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=16
       local.get $8
       i32.const 24864
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=20
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=8
       local.get $8
       local.get $got
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=12
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store
       local.get $8
       i32.const 23888
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=4
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $8
       return
      end
     else
      local.get $got
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store
      local.get $8
      local.get $want
      local.set $8
      global.get $~lib/memory/__stack_pointer
      local.get $8
      i32.store offset=4
      local.get $8
      call $~lib/string/String.__ne
      if
       local.get $what
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=32
       local.get $8
       i32.const 24912
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=36
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=24
       local.get $8
       local.get $want
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=28
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=16
       local.get $8
       i32.const 24864
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=20
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=8
       local.get $8
       local.get $got
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=12
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store
       local.get $8
       i32.const 23888
       local.set $8
       global.get $~lib/memory/__stack_pointer
       local.get $8
       i32.store offset=4
       local.get $8
       call $~lib/string/String.__concat
       local.set $8
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $8
       return
      end
     end
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  i32.const 2320
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 64
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#constructor (param $this i32) (param $actual i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 37
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#set:_not
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $actual
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#set:actual
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<~lib/string/String> (param $actual i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  local.get $actual
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $"~lib/map/Map<usize,i32>#find" (param $this i32) (param $key i32) (param $hashCode i32) (result i32)
  (local $entry i32)
  (local $taggedNext i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<usize,i32>#get:buckets"
  local.get $hashCode
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<usize,i32>#get:bucketsMask"
  i32.and
  i32.const 4
  i32.mul
  i32.add
  i32.load
  local.set $entry
  loop $while-continue|0
   local.get $entry
   if
    local.get $entry
    call $"~lib/map/MapEntry<usize,i32>#get:taggedNext"
    local.set $taggedNext
    local.get $taggedNext
    i32.const 1
    i32.and
    i32.eqz
    if (result i32)
     local.get $entry
     call $"~lib/map/MapEntry<usize,i32>#get:key"
     local.get $key
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $entry
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $taggedNext
    i32.const 1
    i32.const -1
    i32.xor
    i32.and
    local.set $entry
    br $while-continue|0
   end
  end
  i32.const 0
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $"~lib/map/Map<usize,i32>#has" (param $this i32) (param $key i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<usize>
  call $"~lib/map/Map<usize,i32>#find"
  i32.const 0
  i32.ne
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $"~lib/map/Map<usize,i32>#get" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<usize>
  call $"~lib/map/Map<usize,i32>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 21008
   i32.const 21072
   i32.const 105
   i32.const 17
   call $~lib/builtins/abort
   unreachable
  end
  local.get $entry
  call $"~lib/map/MapEntry<usize,i32>#get:value"
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<usize,i32>#rehash" (param $this i32) (param $newBucketsMask i32)
  (local $newBucketsCapacity i32)
  (local $newBuckets i32)
  (local $newEntriesCapacity i32)
  (local $newEntries i32)
  (local $oldPtr i32)
  (local $oldEnd i32)
  (local $newPtr i32)
  (local $oldEntry i32)
  (local $newEntry i32)
  (local $oldEntryKey i32)
  (local $newBucketIndex i32)
  (local $newBucketPtrBase i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $newBucketsMask
  i32.const 1
  i32.add
  local.set $newBucketsCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newBucketsCapacity
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newBuckets
  i32.store
  local.get $newBucketsCapacity
  i32.const 8
  i32.mul
  i32.const 3
  i32.div_s
  local.set $newEntriesCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newEntriesCapacity
  block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.1" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.1"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newEntries
  i32.store offset=4
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<usize,i32>#get:entries"
  local.set $oldPtr
  local.get $oldPtr
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<usize,i32>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.2" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.2"
  end
  i32.mul
  i32.add
  local.set $oldEnd
  local.get $newEntries
  local.set $newPtr
  loop $while-continue|0
   local.get $oldPtr
   local.get $oldEnd
   i32.ne
   if
    local.get $oldPtr
    local.set $oldEntry
    local.get $oldEntry
    call $"~lib/map/MapEntry<usize,i32>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $newPtr
     local.set $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<usize,i32>#get:key"
     local.set $oldEntryKey
     local.get $newEntry
     local.get $oldEntryKey
     call $"~lib/map/MapEntry<usize,i32>#set:key"
     local.get $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<usize,i32>#get:value"
     call $"~lib/map/MapEntry<usize,i32>#set:value"
     local.get $oldEntryKey
     call $~lib/util/hash/HASH<usize>
     local.get $newBucketsMask
     i32.and
     local.set $newBucketIndex
     local.get $newBuckets
     local.get $newBucketIndex
     i32.const 4
     i32.mul
     i32.add
     local.set $newBucketPtrBase
     local.get $newEntry
     local.get $newBucketPtrBase
     i32.load
     call $"~lib/map/MapEntry<usize,i32>#set:taggedNext"
     local.get $newBucketPtrBase
     local.get $newPtr
     i32.store
     local.get $newPtr
     block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.3" (result i32)
      i32.const 12
      br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.3"
     end
     i32.add
     local.set $newPtr
    end
    local.get $oldPtr
    block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.4" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.4"
    end
    i32.add
    local.set $oldPtr
    br $while-continue|0
   end
  end
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBuckets
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<usize,i32>#set:buckets"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBucketsMask
  call $"~lib/map/Map<usize,i32>#set:bucketsMask"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntries
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<usize,i32>#set:entries"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntriesCapacity
  call $"~lib/map/Map<usize,i32>#set:entriesCapacity"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<usize,i32>#get:entriesCount"
  call $"~lib/map/Map<usize,i32>#set:entriesOffset"
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<usize,i32>#set" (param $this i32) (param $key i32) (param $value i32) (result i32)
  (local $hashCode i32)
  (local $entry i32)
  (local $entries i32)
  (local $6 i32)
  (local $bucketPtrBase i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $key
  call $~lib/util/hash/HASH<usize>
  local.set $hashCode
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $key
  local.get $hashCode
  call $"~lib/map/Map<usize,i32>#find"
  local.set $entry
  local.get $entry
  if
   local.get $entry
   local.get $value
   call $"~lib/map/MapEntry<usize,i32>#set:value"
   i32.const 0
   drop
  else
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesOffset"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesCapacity"
   i32.eq
   if
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<usize,i32>#get:entriesCount"
    local.get $this
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $"~lib/map/Map<usize,i32>#get:entriesCapacity"
    i32.const 3
    i32.mul
    i32.const 4
    i32.div_s
    i32.lt_s
    if (result i32)
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<usize,i32>#get:bucketsMask"
    else
     local.get $this
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=4
     local.get $8
     call $"~lib/map/Map<usize,i32>#get:bucketsMask"
     i32.const 1
     i32.shl
     i32.const 1
     i32.or
    end
    call $"~lib/map/Map<usize,i32>#rehash"
   end
   global.get $~lib/memory/__stack_pointer
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entries"
   local.tee $entries
   i32.store offset=8
   local.get $entries
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesOffset"
   local.tee $6
   i32.const 1
   i32.add
   call $"~lib/map/Map<usize,i32>#set:entriesOffset"
   local.get $6
   block $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.5" (result i32)
    i32.const 12
    br $"~lib/map/ENTRY_SIZE<usize,i32>|inlined.5"
   end
   i32.mul
   i32.add
   local.set $entry
   local.get $entry
   local.get $key
   call $"~lib/map/MapEntry<usize,i32>#set:key"
   i32.const 0
   drop
   local.get $entry
   local.get $value
   call $"~lib/map/MapEntry<usize,i32>#set:value"
   i32.const 0
   drop
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:entriesCount"
   i32.const 1
   i32.add
   call $"~lib/map/Map<usize,i32>#set:entriesCount"
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:buckets"
   local.get $hashCode
   local.get $this
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $"~lib/map/Map<usize,i32>#get:bucketsMask"
   i32.and
   i32.const 4
   i32.mul
   i32.add
   local.set $bucketPtrBase
   local.get $entry
   local.get $bucketPtrBase
   i32.load
   call $"~lib/map/MapEntry<usize,i32>#set:taggedNext"
   local.get $bucketPtrBase
   local.get $entry
   i32.store
  end
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String> (param $value i32) (param $seen i32) (result i32)
  (local $reflectedStringID i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  i32.const 1
  drop
  local.get $value
  i32.const 0
  i32.eq
  if
   i32.const 1
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 0
   i32.const 4
   i32.const 1
   i32.const 2
   i32.const 24960
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   i32.const 0
   i32.const 0
   i32.const 1
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  i32.const 0
  i32.eqz
  drop
  local.get $seen
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  call $"~lib/map/Map<usize,i32>#has"
  if
   local.get $seen
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $value
   call $"~lib/map/Map<usize,i32>#get"
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 0
  drop
  i32.const 1
  drop
  i32.const 0
  i32.const 0
  i32.const 0
  i32.const 0
  local.get $value
  i32.const 0
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  call $~lib/string/String#get:length
  i32.const 2
  i32.const 2
  i32.const 24960
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  i32.const 0
  i32.const 1
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/createReflectedValue
  local.set $reflectedStringID
  local.get $seen
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $value
  local.get $reflectedStringID
  call $"~lib/map/Map<usize,i32>#set"
  drop
  local.get $reflectedStringID
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>@varargs (param $value i32) (param $seen i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  block $1of1
   block $0of1
    block $outOfRange
     global.get $~argumentsLength
     i32.const 1
     i32.sub
     br_table $0of1 $1of1 $outOfRange
    end
    unreachable
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   call $"~lib/map/Map<usize,i32>#constructor"
   local.tee $seen
   i32.store
  end
  local.get $value
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $seen
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<~lib/string/String> (param $actual i32)
  (local $value i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $actual
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/reportActualReflectedValue
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<usize>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<usize>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<~lib/string/String> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $a i32)
  (local $b i32)
  (local $cacheLength i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $left
  local.set $a
  local.get $right
  local.set $b
  local.get $cache
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $~lib/array/Array<usize>#get:length
  local.set $cacheLength
  local.get $cacheLength
  i32.const 1
  i32.and
  i32.const 0
  i32.eq
  i32.const 24992
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  i32.const 1
  drop
  global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
  local.set $7
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $7
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<~lib/string/String> (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  i32.const 1
  drop
  local.get $left
  local.get $right
  i32.eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 0
  drop
  local.get $left
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $right
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  call $~lib/string/String.__eq
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 0
  drop
  i32.const 1
  drop
  local.get $left
  i32.const 0
  i32.eq
  local.get $right
  i32.const 0
  i32.eq
  i32.xor
  if
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.FAILED_MATCH
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  i32.const 0
  drop
  local.get $left
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $right
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $stack
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=8
  local.get $4
  local.get $cache
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/referencesEqual<~lib/string/String>
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<~lib/string/String>@varargs (param $left i32) (param $right i32) (param $stack i32) (param $cache i32) (result i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 24
  memory.fill
  block $2of2
   block $1of2
    block $0of2
     block $outOfRange
      global.get $~argumentsLength
      i32.const 2
      i32.sub
      br_table $0of2 $1of2 $2of2 $outOfRange
     end
     unreachable
    end
    global.get $~lib/memory/__stack_pointer
    i32.const 0
    i32.const 2
    i32.const 38
    i32.const 25072
    call $~lib/rt/__newArray
    local.tee $stack
    i32.store
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   i32.const 2
   i32.const 38
   i32.const 25104
   call $~lib/rt/__newArray
   local.tee $cache
   i32.store offset=4
  end
  local.get $left
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=8
  local.get $8
  local.get $right
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=12
  local.get $8
  local.get $stack
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=16
  local.get $8
  local.get $cache
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=20
  local.get $8
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<~lib/string/String>
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<~lib/string/String> (param $expected i32) (param $negated i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $expected
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.toReflectedValue<~lib/string/String>@varargs
  local.set $value
  local.get $value
  call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.attachStackTrace
  local.get $value
  local.get $negated
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/reportExpectedReflectedValue
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#toBe (param $this i32) (param $expected i32) (param $message i32)
  (local $actual i32)
  (local $equals i32)
  (local $negated i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#get:actual
  local.tee $actual
  i32.store offset=4
  i32.const 0
  local.set $equals
  i32.const 1
  drop
  i32.const 0
  drop
  local.get $actual
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $expected
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=8
  local.get $6
  call $~lib/string/String.__eq
  local.set $equals
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#get:_not
  local.set $negated
  local.get $actual
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.report<~lib/string/String>
  i32.const 0
  i32.eqz
  drop
  local.get $negated
  i32.eqz
  if (result i32)
   local.get $actual
   i32.const 0
   i32.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $expected
   i32.const 0
   i32.ne
  else
   i32.const 0
  end
  if (result i32)
   local.get $actual
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $expected
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=8
   local.get $6
   i32.const 0
   i32.const 2
   global.set $~argumentsLength
   i32.const 0
   call $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.equals<~lib/string/String>@varargs
   global.get $node_modules/@as-pect/assembly/assembly/internal/Reflect/Reflect.SUCCESSFUL_MATCH
   i32.eq
  else
   i32.const 0
  end
  if
   i32.const 25136
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   i32.const 0
   call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<~lib/string/String>
  else
   local.get $expected
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $negated
   call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.report<~lib/string/String>
  end
  local.get $equals
  local.get $negated
  i32.xor
  local.get $message
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $node_modules/@as-pect/assembly/assembly/internal/assert/assert
  call $node_modules/@as-pect/assembly/assembly/internal/Actual/Actual.clear
  call $node_modules/@as-pect/assembly/assembly/internal/Expected/Expected.clear
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_tick (param $root_context_id i32)
  (local $root_context i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $root_context
  i32.store
  local.get $root_context
  i32.const 0
  i32.ne
  if
   local.get $root_context
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onTick@override
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $tests/unit/mock/metric (param $name i32) (result i64)
  (local $b i32)
  (local $2 i32)
  (local $3 i64)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $name
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.tee $b
  i32.store offset=4
  local.get $b
  local.get $b
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  call $tests/unit/mock/metric_
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $tests/unit/behaviour.spec/runCase (param $c i32)
  (local $root i32)
  (local $message i32)
  (local $3 i32)
  (local $stream i32)
  (local $requestValues i32)
  (local $6 i32)
  (local $7 i32)
  (local $responseValues i32)
  (local $incoming i32)
  (local $requestValue i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $counts i32)
  (local $i i32)
  (local $value i64)
  (local $18 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 68
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 68
  memory.fill
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:rootId
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:config
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/unit/behaviour.spec/startRoot
  local.set $root
  local.get $root
  i32.const 0
  i32.ne
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<bool>
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:accepted
  i32.const 23552
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
  call $tests/unit/mock/lastLog
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=12
  local.get $18
  call $~lib/string/String.__concat
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#toBe
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $tests/behaviour/cases/Case#get:accepted
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
   call $tests/unit/mock/lastLog
   local.tee $message
   i32.store offset=16
   local.get $message
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=8
   local.get $18
   local.get $c
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=20
   local.get $18
   call $tests/behaviour/cases/Case#get:error
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=12
   local.get $18
   i32.const 0
   call $~lib/string/String#includes
   call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<bool>
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   i32.const 1
   i32.const 23776
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=36
   local.get $18
   local.get $message
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=40
   local.get $18
   call $~lib/string/String.__concat
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=28
   local.get $18
   i32.const 23824
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=32
   local.get $18
   call $~lib/string/String.__concat
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=20
   local.get $18
   local.get $c
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=28
   local.get $18
   call $tests/behaviour/cases/Case#get:error
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=24
   local.get $18
   call $~lib/string/String.__concat
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=8
   local.get $18
   i32.const 23888
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=12
   local.get $18
   call $~lib/string/String.__concat
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=4
   local.get $18
   call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<bool>#toBe
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
   call $tests/unit/mock/logCount
   call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<i32>
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   i32.const 1
   i32.const 23920
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=4
   local.get $18
   call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#toBe
   global.get $~lib/memory/__stack_pointer
   i32.const 68
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  global.get $tests/unit/behaviour.spec/nextContextId
  local.tee $3
  i32.const 1
  i32.add
  global.set $tests/unit/behaviour.spec/nextContextId
  local.get $3
  local.set $stream
  local.get $stream
  local.get $root
  global.get $tests/unit/mock/PHASE_REQUEST
  call $tests/unit/mock/enter
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestHeaders
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/cases/Case#get:request
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $tests/unit/behaviour.spec/addHeaders
  local.get $stream
  local.get $root
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_context_create
  local.get $stream
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/cases/Case#get:request
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $~lib/array/Array<~lib/string/String>#get:length
  i32.const 2
  i32.div_s
  i32.const 1
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_headers
  drop
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/stream_context
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=24
  local.get $18
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#get:headers
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=20
  local.get $18
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#get:request
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=12
  local.get $18
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#get_headers
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/unit/behaviour.spec/flatten
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:header
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/check/valuesOf
  local.tee $requestValues
  i32.store offset=44
  local.get $stream
  local.get $root
  global.get $tests/unit/mock/PHASE_RESPONSE
  call $tests/unit/mock/enter
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseHeaders
  i32.const 2
  i32.const 2
  i32.const 20
  i32.const 24288
  call $~lib/rt/__newArray
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $tests/unit/behaviour.spec/addHeaders
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseHeaders
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/cases/Case#get:response
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $tests/unit/behaviour.spec/addHeaders
  local.get $stream
  i32.const 1
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/cases/Case#get:response
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $~lib/array/Array<~lib/string/String>#get:length
  i32.const 2
  i32.div_s
  i32.add
  i32.const 1
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_headers
  drop
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/stream_context
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=24
  local.get $18
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/StreamContext#get:headers
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=20
  local.get $18
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapManipulator#get:response
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=12
  local.get $18
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderStreamManipulator#get_headers
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/unit/behaviour.spec/flatten
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:header
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/check/valuesOf
  local.tee $responseValues
  i32.store offset=48
  local.get $stream
  local.get $root
  global.get $tests/unit/mock/PHASE_LOG
  call $tests/unit/mock/enter
  local.get $stream
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_log
  local.get $stream
  local.get $root
  global.get $tests/unit/mock/PHASE_IDLE
  call $tests/unit/mock/enter
  local.get $stream
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_done
  drop
  local.get $stream
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_delete
  global.get $~lib/memory/__stack_pointer
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:request
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $tests/behaviour/cases/Case#get:header
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/check/valuesOf
  local.tee $incoming
  i32.store offset=52
  global.get $~lib/memory/__stack_pointer
  local.get $requestValues
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $~lib/array/Array<~lib/string/String>#get:length
  i32.const 0
  i32.gt_s
  if (result i32)
   local.get $requestValues
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   i32.const 0
   call $~lib/array/Array<~lib/string/String>#__get
  else
   i32.const 2320
  end
  local.tee $requestValue
  i32.store offset=56
  i32.const 24320
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=20
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=40
  local.get $18
  call $tests/behaviour/cases/Case#get:expectRequest
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=24
  local.get $18
  local.get $requestValues
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=28
  local.get $18
  local.get $incoming
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=32
  local.get $18
  local.get $requestValue
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=36
  local.get $18
  call $tests/behaviour/check/checkValues
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=12
  local.get $18
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<~lib/string/String>
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  i32.const 2320
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  i32.const 2320
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#toBe
  i32.const 25216
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=20
  local.get $18
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=60
  local.get $18
  call $tests/behaviour/cases/Case#get:expectResponse
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=40
  local.get $18
  call $~lib/array/Array<~lib/string/String>#get:length
  i32.const 0
  i32.gt_s
  if (result i32)
   i32.const 1
  else
   local.get $c
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=60
   local.get $18
   call $tests/behaviour/cases/Case#get:response
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=40
   local.get $18
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.const 0
   i32.gt_s
  end
  if (result i32)
   local.get $c
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=40
   local.get $18
   call $tests/behaviour/cases/Case#get:expectResponse
  else
   i32.const 0
   i32.const 2
   i32.const 20
   i32.const 25264
   call $~lib/rt/__newArray
  end
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=24
  local.get $18
  local.get $responseValues
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=28
  local.get $18
  local.get $incoming
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=32
  local.get $18
  local.get $requestValue
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=36
  local.get $18
  call $tests/behaviour/check/checkValues
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=12
  local.get $18
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<~lib/string/String>
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  i32.const 2320
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  i32.const 2320
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#toBe
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
  call $tests/unit/mock/logCount
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<i32>
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  i32.const 0
  i32.const 25296
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=8
  local.get $18
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
  call $tests/unit/mock/lastLog
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=12
  local.get $18
  call $~lib/string/String.__concat
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<i32>#toBe
  local.get $c
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=4
  local.get $18
  call $tests/behaviour/cases/Case#get:counts
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $~lib/string/String#get:length
  i32.const 0
  i32.gt_s
  if
   local.get $root
   i32.const 0
   global.get $tests/unit/mock/PHASE_IDLE
   call $tests/unit/mock/enter
   local.get $root
   call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_tick
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   i32.const 2
   i32.const 20
   i32.const 25360
   call $~lib/rt/__newArray
   local.tee $counts
   i32.store offset=64
   i32.const 0
   local.set $i
   loop $for-loop|0
    local.get $i
    i32.const 4
    i32.lt_s
    if
     global.get $assembly/counters/COUNTER_NAMES
     local.set $18
     global.get $~lib/memory/__stack_pointer
     local.get $18
     i32.store offset=4
     local.get $18
     local.get $i
     call $~lib/array/Array<~lib/string/String>#__get
     local.set $18
     global.get $~lib/memory/__stack_pointer
     local.get $18
     i32.store
     local.get $18
     call $tests/unit/mock/metric
     local.set $value
     local.get $counts
     local.set $18
     global.get $~lib/memory/__stack_pointer
     local.get $18
     i32.store
     local.get $18
     local.get $value
     i64.const 0
     i64.lt_s
     if (result i32)
      i32.const 21968
     else
      local.get $value
      i32.const 10
      call $~lib/number/I64#toString
     end
     local.set $18
     global.get $~lib/memory/__stack_pointer
     local.get $18
     i32.store offset=4
     local.get $18
     call $~lib/array/Array<~lib/string/String>#push
     drop
     local.get $i
     i32.const 1
     i32.add
     local.set $i
     br $for-loop|0
    end
   end
   local.get $counts
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=20
   local.get $18
   i32.const 25392
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=24
   local.get $18
   call $~lib/array/Array<~lib/string/String>#join
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=12
   local.get $18
   call $node_modules/@as-pect/assembly/assembly/internal/Expectation/expect<~lib/string/String>
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   local.get $c
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=12
   local.get $18
   call $tests/behaviour/cases/Case#get:counts
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=4
   local.get $18
   i32.const 25424
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=8
   local.get $18
   call $node_modules/@as-pect/assembly/assembly/internal/Expectation/Expectation<~lib/string/String>#toBe
  end
  local.get $root
  i32.const 0
  global.get $tests/unit/mock/PHASE_IDLE
  call $tests/unit/mock/enter
  local.get $root
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_done
  drop
  local.get $root
  call $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_delete
  global.get $~lib/memory/__stack_pointer
  i32.const 68
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/behaviour.spec~anonymous|0~anonymous|0
  (local $0 i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $tests/unit/behaviour.spec/CASES
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $tests/unit/behaviour.spec/nextCase
  local.tee $0
  i32.const 1
  i32.add
  global.set $tests/unit/behaviour.spec/nextCase
  local.get $0
  call $~lib/array/Array<tests/behaviour/cases/Case>#__get
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $tests/unit/behaviour.spec/runCase
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/behaviour.spec~anonymous|0
  (local $i i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   global.get $tests/unit/behaviour.spec/CASES
   local.set $1
   global.get $~lib/memory/__stack_pointer
   local.get $1
   i32.store
   local.get $1
   call $~lib/array/Array<tests/behaviour/cases/Case>#get:length
   i32.lt_s
   if
    global.get $tests/unit/behaviour.spec/CASES
    local.set $1
    global.get $~lib/memory/__stack_pointer
    local.get $1
    i32.store offset=12
    local.get $1
    local.get $i
    call $~lib/array/Array<tests/behaviour/cases/Case>#__get
    local.set $1
    global.get $~lib/memory/__stack_pointer
    local.get $1
    i32.store offset=8
    local.get $1
    call $tests/behaviour/cases/Case#get:name
    local.set $1
    global.get $~lib/memory/__stack_pointer
    local.get $1
    i32.store
    local.get $1
    i32.const 25520
    local.set $1
    global.get $~lib/memory/__stack_pointer
    local.get $1
    i32.store offset=4
    local.get $1
    call $node_modules/@as-pect/assembly/assembly/internal/Test/test
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $start:tests/unit/behaviour.spec
  (local $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  call $start:~lib/@solo-io/proxy-runtime/assembly/exports
  call $start:assembly/index
  call $tests/behaviour/cases/behaviourCases
  global.set $tests/unit/behaviour.spec/CASES
  i32.const 20752
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  i32.const 25552
  local.set $0
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store offset=4
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/Test/describe
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_validate_configuration (param $root_context_id i32) (param $configuration_size i32) (result i32)
  (local $root_context i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $root_context
  i32.store
  local.get $root_context
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $root_context
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $configuration_size
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#validateConfiguration
  if (result i32)
   i32.const 1
  else
   i32.const 0
  end
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_queue_ready (param $root_context_id i32) (param $token i32)
  (local $root_context i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $root_context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $root_context
  i32.store
  local.get $root_context
  i32.const 0
  i32.ne
  if
   local.get $root_context
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store offset=4
   local.get $3
   local.get $token
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onQueueReady
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_body (param $context_id i32) (param $body_buffer_length i32) (param $end_of_stream i32) (result i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $ctx
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $body_buffer_length
  local.get $end_of_stream
  i32.const 0
  i32.ne
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestBody
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_trailers (param $context_id i32) (param $trailers i32) (result i32)
  (local $ctx i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $ctx
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $trailers
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestTrailers
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_request_metadata (param $context_id i32) (param $nelements i32) (result i32)
  (local $ctx i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $ctx
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $nelements
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onRequestMetadata
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_body (param $context_id i32) (param $body_buffer_length i32) (param $end_of_stream i32) (result i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $ctx
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $body_buffer_length
  local.get $end_of_stream
  i32.const 0
  i32.ne
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseBody
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_trailers (param $context_id i32) (param $trailers i32) (result i32)
  (local $ctx i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $ctx
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $trailers
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseTrailers
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_response_metadata (param $context_id i32) (param $nelements i32) (result i32)
  (local $ctx i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.eq
  if
   i32.const 0
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  local.get $ctx
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $nelements
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#onResponseMetadata
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#find" (param $this i32) (param $key i32) (param $hashCode i32) (result i32)
  (local $entry i32)
  (local $taggedNext i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:buckets"
  local.get $hashCode
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:bucketsMask"
  i32.and
  i32.const 4
  i32.mul
  i32.add
  i32.load
  local.set $entry
  loop $while-continue|0
   local.get $entry
   if
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext"
    local.set $taggedNext
    local.get $taggedNext
    i32.const 1
    i32.and
    i32.eqz
    if (result i32)
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:key"
     local.get $key
     i32.eq
    else
     i32.const 0
    end
    if
     local.get $entry
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $taggedNext
    i32.const 1
    i32.const -1
    i32.xor
    i32.and
    local.set $entry
    br $while-continue|0
   end
  end
  i32.const 0
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#has" (param $this i32) (param $key i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<u32>
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#find"
  i32.const 0
  i32.ne
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<u32>
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 21008
   i32.const 21072
   i32.const 105
   i32.const 17
   call $~lib/builtins/abort
   unreachable
  end
  local.get $entry
  call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:value"
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#rehash" (param $this i32) (param $newBucketsMask i32)
  (local $newBucketsCapacity i32)
  (local $newBuckets i32)
  (local $newEntriesCapacity i32)
  (local $newEntries i32)
  (local $oldPtr i32)
  (local $oldEnd i32)
  (local $newPtr i32)
  (local $oldEntry i32)
  (local $newEntry i32)
  (local $oldEntryKey i32)
  (local $newBucketIndex i32)
  (local $newBucketPtrBase i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $newBucketsMask
  i32.const 1
  i32.add
  local.set $newBucketsCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newBucketsCapacity
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newBuckets
  i32.store
  local.get $newBucketsCapacity
  i32.const 8
  i32.mul
  i32.const 3
  i32.div_s
  local.set $newEntriesCapacity
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $newEntriesCapacity
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.1" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.1"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $newEntries
  i32.store offset=4
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entries"
  local.set $oldPtr
  local.get $oldPtr
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.2" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.2"
  end
  i32.mul
  i32.add
  local.set $oldEnd
  local.get $newEntries
  local.set $newPtr
  loop $while-continue|0
   local.get $oldPtr
   local.get $oldEnd
   i32.ne
   if
    local.get $oldPtr
    local.set $oldEntry
    local.get $oldEntry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $newPtr
     local.set $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:key"
     local.set $oldEntryKey
     local.get $newEntry
     local.get $oldEntryKey
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:key"
     local.get $newEntry
     local.get $oldEntry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:value"
     local.set $14
     global.get $~lib/memory/__stack_pointer
     local.get $14
     i32.store offset=8
     local.get $14
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:value"
     local.get $oldEntryKey
     call $~lib/util/hash/HASH<u32>
     local.get $newBucketsMask
     i32.and
     local.set $newBucketIndex
     local.get $newBuckets
     local.get $newBucketIndex
     i32.const 4
     i32.mul
     i32.add
     local.set $newBucketPtrBase
     local.get $newEntry
     local.get $newBucketPtrBase
     i32.load
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:taggedNext"
     local.get $newBucketPtrBase
     local.get $newPtr
     i32.store
     local.get $newPtr
     block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.3" (result i32)
      i32.const 12
      br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.3"
     end
     i32.add
     local.set $newPtr
    end
    local.get $oldPtr
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.4" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.4"
    end
    i32.add
    local.set $oldPtr
    br $while-continue|0
   end
  end
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBuckets
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buckets"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newBucketsMask
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:bucketsMask"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntries
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entries"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $newEntriesCapacity
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCapacity"
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=8
  local.get $14
  local.get $this
  local.set $14
  global.get $~lib/memory/__stack_pointer
  local.get $14
  i32.store offset=12
  local.get $14
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCount"
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesOffset"
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#delete" (param $this i32) (param $key i32) (result i32)
  (local $entry i32)
  (local $halfBucketsMask i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $key
  local.get $key
  call $~lib/util/hash/HASH<u32>
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#find"
  local.set $entry
  local.get $entry
  i32.eqz
  if
   i32.const 0
   local.set $6
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $6
   return
  end
  local.get $entry
  local.get $entry
  call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext"
  i32.const 1
  i32.or
  call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:taggedNext"
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCount"
  i32.const 1
  i32.sub
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCount"
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:bucketsMask"
  i32.const 1
  i32.shr_u
  local.set $halfBucketsMask
  local.get $halfBucketsMask
  i32.const 1
  i32.add
  i32.const 4
  local.tee $4
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCount"
  local.tee $5
  local.get $4
  local.get $5
  i32.gt_u
  select
  i32.ge_u
  if (result i32)
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCount"
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesCapacity"
   i32.const 3
   i32.mul
   i32.const 4
   i32.div_s
   i32.lt_s
  else
   i32.const 0
  end
  if
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $halfBucketsMask
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#rehash"
  end
  i32.const 1
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/proxy_set_effective_context (param $_id i32) (result i32)
  (local $result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  local.get $_id
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_set_effective_context
  local.set $result
  local.get $result
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.ne
  if
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
   i32.const 25680
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=20
   local.get $2
   local.get $_id
   i32.const 10
   call $~lib/number/U32#toString
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=24
   local.get $2
   call $~lib/string/String.__concat
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=12
   local.get $2
   i32.const 25776
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=16
   local.get $2
   call $~lib/string/String.__concat
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   local.get $result
   i32.const 10
   call $~lib/number/U32#toString
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=8
   local.get $2
   call $~lib/string/String.__concat
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store
   local.get $2
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  end
  local.get $result
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onHttpCallResponse (param $this i32) (param $token i32) (param $headers i32) (param $body_size i32) (param $trailers i32)
  (local $callback i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 24
  memory.fill
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $token
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#has"
  if
   global.get $~lib/memory/__stack_pointer
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $token
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get"
   local.tee $callback
   i32.store offset=8
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $token
   call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#delete"
   drop
   local.get $callback
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:origin_context
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext#get:context_id
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/setEffectiveContext
   drop
   local.get $callback
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:origin_context
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   local.get $headers
   local.get $body_size
   local.get $trailers
   i32.const 4
   global.set $~argumentsLength
   local.get $callback
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:cb
   i32.load
   call_indirect (type $9)
  else
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.error
   i32.const 25824
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=16
   local.get $6
   local.get $token
   i32.const 10
   call $~lib/number/U32#toString
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=20
   local.get $6
   call $~lib/string/String.__concat
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   i32.const 25904
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=12
   local.get $6
   call $~lib/string/String.__concat
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 24
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_http_call_response (param $context_id i32) (param $token i32) (param $headers i32) (param $body_size i32) (param $trailers i32)
  (local $ctx i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.ne
  if
   local.get $ctx
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   local.get $token
   local.get $headers
   local.get $body_size
   local.get $trailers
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onHttpCallResponse
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_receive_initial_metadata (param $context_id i32) (param $token i32) (param $headers i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.ne
  if
   local.get $ctx
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   local.get $token
   local.get $headers
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_receive_initial_metadata
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_trailing_metadata (param $context_id i32) (param $token i32) (param $trailers i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.ne
  if
   local.get $ctx
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   local.get $token
   local.get $trailers
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_trailing_metadata
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_receive (param $context_id i32) (param $token i32) (param $response_size i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.ne
  if
   local.get $ctx
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   local.get $token
   local.get $response_size
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_receive
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/exports/proxy_on_grpc_close (param $context_id i32) (param $token i32) (param $status_code i32)
  (local $ctx i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  local.get $context_id
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/getRootContext
  local.tee $ctx
  i32.store
  local.get $ctx
  i32.const 0
  i32.ne
  if
   local.get $ctx
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   local.get $token
   local.get $status_code
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#on_grpc_close
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/plugin/TrackingStream#constructor (param $this i32) (param $context_id i32) (param $root i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.const 40
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $assembly/plugin/TrackingStream#set:value
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 0
  call $assembly/plugin/TrackingStream#set:outcome
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $context_id
  local.get $root
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $assembly/plugin/TrackingRoot#createContext (param $this i32) (param $context_id i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  local.get $context_id
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $assembly/plugin/TrackingStream#constructor
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/typedarray/Uint8Array.wrap (param $buffer i32) (param $byteOffset i32) (param $length i32) (result i32)
  (local $buffer|3 i32)
  (local $byteOffset|4 i32)
  (local $len i32)
  (local $byteLength i32)
  (local $bufferByteLength i32)
  (local $out i32)
  (local $9 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  block $"~lib/typedarray/WRAP<~lib/typedarray/Uint8Array,u8>|inlined.0" (result i32)
   global.get $~lib/memory/__stack_pointer
   local.get $buffer
   local.tee $buffer|3
   i32.store
   local.get $byteOffset
   local.set $byteOffset|4
   local.get $length
   local.set $len
   local.get $buffer|3
   local.set $9
   global.get $~lib/memory/__stack_pointer
   local.get $9
   i32.store offset=4
   local.get $9
   call $~lib/arraybuffer/ArrayBuffer#get:byteLength
   local.set $bufferByteLength
   local.get $byteOffset|4
   local.get $bufferByteLength
   i32.gt_u
   local.get $byteOffset|4
   i32.const 0
   i32.and
   i32.or
   if
    i32.const 224
    i32.const 24048
    i32.const 1860
    i32.const 5
    call $~lib/builtins/abort
    unreachable
   end
   local.get $len
   i32.const 0
   i32.lt_s
   if
    local.get $len
    i32.const -1
    i32.eq
    if
     local.get $bufferByteLength
     i32.const 0
     i32.and
     if
      i32.const 432
      i32.const 24048
      i32.const 1865
      i32.const 9
      call $~lib/builtins/abort
      unreachable
     end
     local.get $bufferByteLength
     local.get $byteOffset|4
     i32.sub
     local.set $byteLength
    else
     i32.const 432
     i32.const 24048
     i32.const 1869
     i32.const 7
     call $~lib/builtins/abort
     unreachable
    end
   else
    local.get $len
    i32.const 0
    i32.shl
    local.set $byteLength
    local.get $byteOffset|4
    local.get $byteLength
    i32.add
    local.get $bufferByteLength
    i32.gt_s
    if
     i32.const 432
     i32.const 24048
     i32.const 1874
     i32.const 7
     call $~lib/builtins/abort
     unreachable
    end
   end
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.const 42
   call $~lib/rt/itcms/__new
   local.tee $out
   i32.store offset=8
   local.get $out
   local.get $buffer|3
   i32.store
   local.get $out
   local.get $buffer|3
   i32.const 0
   call $~lib/rt/itcms/__link
   local.get $out
   local.get $byteLength
   i32.store offset=8
   local.get $out
   local.get $buffer|3
   local.get $byteOffset|4
   i32.add
   i32.store offset=4
   local.get $out
   br $"~lib/typedarray/WRAP<~lib/typedarray/Uint8Array,u8>|inlined.0"
  end
  local.set $9
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $9
  return
 )
 (func $~lib/typedarray/Uint8Array.wrap@varargs (param $buffer i32) (param $byteOffset i32) (param $length i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  block $2of2
   block $1of2
    block $0of2
     block $outOfRange
      global.get $~argumentsLength
      i32.const 1
      i32.sub
      br_table $0of2 $1of2 $2of2 $outOfRange
     end
     unreachable
    end
    i32.const 0
    local.set $byteOffset
   end
   i32.const -1
   local.set $length
  end
  local.get $buffer
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $byteOffset
  local.get $length
  call $~lib/typedarray/Uint8Array.wrap
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $assembly/config/Settings#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 14
   i32.const 22
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $assembly/config/DEFAULT_HEADER
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $assembly/config/Settings#set:header
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $assembly/config/DEFAULT_HEADER
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=12
  local.get $1
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $assembly/config/Settings#set:headerBytes
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $assembly/config/Settings#set:value
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 1
  call $assembly/config/Settings#set:preserveExisting
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $assembly/config/Settings#set:echoResponse
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/typedarray/Uint8Array#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/arraybuffer/ArrayBufferView#get:byteLength
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/typedarray/Uint8Array#__get (param $this i32) (param $index i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBufferView#get:byteLength
  i32.ge_u
  if
   i32.const 224
   i32.const 24048
   i32.const 167
   i32.const 45
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/arraybuffer/ArrayBufferView#get:dataStart
  local.get $index
  i32.add
  i32.load8_u
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $assembly/config/isBlank (param $bytes i32) (result i32)
  (local $i i32)
  (local $c i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $bytes
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   call $~lib/typedarray/Uint8Array#get:length
   i32.lt_s
   if
    local.get $bytes
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store
    local.get $3
    local.get $i
    call $~lib/typedarray/Uint8Array#__get
    local.set $c
    local.get $c
    i32.const 32
    i32.ne
    if (result i32)
     local.get $c
     i32.const 9
     i32.ne
    else
     i32.const 0
    end
    if (result i32)
     local.get $c
     i32.const 10
     i32.ne
    else
     i32.const 0
    end
    if (result i32)
     local.get $c
     i32.const 13
     i32.ne
    else
     i32.const 0
    end
    if
     i32.const 0
     local.set $3
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $3
     return
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  i32.const 1
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $assembly/config/ConfigResult#constructor (param $this i32) (param $settings i32) (param $error i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 41
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $settings
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $assembly/config/ConfigResult#set:settings
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  local.get $error
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $assembly/config/ConfigResult#set:error
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
 )
 (func $assembly/json/invalidUtf8At (param $bytes i32) (result i32)
  (local $n i32)
  (local $i i32)
  (local $c i32)
  (local $need i32)
  (local $lo i32)
  (local $hi i32)
  (local $second i32)
  (local $k i32)
  (local $b i32)
  (local $10 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $bytes
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $~lib/typedarray/Uint8Array#get:length
  local.set $n
  i32.const 0
  local.set $i
  loop $while-continue|0
   local.get $i
   local.get $n
   i32.lt_s
   if
    local.get $bytes
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store
    local.get $10
    local.get $i
    call $~lib/typedarray/Uint8Array#__get
    local.set $c
    local.get $c
    i32.const 128
    i32.lt_u
    if
     local.get $i
     i32.const 1
     i32.add
     local.set $i
     br $while-continue|0
    end
    i32.const 0
    local.set $need
    i32.const 128
    local.set $lo
    i32.const 191
    local.set $hi
    local.get $c
    i32.const 194
    i32.ge_u
    if (result i32)
     local.get $c
     i32.const 223
     i32.le_u
    else
     i32.const 0
    end
    if
     i32.const 1
     local.set $need
    else
     local.get $c
     i32.const 224
     i32.eq
     if
      i32.const 2
      local.set $need
      i32.const 160
      local.set $lo
     else
      local.get $c
      i32.const 237
      i32.eq
      if
       i32.const 2
       local.set $need
       i32.const 159
       local.set $hi
      else
       local.get $c
       i32.const 225
       i32.ge_u
       if (result i32)
        local.get $c
        i32.const 239
        i32.le_u
       else
        i32.const 0
       end
       if
        i32.const 2
        local.set $need
       else
        local.get $c
        i32.const 240
        i32.eq
        if
         i32.const 3
         local.set $need
         i32.const 144
         local.set $lo
        else
         local.get $c
         i32.const 244
         i32.eq
         if
          i32.const 3
          local.set $need
          i32.const 143
          local.set $hi
         else
          local.get $c
          i32.const 241
          i32.ge_u
          if (result i32)
           local.get $c
           i32.const 243
           i32.le_u
          else
           i32.const 0
          end
          if
           i32.const 3
           local.set $need
          else
           local.get $i
           local.set $10
           global.get $~lib/memory/__stack_pointer
           i32.const 4
           i32.add
           global.set $~lib/memory/__stack_pointer
           local.get $10
           return
          end
         end
        end
       end
      end
     end
    end
    local.get $i
    local.get $need
    i32.add
    local.get $n
    i32.ge_s
    if
     local.get $i
     local.set $10
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $10
     return
    end
    local.get $bytes
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store
    local.get $10
    local.get $i
    i32.const 1
    i32.add
    call $~lib/typedarray/Uint8Array#__get
    local.set $second
    local.get $second
    local.get $lo
    i32.lt_u
    if (result i32)
     i32.const 1
    else
     local.get $second
     local.get $hi
     i32.gt_u
    end
    if
     local.get $i
     local.set $10
     global.get $~lib/memory/__stack_pointer
     i32.const 4
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $10
     return
    end
    i32.const 2
    local.set $k
    loop $for-loop|1
     local.get $k
     local.get $need
     i32.le_s
     if
      local.get $bytes
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      local.get $i
      local.get $k
      i32.add
      call $~lib/typedarray/Uint8Array#__get
      local.set $b
      local.get $b
      i32.const 128
      i32.lt_u
      if (result i32)
       i32.const 1
      else
       local.get $b
       i32.const 191
       i32.gt_u
      end
      if
       local.get $i
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 4
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $k
      i32.const 1
      i32.add
      local.set $k
      br $for-loop|1
     end
    end
    local.get $i
    local.get $need
    i32.const 1
    i32.add
    i32.add
    local.set $i
    br $while-continue|0
   end
  end
  i32.const -1
  local.set $10
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $10
  return
 )
 (func $assembly/config/refuse (param $message i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  i32.const 0
  i32.const 0
  global.get $assembly/config/PREFIX
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  local.get $message
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $~lib/string/String.__concat
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/config/ConfigResult#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/json/JsonReader#constructor (param $this i32) (param $bytes i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.const 43
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $bytes
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $assembly/json/JsonReader#set:bytes
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 0
  call $assembly/json/JsonReader#set:pos
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  i32.const 2320
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $assembly/json/JsonReader#set:error
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $assembly/json/JsonReader#skipWhitespace (param $this i32)
  (local $bytes i32)
  (local $c i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $assembly/json/JsonReader#get:bytes
  local.tee $bytes
  i32.store offset=4
  block $while-break|0
   loop $while-continue|0
    local.get $this
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store
    local.get $3
    call $assembly/json/JsonReader#get:pos
    local.get $bytes
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store
    local.get $3
    call $~lib/typedarray/Uint8Array#get:length
    i32.lt_s
    if
     local.get $bytes
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store
     local.get $3
     local.get $this
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=8
     local.get $3
     call $assembly/json/JsonReader#get:pos
     call $~lib/typedarray/Uint8Array#__get
     local.set $c
     local.get $c
     i32.const 32
     i32.ne
     if (result i32)
      local.get $c
      i32.const 9
      i32.ne
     else
      i32.const 0
     end
     if (result i32)
      local.get $c
      i32.const 10
      i32.ne
     else
      i32.const 0
     end
     if (result i32)
      local.get $c
      i32.const 13
      i32.ne
     else
      i32.const 0
     end
     if
      br $while-break|0
     end
     local.get $this
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store
     local.get $3
     local.get $this
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=8
     local.get $3
     call $assembly/json/JsonReader#get:pos
     i32.const 1
     i32.add
     call $assembly/json/JsonReader#set:pos
     br $while-continue|0
    end
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/json/JsonReader#peek (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/json/JsonReader#get:pos
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $assembly/json/JsonReader#get:bytes
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/typedarray/Uint8Array#get:length
  i32.lt_s
  if (result i32)
   local.get $this
   local.set $1
   global.get $~lib/memory/__stack_pointer
   local.get $1
   i32.store offset=4
   local.get $1
   call $assembly/json/JsonReader#get:bytes
   local.set $1
   global.get $~lib/memory/__stack_pointer
   local.get $1
   i32.store
   local.get $1
   local.get $this
   local.set $1
   global.get $~lib/memory/__stack_pointer
   local.get $1
   i32.store offset=4
   local.get $1
   call $assembly/json/JsonReader#get:pos
   call $~lib/typedarray/Uint8Array#__get
  else
   i32.const -1
  end
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/json/JsonReader#kind (param $this i32) (result i32)
  (local $c i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $assembly/json/JsonReader#peek
  local.set $c
  local.get $c
  i32.const 0
  i32.lt_s
  if
   i32.const 7
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 34
  i32.eq
  if
   i32.const 0
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 116
  i32.eq
  if
   i32.const 1
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 102
  i32.eq
  if
   i32.const 2
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 110
  i32.eq
  if
   i32.const 3
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 123
  i32.eq
  if
   i32.const 5
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 91
  i32.eq
  if
   i32.const 6
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $c
  i32.const 45
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $c
   i32.const 48
   i32.ge_s
   if (result i32)
    local.get $c
    i32.const 57
    i32.le_s
   else
    i32.const 0
   end
  end
  if
   i32.const 4
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  i32.const 8
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $assembly/json/JsonReader#get:failed (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $assembly/json/JsonReader#get:error
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/string/String#get:length
  i32.const 0
  i32.ne
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/json/JsonReader#fail (param $this i32) (param $what i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $assembly/json/JsonReader#get:failed
  i32.eqz
  if
   local.get $this
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store
   local.get $2
   local.get $what
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=4
   local.get $2
   call $assembly/json/JsonReader#set:error
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/config/syntaxError (param $reader i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  i32.const 26096
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=20
  local.get $1
  local.get $reader
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=28
  local.get $1
  call $assembly/json/JsonReader#get:error
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=24
  local.get $1
  call $~lib/string/String.__concat
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=12
  local.get $1
  i32.const 26160
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=16
  local.get $1
  call $~lib/string/String.__concat
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  local.get $reader
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=12
  local.get $1
  call $assembly/json/JsonReader#get:pos
  i32.const 10
  call $~lib/number/I32#toString
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  call $~lib/string/String.__concat
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/config/refuse
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/json/JsonReader#consume (param $this i32) (param $c i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $assembly/json/JsonReader#peek
  local.get $c
  i32.ne
  if
   i32.const 0
   local.set $2
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $2
   return
  end
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $assembly/json/JsonReader#get:pos
  i32.const 1
  i32.add
  call $assembly/json/JsonReader#set:pos
  i32.const 1
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $~lib/arraybuffer/ArrayBufferView#constructor (param $this i32) (param $length i32) (param $alignLog2 i32) (result i32)
  (local $buffer i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.const 3
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  i32.const 0
  call $~lib/arraybuffer/ArrayBufferView#set:buffer
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  i32.const 0
  call $~lib/arraybuffer/ArrayBufferView#set:dataStart
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  i32.const 0
  call $~lib/arraybuffer/ArrayBufferView#set:byteLength
  local.get $length
  i32.const 1073741820
  local.get $alignLog2
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 480
   i32.const 19
   i32.const 57
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $length
  local.get $alignLog2
  i32.shl
  local.tee $length
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store offset=8
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $buffer
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  call $~lib/arraybuffer/ArrayBufferView#set:buffer
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $buffer
  call $~lib/arraybuffer/ArrayBufferView#set:dataStart
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=4
  local.get $4
  local.get $length
  call $~lib/arraybuffer/ArrayBufferView#set:byteLength
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
 )
 (func $~lib/typedarray/Uint8Array#constructor (param $this i32) (param $length i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.const 42
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $length
  i32.const 0
  call $~lib/arraybuffer/ArrayBufferView#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $~lib/string/String#charAt (param $this i32) (param $pos i32) (result i32)
  (local $out i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $pos
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/string/String#get:length
  i32.ge_u
  if
   i32.const 2320
   local.set $3
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $3
   return
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 2
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store offset=4
  local.get $out
  local.get $this
  local.get $pos
  i32.const 1
  i32.shl
  i32.add
  i32.load16_u
  i32.store16
  local.get $out
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $assembly/json/hex2 (param $c i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $assembly/json/HEX_DIGITS
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  local.get $c
  i32.const 4
  i32.shr_u
  i32.const 15
  i32.and
  call $~lib/string/String#charAt
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  global.get $assembly/json/HEX_DIGITS
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=8
  local.get $1
  local.get $c
  i32.const 15
  i32.and
  call $~lib/string/String#charAt
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/string/String.__concat
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/typedarray/Uint8Array#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBufferView#get:byteLength
  i32.ge_u
  if
   i32.const 224
   i32.const 24048
   i32.const 178
   i32.const 45
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBufferView#get:dataStart
  local.get $index
  i32.add
  local.get $value
  i32.store8
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/json/JsonReader#readHex4 (param $this i32) (result i32)
  (local $bytes i32)
  (local $value i32)
  (local $i i32)
  (local $d i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $assembly/json/JsonReader#get:bytes
  local.tee $bytes
  i32.store offset=4
  i32.const 0
  local.set $value
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   i32.const 4
   i32.lt_s
   if
    local.get $this
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store
    local.get $5
    call $assembly/json/JsonReader#get:pos
    local.get $bytes
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store
    local.get $5
    call $~lib/typedarray/Uint8Array#get:length
    i32.lt_s
    if (result i32)
     local.get $bytes
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store
     local.get $5
     local.get $this
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=8
     local.get $5
     call $assembly/json/JsonReader#get:pos
     call $~lib/typedarray/Uint8Array#__get
     call $assembly/json/hexValue
    else
     i32.const -1
    end
    local.set $d
    local.get $d
    i32.const 0
    i32.lt_s
    if
     local.get $this
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store
     local.get $5
     i32.const 27008
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=8
     local.get $5
     call $assembly/json/JsonReader#fail
     i32.const -1
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 12
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $value
    i32.const 4
    i32.shl
    local.get $d
    i32.or
    local.set $value
    local.get $this
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store
    local.get $5
    local.get $this
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=8
    local.get $5
    call $assembly/json/JsonReader#get:pos
    i32.const 1
    i32.add
    call $assembly/json/JsonReader#set:pos
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $value
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $assembly/json/writeUtf8 (param $out i32) (param $n i32) (param $cp i32) (result i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $cp
  i32.const 128
  i32.lt_u
  if
   local.get $out
   local.set $13
   global.get $~lib/memory/__stack_pointer
   local.get $13
   i32.store
   local.get $13
   local.get $n
   local.tee $3
   i32.const 1
   i32.add
   local.set $n
   local.get $3
   local.get $cp
   i32.const 255
   i32.and
   call $~lib/typedarray/Uint8Array#__set
  else
   local.get $cp
   i32.const 2048
   i32.lt_u
   if
    local.get $out
    local.set $13
    global.get $~lib/memory/__stack_pointer
    local.get $13
    i32.store
    local.get $13
    local.get $n
    local.tee $4
    i32.const 1
    i32.add
    local.set $n
    local.get $4
    i32.const 192
    local.get $cp
    i32.const 6
    i32.shr_u
    i32.or
    i32.const 255
    i32.and
    call $~lib/typedarray/Uint8Array#__set
    local.get $out
    local.set $13
    global.get $~lib/memory/__stack_pointer
    local.get $13
    i32.store
    local.get $13
    local.get $n
    local.tee $5
    i32.const 1
    i32.add
    local.set $n
    local.get $5
    i32.const 128
    local.get $cp
    i32.const 63
    i32.and
    i32.or
    i32.const 255
    i32.and
    call $~lib/typedarray/Uint8Array#__set
   else
    local.get $cp
    i32.const 65536
    i32.lt_u
    if
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $6
     i32.const 1
     i32.add
     local.set $n
     local.get $6
     i32.const 224
     local.get $cp
     i32.const 12
     i32.shr_u
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $7
     i32.const 1
     i32.add
     local.set $n
     local.get $7
     i32.const 128
     local.get $cp
     i32.const 6
     i32.shr_u
     i32.const 63
     i32.and
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $8
     i32.const 1
     i32.add
     local.set $n
     local.get $8
     i32.const 128
     local.get $cp
     i32.const 63
     i32.and
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
    else
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $9
     i32.const 1
     i32.add
     local.set $n
     local.get $9
     i32.const 240
     local.get $cp
     i32.const 18
     i32.shr_u
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $10
     i32.const 1
     i32.add
     local.set $n
     local.get $10
     i32.const 128
     local.get $cp
     i32.const 12
     i32.shr_u
     i32.const 63
     i32.and
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $11
     i32.const 1
     i32.add
     local.set $n
     local.get $11
     i32.const 128
     local.get $cp
     i32.const 6
     i32.shr_u
     i32.const 63
     i32.and
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
     local.get $out
     local.set $13
     global.get $~lib/memory/__stack_pointer
     local.get $13
     i32.store
     local.get $13
     local.get $n
     local.tee $12
     i32.const 1
     i32.add
     local.set $n
     local.get $12
     i32.const 128
     local.get $cp
     i32.const 63
     i32.and
     i32.or
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
    end
   end
  end
  local.get $n
  local.set $13
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $13
  return
 )
 (func $assembly/json/JsonReader#readString (param $this i32) (result i32)
  (local $bytes i32)
  (local $end i32)
  (local $c i32)
  (local $out i32)
  (local $n i32)
  (local $c|6 i32)
  (local $7 i32)
  (local $e i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $cp i32)
  (local $low i32)
  (local $20 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 32
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  call $assembly/json/JsonReader#get:bytes
  local.tee $bytes
  i32.store offset=4
  local.get $this
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  i32.const 34
  call $assembly/json/JsonReader#consume
  i32.eqz
  if
   local.get $this
   local.set $20
   global.get $~lib/memory/__stack_pointer
   local.get $20
   i32.store
   local.get $20
   i32.const 26672
   local.set $20
   global.get $~lib/memory/__stack_pointer
   local.get $20
   i32.store offset=8
   local.get $20
   call $assembly/json/JsonReader#fail
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
   local.set $20
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $20
   return
  end
  local.get $this
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  call $assembly/json/JsonReader#get:pos
  local.set $end
  block $while-break|0
   loop $while-continue|0
    local.get $end
    local.get $bytes
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store
    local.get $20
    call $~lib/typedarray/Uint8Array#get:length
    i32.lt_s
    if
     local.get $bytes
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store
     local.get $20
     local.get $end
     call $~lib/typedarray/Uint8Array#__get
     local.set $c
     local.get $c
     i32.const 34
     i32.eq
     if
      br $while-break|0
     end
     local.get $c
     i32.const 92
     i32.eq
     if
      local.get $end
      i32.const 1
      i32.add
      local.set $end
     end
     local.get $end
     i32.const 1
     i32.add
     local.set $end
     br $while-continue|0
    end
   end
  end
  local.get $end
  local.get $bytes
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  call $~lib/typedarray/Uint8Array#get:length
  i32.ge_s
  if
   local.get $this
   local.set $20
   global.get $~lib/memory/__stack_pointer
   local.get $20
   i32.store
   local.get $20
   i32.const 26768
   local.set $20
   global.get $~lib/memory/__stack_pointer
   local.get $20
   i32.store offset=8
   local.get $20
   call $assembly/json/JsonReader#fail
   i32.const 0
   i32.const 0
   call $~lib/arraybuffer/ArrayBuffer#constructor
   local.set $20
   global.get $~lib/memory/__stack_pointer
   i32.const 32
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $20
   return
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $end
  local.get $this
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  call $assembly/json/JsonReader#get:pos
  i32.sub
  call $~lib/typedarray/Uint8Array#constructor
  local.tee $out
  i32.store offset=12
  i32.const 0
  local.set $n
  loop $while-continue|1
   local.get $this
   local.set $20
   global.get $~lib/memory/__stack_pointer
   local.get $20
   i32.store
   local.get $20
   call $assembly/json/JsonReader#get:pos
   local.get $end
   i32.lt_s
   if
    local.get $bytes
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store
    local.get $20
    local.get $this
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store offset=8
    local.get $20
    call $assembly/json/JsonReader#get:pos
    call $~lib/typedarray/Uint8Array#__get
    local.set $c|6
    local.get $c|6
    i32.const 32
    i32.lt_u
    if
     local.get $this
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store
     local.get $20
     i32.const 26832
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=24
     local.get $20
     local.get $c|6
     call $assembly/json/hex2
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=28
     local.get $20
     call $~lib/string/String.__concat
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=16
     local.get $20
     i32.const 26896
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=20
     local.get $20
     call $~lib/string/String.__concat
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=8
     local.get $20
     call $assembly/json/JsonReader#fail
     i32.const 0
     i32.const 0
     call $~lib/arraybuffer/ArrayBuffer#constructor
     local.set $20
     global.get $~lib/memory/__stack_pointer
     i32.const 32
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $20
     return
    end
    local.get $c|6
    i32.const 92
    i32.ne
    if
     local.get $out
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store
     local.get $20
     local.get $n
     local.tee $7
     i32.const 1
     i32.add
     local.set $n
     local.get $7
     local.get $c|6
     i32.const 255
     i32.and
     call $~lib/typedarray/Uint8Array#__set
     local.get $this
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store
     local.get $20
     local.get $this
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=8
     local.get $20
     call $assembly/json/JsonReader#get:pos
     i32.const 1
     i32.add
     call $assembly/json/JsonReader#set:pos
     br $while-continue|1
    end
    local.get $this
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store
    local.get $20
    local.get $this
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store offset=8
    local.get $20
    call $assembly/json/JsonReader#get:pos
    i32.const 1
    i32.add
    call $assembly/json/JsonReader#set:pos
    local.get $bytes
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store
    local.get $20
    local.get $this
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store offset=8
    local.get $20
    call $assembly/json/JsonReader#get:pos
    call $~lib/typedarray/Uint8Array#__get
    local.set $e
    local.get $this
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store
    local.get $20
    local.get $this
    local.set $20
    global.get $~lib/memory/__stack_pointer
    local.get $20
    i32.store offset=8
    local.get $20
    call $assembly/json/JsonReader#get:pos
    i32.const 1
    i32.add
    call $assembly/json/JsonReader#set:pos
    block $break|2
     block $case9|2
      block $case8|2
       block $case7|2
        block $case6|2
         block $case5|2
          block $case4|2
           block $case3|2
            block $case2|2
             block $case1|2
              block $case0|2
               local.get $e
               local.set $9
               local.get $9
               i32.const 34
               i32.eq
               br_if $case0|2
               local.get $9
               i32.const 92
               i32.eq
               br_if $case1|2
               local.get $9
               i32.const 47
               i32.eq
               br_if $case2|2
               local.get $9
               i32.const 98
               i32.eq
               br_if $case3|2
               local.get $9
               i32.const 102
               i32.eq
               br_if $case4|2
               local.get $9
               i32.const 110
               i32.eq
               br_if $case5|2
               local.get $9
               i32.const 114
               i32.eq
               br_if $case6|2
               local.get $9
               i32.const 116
               i32.eq
               br_if $case7|2
               local.get $9
               i32.const 117
               i32.eq
               br_if $case8|2
               br $case9|2
              end
              local.get $out
              local.set $20
              global.get $~lib/memory/__stack_pointer
              local.get $20
              i32.store
              local.get $20
              local.get $n
              local.tee $10
              i32.const 1
              i32.add
              local.set $n
              local.get $10
              i32.const 34
              call $~lib/typedarray/Uint8Array#__set
              br $break|2
             end
             local.get $out
             local.set $20
             global.get $~lib/memory/__stack_pointer
             local.get $20
             i32.store
             local.get $20
             local.get $n
             local.tee $11
             i32.const 1
             i32.add
             local.set $n
             local.get $11
             i32.const 92
             call $~lib/typedarray/Uint8Array#__set
             br $break|2
            end
            local.get $out
            local.set $20
            global.get $~lib/memory/__stack_pointer
            local.get $20
            i32.store
            local.get $20
            local.get $n
            local.tee $12
            i32.const 1
            i32.add
            local.set $n
            local.get $12
            i32.const 47
            call $~lib/typedarray/Uint8Array#__set
            br $break|2
           end
           local.get $out
           local.set $20
           global.get $~lib/memory/__stack_pointer
           local.get $20
           i32.store
           local.get $20
           local.get $n
           local.tee $13
           i32.const 1
           i32.add
           local.set $n
           local.get $13
           i32.const 8
           call $~lib/typedarray/Uint8Array#__set
           br $break|2
          end
          local.get $out
          local.set $20
          global.get $~lib/memory/__stack_pointer
          local.get $20
          i32.store
          local.get $20
          local.get $n
          local.tee $14
          i32.const 1
          i32.add
          local.set $n
          local.get $14
          i32.const 12
          call $~lib/typedarray/Uint8Array#__set
          br $break|2
         end
         local.get $out
         local.set $20
         global.get $~lib/memory/__stack_pointer
         local.get $20
         i32.store
         local.get $20
         local.get $n
         local.tee $15
         i32.const 1
         i32.add
         local.set $n
         local.get $15
         i32.const 10
         call $~lib/typedarray/Uint8Array#__set
         br $break|2
        end
        local.get $out
        local.set $20
        global.get $~lib/memory/__stack_pointer
        local.get $20
        i32.store
        local.get $20
        local.get $n
        local.tee $16
        i32.const 1
        i32.add
        local.set $n
        local.get $16
        i32.const 13
        call $~lib/typedarray/Uint8Array#__set
        br $break|2
       end
       local.get $out
       local.set $20
       global.get $~lib/memory/__stack_pointer
       local.get $20
       i32.store
       local.get $20
       local.get $n
       local.tee $17
       i32.const 1
       i32.add
       local.set $n
       local.get $17
       i32.const 9
       call $~lib/typedarray/Uint8Array#__set
       br $break|2
      end
      local.get $this
      local.set $20
      global.get $~lib/memory/__stack_pointer
      local.get $20
      i32.store
      local.get $20
      call $assembly/json/JsonReader#readHex4
      local.set $cp
      local.get $cp
      i32.const 0
      i32.lt_s
      if
       i32.const 0
       i32.const 0
       call $~lib/arraybuffer/ArrayBuffer#constructor
       local.set $20
       global.get $~lib/memory/__stack_pointer
       i32.const 32
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $20
       return
      end
      local.get $cp
      i32.const 56320
      i32.ge_s
      if (result i32)
       local.get $cp
       i32.const 57343
       i32.le_s
      else
       i32.const 0
      end
      if
       local.get $this
       local.set $20
       global.get $~lib/memory/__stack_pointer
       local.get $20
       i32.store
       local.get $20
       i32.const 27104
       local.set $20
       global.get $~lib/memory/__stack_pointer
       local.get $20
       i32.store offset=8
       local.get $20
       call $assembly/json/JsonReader#fail
       i32.const 0
       i32.const 0
       call $~lib/arraybuffer/ArrayBuffer#constructor
       local.set $20
       global.get $~lib/memory/__stack_pointer
       i32.const 32
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $20
       return
      end
      local.get $cp
      i32.const 55296
      i32.ge_s
      if (result i32)
       local.get $cp
       i32.const 56319
       i32.le_s
      else
       i32.const 0
      end
      if
       local.get $this
       local.set $20
       global.get $~lib/memory/__stack_pointer
       local.get $20
       i32.store
       local.get $20
       i32.const 92
       call $assembly/json/JsonReader#consume
       if (result i32)
        local.get $this
        local.set $20
        global.get $~lib/memory/__stack_pointer
        local.get $20
        i32.store
        local.get $20
        i32.const 117
        call $assembly/json/JsonReader#consume
       else
        i32.const 0
       end
       i32.eqz
       if
        local.get $this
        local.set $20
        global.get $~lib/memory/__stack_pointer
        local.get $20
        i32.store
        local.get $20
        i32.const 27104
        local.set $20
        global.get $~lib/memory/__stack_pointer
        local.get $20
        i32.store offset=8
        local.get $20
        call $assembly/json/JsonReader#fail
        i32.const 0
        i32.const 0
        call $~lib/arraybuffer/ArrayBuffer#constructor
        local.set $20
        global.get $~lib/memory/__stack_pointer
        i32.const 32
        i32.add
        global.set $~lib/memory/__stack_pointer
        local.get $20
        return
       end
       local.get $this
       local.set $20
       global.get $~lib/memory/__stack_pointer
       local.get $20
       i32.store
       local.get $20
       call $assembly/json/JsonReader#readHex4
       local.set $low
       local.get $low
       i32.const 0
       i32.lt_s
       if
        i32.const 0
        i32.const 0
        call $~lib/arraybuffer/ArrayBuffer#constructor
        local.set $20
        global.get $~lib/memory/__stack_pointer
        i32.const 32
        i32.add
        global.set $~lib/memory/__stack_pointer
        local.get $20
        return
       end
       local.get $low
       i32.const 56320
       i32.lt_s
       if (result i32)
        i32.const 1
       else
        local.get $low
        i32.const 57343
        i32.gt_s
       end
       if
        local.get $this
        local.set $20
        global.get $~lib/memory/__stack_pointer
        local.get $20
        i32.store
        local.get $20
        i32.const 27104
        local.set $20
        global.get $~lib/memory/__stack_pointer
        local.get $20
        i32.store offset=8
        local.get $20
        call $assembly/json/JsonReader#fail
        i32.const 0
        i32.const 0
        call $~lib/arraybuffer/ArrayBuffer#constructor
        local.set $20
        global.get $~lib/memory/__stack_pointer
        i32.const 32
        i32.add
        global.set $~lib/memory/__stack_pointer
        local.get $20
        return
       end
       i32.const 65536
       local.get $cp
       i32.const 55296
       i32.sub
       i32.const 10
       i32.shl
       i32.add
       local.get $low
       i32.const 56320
       i32.sub
       i32.add
       local.set $cp
      end
      local.get $out
      local.set $20
      global.get $~lib/memory/__stack_pointer
      local.get $20
      i32.store
      local.get $20
      local.get $n
      local.get $cp
      call $assembly/json/writeUtf8
      local.set $n
      br $break|2
     end
     local.get $this
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store
     local.get $20
     local.get $this
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=8
     local.get $20
     call $assembly/json/JsonReader#get:pos
     i32.const 1
     i32.sub
     call $assembly/json/JsonReader#set:pos
     local.get $this
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store
     local.get $20
     i32.const 27200
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=24
     local.get $20
     local.get $e
     i32.const 1
     global.set $~argumentsLength
     i32.const 0
     call $~lib/string/String.fromCharCode@varargs
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=28
     local.get $20
     call $~lib/string/String.__concat
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=16
     local.get $20
     i32.const 27264
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=20
     local.get $20
     call $~lib/string/String.__concat
     local.set $20
     global.get $~lib/memory/__stack_pointer
     local.get $20
     i32.store offset=8
     local.get $20
     call $assembly/json/JsonReader#fail
     i32.const 0
     i32.const 0
     call $~lib/arraybuffer/ArrayBuffer#constructor
     local.set $20
     global.get $~lib/memory/__stack_pointer
     i32.const 32
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $20
     return
    end
    br $while-continue|1
   end
  end
  local.get $this
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  local.get $end
  i32.const 1
  i32.add
  call $assembly/json/JsonReader#set:pos
  local.get $out
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store offset=8
  local.get $20
  call $~lib/arraybuffer/ArrayBufferView#get:buffer
  local.set $20
  global.get $~lib/memory/__stack_pointer
  local.get $20
  i32.store
  local.get $20
  i32.const 0
  local.get $n
  call $~lib/arraybuffer/ArrayBuffer#slice
  local.set $20
  global.get $~lib/memory/__stack_pointer
  i32.const 32
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $20
  return
 )
 (func $assembly/config/quote (param $value i32) (result i32)
  (local $bytes i32)
  (local $end i32)
  (local $out i32)
  (local $n i32)
  (local $5 i32)
  (local $i i32)
  (local $c i32)
  (local $8 i32)
  (local $9 i32)
  (local $h i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $text i32)
  (local $18 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 44
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 44
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $value
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/typedarray/Uint8Array.wrap@varargs
  local.tee $bytes
  i32.store offset=4
  local.get $bytes
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $~lib/typedarray/Uint8Array#get:length
  global.get $assembly/config/QUOTE_LIMIT
  i32.lt_s
  if (result i32)
   local.get $bytes
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   call $~lib/typedarray/Uint8Array#get:length
  else
   global.get $assembly/config/QUOTE_LIMIT
  end
  local.set $end
  loop $while-continue|0
   local.get $end
   local.get $bytes
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   call $~lib/typedarray/Uint8Array#get:length
   i32.lt_s
   if (result i32)
    local.get $end
    i32.const 0
    i32.gt_s
   else
    i32.const 0
   end
   if (result i32)
    local.get $bytes
    local.set $18
    global.get $~lib/memory/__stack_pointer
    local.get $18
    i32.store
    local.get $18
    local.get $end
    call $~lib/typedarray/Uint8Array#__get
    i32.const 192
    i32.and
    i32.const 128
    i32.eq
   else
    i32.const 0
   end
   if
    local.get $end
    i32.const 1
    i32.sub
    local.set $end
    br $while-continue|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $end
  i32.const 4
  i32.mul
  i32.const 2
  i32.add
  call $~lib/typedarray/Uint8Array#constructor
  local.tee $out
  i32.store offset=8
  i32.const 0
  local.set $n
  local.get $out
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $n
  local.tee $5
  i32.const 1
  i32.add
  local.set $n
  local.get $5
  i32.const 34
  call $~lib/typedarray/Uint8Array#__set
  i32.const 0
  local.set $i
  loop $for-loop|1
   local.get $i
   local.get $end
   i32.lt_s
   if
    local.get $bytes
    local.set $18
    global.get $~lib/memory/__stack_pointer
    local.get $18
    i32.store
    local.get $18
    local.get $i
    call $~lib/typedarray/Uint8Array#__get
    local.set $c
    local.get $c
    i32.const 34
    i32.eq
    if (result i32)
     i32.const 1
    else
     local.get $c
     i32.const 92
     i32.eq
    end
    if
     local.get $out
     local.set $18
     global.get $~lib/memory/__stack_pointer
     local.get $18
     i32.store
     local.get $18
     local.get $n
     local.tee $8
     i32.const 1
     i32.add
     local.set $n
     local.get $8
     i32.const 92
     call $~lib/typedarray/Uint8Array#__set
     local.get $out
     local.set $18
     global.get $~lib/memory/__stack_pointer
     local.get $18
     i32.store
     local.get $18
     local.get $n
     local.tee $9
     i32.const 1
     i32.add
     local.set $n
     local.get $9
     local.get $c
     call $~lib/typedarray/Uint8Array#__set
    else
     local.get $c
     i32.const 32
     i32.lt_u
     if (result i32)
      i32.const 1
     else
      local.get $c
      i32.const 127
      i32.eq
     end
     if
      global.get $~lib/memory/__stack_pointer
      local.get $c
      call $assembly/json/hex2
      local.tee $h
      i32.store offset=12
      local.get $out
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store
      local.get $18
      local.get $n
      local.tee $11
      i32.const 1
      i32.add
      local.set $n
      local.get $11
      i32.const 92
      call $~lib/typedarray/Uint8Array#__set
      local.get $out
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store
      local.get $18
      local.get $n
      local.tee $12
      i32.const 1
      i32.add
      local.set $n
      local.get $12
      i32.const 120
      call $~lib/typedarray/Uint8Array#__set
      local.get $out
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store
      local.get $18
      local.get $n
      local.tee $13
      i32.const 1
      i32.add
      local.set $n
      local.get $13
      local.get $h
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store offset=16
      local.get $18
      i32.const 0
      call $~lib/string/String#charCodeAt
      i32.const 255
      i32.and
      call $~lib/typedarray/Uint8Array#__set
      local.get $out
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store
      local.get $18
      local.get $n
      local.tee $14
      i32.const 1
      i32.add
      local.set $n
      local.get $14
      local.get $h
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store offset=16
      local.get $18
      i32.const 1
      call $~lib/string/String#charCodeAt
      i32.const 255
      i32.and
      call $~lib/typedarray/Uint8Array#__set
     else
      local.get $out
      local.set $18
      global.get $~lib/memory/__stack_pointer
      local.get $18
      i32.store
      local.get $18
      local.get $n
      local.tee $15
      i32.const 1
      i32.add
      local.set $n
      local.get $15
      local.get $c
      call $~lib/typedarray/Uint8Array#__set
     end
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|1
   end
  end
  local.get $out
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  local.get $n
  local.tee $16
  i32.const 1
  i32.add
  local.set $n
  local.get $16
  i32.const 34
  call $~lib/typedarray/Uint8Array#__set
  global.get $~lib/memory/__stack_pointer
  local.get $out
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=20
  local.get $18
  call $~lib/arraybuffer/ArrayBufferView#get:buffer
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store offset=16
  local.get $18
  i32.const 0
  local.get $n
  call $~lib/arraybuffer/ArrayBuffer#slice
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  i32.const 0
  call $~lib/string/String.UTF8.decode
  local.tee $text
  i32.store offset=24
  local.get $end
  local.get $bytes
  local.set $18
  global.get $~lib/memory/__stack_pointer
  local.get $18
  i32.store
  local.get $18
  call $~lib/typedarray/Uint8Array#get:length
  i32.lt_s
  if
   global.get $~lib/memory/__stack_pointer
   local.get $text
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store
   local.get $18
   i32.const 27376
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=32
   local.get $18
   local.get $bytes
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=40
   local.get $18
   call $~lib/typedarray/Uint8Array#get:length
   i32.const 10
   call $~lib/number/I32#toString
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=36
   local.get $18
   call $~lib/string/String.__concat
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=20
   local.get $18
   i32.const 27408
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=28
   local.get $18
   call $~lib/string/String.__concat
   local.set $18
   global.get $~lib/memory/__stack_pointer
   local.get $18
   i32.store offset=16
   local.get $18
   call $~lib/string/String.__concat
   local.tee $text
   i32.store offset=24
  end
  local.get $text
  local.set $18
  global.get $~lib/memory/__stack_pointer
  i32.const 44
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $18
  return
 )
 (func $assembly/config/quoteString (param $text i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $text
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/config/quote
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/staticarray/StaticArray<bool>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/staticarray/StaticArray<bool>#get:length
  i32.ge_u
  if
   i32.const 224
   i32.const 2352
   i32.const 78
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.get $index
  i32.const 0
  i32.shl
  i32.add
  i32.load8_u
  local.set $value
  i32.const 0
  drop
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/staticarray/StaticArray<bool>#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/staticarray/StaticArray<bool>#get:length
  i32.ge_u
  if
   i32.const 224
   i32.const 2352
   i32.const 93
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $index
  local.get $value
  call $~lib/staticarray/StaticArray<bool>#__uset
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/json/JsonReader#readLiteral (param $this i32) (param $kind i32)
  (local $word i32)
  (local $i i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $kind
  i32.const 1
  i32.eq
  if (result i32)
   i32.const 27728
  else
   local.get $kind
   i32.const 2
   i32.eq
   if (result i32)
    i32.const 27760
   else
    i32.const 13024
   end
  end
  local.tee $word
  i32.store
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $word
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   call $~lib/string/String#get:length
   i32.lt_s
   if
    local.get $this
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=4
    local.get $4
    call $assembly/json/JsonReader#peek
    local.get $word
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=4
    local.get $4
    local.get $i
    call $~lib/string/String#charCodeAt
    i32.ne
    if
     local.get $this
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=4
     local.get $4
     i32.const 27792
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=20
     local.get $4
     local.get $word
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=24
     local.get $4
     call $~lib/string/String.__concat
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=12
     local.get $4
     i32.const 27264
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=16
     local.get $4
     call $~lib/string/String.__concat
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=8
     local.get $4
     call $assembly/json/JsonReader#fail
     global.get $~lib/memory/__stack_pointer
     i32.const 28
     i32.add
     global.set $~lib/memory/__stack_pointer
     return
    end
    local.get $this
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=4
    local.get $4
    local.get $this
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=8
    local.get $4
    call $assembly/json/JsonReader#get:pos
    i32.const 1
    i32.add
    call $assembly/json/JsonReader#set:pos
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/string/String#substring (param $this i32) (param $start i32) (param $end i32) (result i32)
  (local $len i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $finalStart i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $finalEnd i32)
  (local $14 i32)
  (local $15 i32)
  (local $fromPos i32)
  (local $17 i32)
  (local $18 i32)
  (local $toPos i32)
  (local $size i32)
  (local $out i32)
  (local $22 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $22
  global.get $~lib/memory/__stack_pointer
  local.get $22
  i32.store
  local.get $22
  call $~lib/string/String#get:length
  local.set $len
  local.get $start
  local.tee $4
  i32.const 0
  local.tee $5
  local.get $4
  local.get $5
  i32.gt_s
  select
  local.tee $6
  local.get $len
  local.tee $7
  local.get $6
  local.get $7
  i32.lt_s
  select
  local.set $finalStart
  local.get $end
  local.tee $9
  i32.const 0
  local.tee $10
  local.get $9
  local.get $10
  i32.gt_s
  select
  local.tee $11
  local.get $len
  local.tee $12
  local.get $11
  local.get $12
  i32.lt_s
  select
  local.set $finalEnd
  local.get $finalStart
  local.tee $14
  local.get $finalEnd
  local.tee $15
  local.get $14
  local.get $15
  i32.lt_s
  select
  i32.const 1
  i32.shl
  local.set $fromPos
  local.get $finalStart
  local.tee $17
  local.get $finalEnd
  local.tee $18
  local.get $17
  local.get $18
  i32.gt_s
  select
  i32.const 1
  i32.shl
  local.set $toPos
  local.get $toPos
  local.get $fromPos
  i32.sub
  local.set $size
  local.get $size
  i32.eqz
  if
   i32.const 2320
   local.set $22
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $22
   return
  end
  local.get $fromPos
  i32.eqz
  if (result i32)
   local.get $toPos
   local.get $len
   i32.const 1
   i32.shl
   i32.eq
  else
   i32.const 0
  end
  if
   local.get $this
   local.set $22
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $22
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $size
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store offset=4
  local.get $out
  local.get $this
  local.get $fromPos
  i32.add
  local.get $size
  memory.copy
  local.get $out
  local.set $22
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $22
  return
 )
 (func $assembly/rules/asciiLowercase (param $text i32) (result i32)
  (local $out i32)
  (local $i i32)
  (local $c i32)
  (local $j i32)
  (local $d i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $text
  local.tee $out
  i32.store
  i32.const 0
  local.set $i
  block $for-break0
   loop $for-loop|0
    local.get $i
    local.get $text
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=4
    local.get $6
    call $~lib/string/String#get:length
    i32.lt_s
    if
     local.get $text
     local.set $6
     global.get $~lib/memory/__stack_pointer
     local.get $6
     i32.store offset=4
     local.get $6
     local.get $i
     call $~lib/string/String#charCodeAt
     local.set $c
     local.get $c
     i32.const 65
     i32.ge_s
     if (result i32)
      local.get $c
      i32.const 90
      i32.le_s
     else
      i32.const 0
     end
     if
      global.get $~lib/memory/__stack_pointer
      local.get $text
      local.set $6
      global.get $~lib/memory/__stack_pointer
      local.get $6
      i32.store offset=4
      local.get $6
      i32.const 0
      local.get $i
      call $~lib/string/String#substring
      local.tee $out
      i32.store
      local.get $i
      local.set $j
      loop $for-loop|1
       local.get $j
       local.get $text
       local.set $6
       global.get $~lib/memory/__stack_pointer
       local.get $6
       i32.store offset=4
       local.get $6
       call $~lib/string/String#get:length
       i32.lt_s
       if
        local.get $text
        local.set $6
        global.get $~lib/memory/__stack_pointer
        local.get $6
        i32.store offset=4
        local.get $6
        local.get $j
        call $~lib/string/String#charCodeAt
        local.set $d
        global.get $~lib/memory/__stack_pointer
        local.get $out
        local.set $6
        global.get $~lib/memory/__stack_pointer
        local.get $6
        i32.store offset=4
        local.get $6
        local.get $d
        i32.const 65
        i32.ge_s
        if (result i32)
         local.get $d
         i32.const 90
         i32.le_s
        else
         i32.const 0
        end
        if (result i32)
         local.get $d
         i32.const 32
         i32.add
        else
         local.get $d
        end
        i32.const 1
        global.set $~argumentsLength
        i32.const 0
        call $~lib/string/String.fromCharCode@varargs
        local.set $6
        global.get $~lib/memory/__stack_pointer
        local.get $6
        i32.store offset=8
        local.get $6
        call $~lib/string/String.__concat
        local.tee $out
        i32.store
        local.get $j
        i32.const 1
        i32.add
        local.set $j
        br $for-loop|1
       end
      end
      br $for-break0
     end
     local.get $i
     i32.const 1
     i32.add
     local.set $i
     br $for-loop|0
    end
   end
  end
  local.get $out
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $assembly/rules/headerNameProblem (param $name i32) (result i32)
  (local $i i32)
  (local $lower i32)
  (local $i|3 i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 40
  memory.fill
  local.get $name
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/string/String#get:length
  i32.const 0
  i32.eq
  if
   i32.const 27984
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $name
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  i32.const 0
  call $~lib/string/String#charCodeAt
  i32.const 58
  i32.eq
  if
   i32.const 28048
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $name
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/string/String#get:length
  global.get $assembly/rules/MAX_NAME_LENGTH
  i32.gt_s
  if
   i32.const 28224
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=24
   local.get $4
   local.get $name
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=32
   local.get $4
   call $~lib/string/String#get:length
   i32.const 10
   call $~lib/number/I32#toString
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=28
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=16
   local.get $4
   i32.const 28256
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=20
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=8
   local.get $4
   global.get $assembly/rules/MAX_NAME_LENGTH
   i32.const 10
   call $~lib/number/I32#toString
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=12
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   i32.const 28336
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=4
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 40
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $name
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   call $~lib/string/String#get:length
   i32.lt_s
   if
    local.get $name
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store
    local.get $4
    local.get $i
    call $~lib/string/String#charCodeAt
    call $assembly/rules/isTokenChar
    i32.eqz
    if
     i32.const 28384
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=8
     local.get $4
     local.get $i
     i32.const 1
     i32.add
     i32.const 10
     call $~lib/number/I32#toString
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=12
     local.get $4
     call $~lib/string/String.__concat
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store
     local.get $4
     i32.const 28496
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=4
     local.get $4
     call $~lib/string/String.__concat
     local.set $4
     global.get $~lib/memory/__stack_pointer
     i32.const 40
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $4
     return
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  local.get $name
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $assembly/rules/asciiLowercase
  local.tee $lower
  i32.store offset=36
  i32.const 0
  local.set $i|3
  loop $for-loop|1
   local.get $i|3
   global.get $assembly/rules/PROXY_OWNED_HEADERS
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.lt_s
   if
    local.get $lower
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store
    local.get $4
    global.get $assembly/rules/PROXY_OWNED_HEADERS
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=8
    local.get $4
    local.get $i|3
    call $~lib/array/Array<~lib/string/String>#__get
    local.set $4
    global.get $~lib/memory/__stack_pointer
    local.get $4
    i32.store offset=4
    local.get $4
    call $~lib/string/String.__eq
    if
     i32.const 28640
     local.set $4
     global.get $~lib/memory/__stack_pointer
     i32.const 40
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $4
     return
    end
    local.get $i|3
    i32.const 1
    i32.add
    local.set $i|3
    br $for-loop|1
   end
  end
  i32.const 2320
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 40
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $assembly/config/valueProblem (param $value i32) (result i32)
  (local $ptr i32)
  (local $len i32)
  (local $3 i32)
  (local $at i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 44
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 44
  memory.fill
  local.get $value
  local.set $ptr
  local.get $value
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.set $len
  block $break|0
   block $case3|0
    block $case2|0
     block $case1|0
      block $case0|0
       local.get $ptr
       local.get $len
       call $assembly/rules/checkValue
       local.set $3
       local.get $3
       i32.const 1
       i32.eq
       br_if $case0|0
       local.get $3
       i32.const 2
       i32.eq
       br_if $case1|0
       local.get $3
       i32.const 3
       i32.eq
       br_if $case2|0
       local.get $3
       i32.const 4
       i32.eq
       br_if $case3|0
       br $break|0
      end
      i32.const 28800
      local.set $5
      global.get $~lib/memory/__stack_pointer
      i32.const 44
      i32.add
      global.set $~lib/memory/__stack_pointer
      local.get $5
      return
     end
     i32.const 28224
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=24
     local.get $5
     local.get $len
     i32.const 10
     call $~lib/number/I32#toString
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=28
     local.get $5
     call $~lib/string/String.__concat
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=16
     local.get $5
     i32.const 28960
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=20
     local.get $5
     call $~lib/string/String.__concat
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=8
     local.get $5
     global.get $assembly/rules/MAX_VALUE_LENGTH
     i32.const 10
     call $~lib/number/I32#toString
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=12
     local.get $5
     call $~lib/string/String.__concat
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store
     local.get $5
     i32.const 28336
     local.set $5
     global.get $~lib/memory/__stack_pointer
     local.get $5
     i32.store offset=4
     local.get $5
     call $~lib/string/String.__concat
     local.set $5
     global.get $~lib/memory/__stack_pointer
     i32.const 44
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $5
     return
    end
    local.get $ptr
    local.get $len
    call $assembly/rules/firstControl
    local.set $at
    local.get $value
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=40
    local.get $5
    call $assembly/config/quote
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=32
    local.get $5
    i32.const 29024
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=36
    local.get $5
    call $~lib/string/String.__concat
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=24
    local.get $5
    local.get $ptr
    local.get $at
    i32.add
    i32.load8_u
    call $assembly/json/hex2
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=28
    local.get $5
    call $~lib/string/String.__concat
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=16
    local.get $5
    i32.const 26160
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=20
    local.get $5
    call $~lib/string/String.__concat
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=8
    local.get $5
    local.get $at
    i32.const 10
    call $~lib/number/I32#toString
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=12
    local.get $5
    call $~lib/string/String.__concat
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store
    local.get $5
    i32.const 29104
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=4
    local.get $5
    call $~lib/string/String.__concat
    local.set $5
    global.get $~lib/memory/__stack_pointer
    i32.const 44
    i32.add
    global.set $~lib/memory/__stack_pointer
    local.get $5
    return
   end
   local.get $value
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=8
   local.get $5
   call $assembly/config/quote
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   i32.const 29280
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store offset=4
   local.get $5
   call $~lib/string/String.__concat
   local.set $5
   global.get $~lib/memory/__stack_pointer
   i32.const 44
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $5
   return
  end
  i32.const 2320
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 44
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $assembly/config/readField (param $reader i32) (param $field i32) (param $settings i32) (result i32)
  (local $kind i32)
  (local $value i32)
  (local $name i32)
  (local $problem i32)
  (local $problem|7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 36
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 36
  memory.fill
  local.get $reader
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $assembly/json/JsonReader#kind
  local.set $kind
  local.get $kind
  i32.const 3
  i32.eq
  if
   local.get $reader
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $kind
   call $assembly/json/JsonReader#readLiteral
   i32.const 2320
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 36
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  local.get $field
  global.get $assembly/config/F_PRESERVE
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $field
   global.get $assembly/config/F_ECHO
   i32.eq
  end
  if
   local.get $kind
   i32.const 1
   i32.ne
   if (result i32)
    local.get $kind
    i32.const 2
    i32.ne
   else
    i32.const 0
   end
   if
    i32.const 27840
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $kind
    call $assembly/json/kindName
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $~lib/string/String.__concat
    local.set $8
    global.get $~lib/memory/__stack_pointer
    i32.const 36
    i32.add
    global.set $~lib/memory/__stack_pointer
    local.get $8
    return
   end
   local.get $reader
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $kind
   call $assembly/json/JsonReader#readLiteral
   local.get $field
   global.get $assembly/config/F_PRESERVE
   i32.eq
   if
    local.get $settings
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $kind
    i32.const 1
    i32.eq
    call $assembly/config/Settings#set:preserveExisting
   else
    local.get $settings
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $kind
    i32.const 1
    i32.eq
    call $assembly/config/Settings#set:echoResponse
   end
   i32.const 2320
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 36
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  local.get $kind
  i32.const 0
  i32.ne
  if
   i32.const 27920
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $kind
   call $assembly/json/kindName
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $~lib/string/String.__concat
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 36
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $reader
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $assembly/json/JsonReader#readString
  local.tee $value
  i32.store offset=8
  local.get $reader
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $assembly/json/JsonReader#get:failed
  if
   i32.const 2320
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 36
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  local.get $field
  global.get $assembly/config/F_HEADER
  i32.eq
  if
   global.get $~lib/memory/__stack_pointer
   local.get $value
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   i32.const 0
   call $~lib/string/String.UTF8.decode
   local.tee $name
   i32.store offset=12
   global.get $~lib/memory/__stack_pointer
   local.get $name
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $assembly/rules/headerNameProblem
   local.tee $problem
   i32.store offset=16
   local.get $problem
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   call $~lib/string/String#get:length
   i32.const 0
   i32.ne
   if
    local.get $value
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=28
    local.get $8
    call $assembly/config/quote
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=20
    local.get $8
    i32.const 28768
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=24
    local.get $8
    call $~lib/string/String.__concat
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store
    local.get $8
    local.get $problem
    local.set $8
    global.get $~lib/memory/__stack_pointer
    local.get $8
    i32.store offset=4
    local.get $8
    call $~lib/string/String.__concat
    local.set $8
    global.get $~lib/memory/__stack_pointer
    i32.const 36
    i32.add
    global.set $~lib/memory/__stack_pointer
    local.get $8
    return
   end
   local.get $settings
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $name
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=20
   local.get $8
   call $assembly/rules/asciiLowercase
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $assembly/config/Settings#set:header
   local.get $settings
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store
   local.get $8
   local.get $settings
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=24
   local.get $8
   call $assembly/config/Settings#get:header
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=20
   local.get $8
   i32.const 0
   i32.const 1
   global.set $~argumentsLength
   i32.const 0
   call $~lib/string/String.UTF8.encode@varargs
   local.set $8
   global.get $~lib/memory/__stack_pointer
   local.get $8
   i32.store offset=4
   local.get $8
   call $assembly/config/Settings#set:headerBytes
   i32.const 2320
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 36
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $value
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $assembly/config/valueProblem
  local.tee $problem|7
  i32.store offset=32
  local.get $problem|7
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $~lib/string/String#get:length
  i32.const 0
  i32.ne
  if
   local.get $problem|7
   local.set $8
   global.get $~lib/memory/__stack_pointer
   i32.const 36
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $8
   return
  end
  local.get $settings
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $value
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store offset=4
  local.get $8
  call $assembly/config/Settings#set:value
  i32.const 2320
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 36
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $assembly/json/JsonReader#atEnd (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/json/JsonReader#get:pos
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $assembly/json/JsonReader#get:bytes
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/typedarray/Uint8Array#get:length
  i32.ge_s
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/config/parseConfiguration (param $doc i32) (result i32)
  (local $bytes i32)
  (local $settings i32)
  (local $badByte i32)
  (local $reader i32)
  (local $top i32)
  (local $seen i32)
  (local $name i32)
  (local $field i32)
  (local $problem i32)
  (local $10 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 64
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 64
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $doc
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/typedarray/Uint8Array.wrap@varargs
  local.tee $bytes
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  call $assembly/config/Settings#constructor
  local.tee $settings
  i32.store offset=8
  local.get $bytes
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/config/isBlank
  if
   i32.const 0
   local.get $settings
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store
   local.get $10
   i32.const 2320
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store offset=12
   local.get $10
   call $assembly/config/ConfigResult#constructor
   local.set $10
   global.get $~lib/memory/__stack_pointer
   i32.const 64
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $10
   return
  end
  local.get $bytes
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/invalidUtf8At
  local.set $badByte
  local.get $badByte
  i32.const 0
  i32.ge_s
  if
   i32.const 25952
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store offset=12
   local.get $10
   local.get $badByte
   i32.const 10
   call $~lib/number/I32#toString
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store offset=16
   local.get $10
   call $~lib/string/String.__concat
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store
   local.get $10
   call $assembly/config/refuse
   local.set $10
   global.get $~lib/memory/__stack_pointer
   i32.const 64
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $10
   return
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $bytes
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/JsonReader#constructor
  local.tee $reader
  i32.store offset=20
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/JsonReader#skipWhitespace
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/JsonReader#kind
  local.set $top
  local.get $top
  i32.const 5
  i32.ne
  if
   local.get $top
   i32.const 8
   i32.eq
   if
    local.get $reader
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store
    local.get $10
    i32.const 26032
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store offset=12
    local.get $10
    call $assembly/json/JsonReader#fail
    local.get $reader
    local.set $10
    global.get $~lib/memory/__stack_pointer
    local.get $10
    i32.store
    local.get $10
    call $assembly/config/syntaxError
    local.set $10
    global.get $~lib/memory/__stack_pointer
    i32.const 64
    i32.add
    global.set $~lib/memory/__stack_pointer
    local.get $10
    return
   end
   i32.const 26208
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store offset=12
   local.get $10
   local.get $top
   call $assembly/json/kindName
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store offset=16
   local.get $10
   call $~lib/string/String.__concat
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store
   local.get $10
   call $assembly/config/refuse
   local.set $10
   global.get $~lib/memory/__stack_pointer
   i32.const 64
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $10
   return
  end
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=12
  local.get $10
  call $assembly/json/JsonReader#get:pos
  i32.const 1
  i32.add
  call $assembly/json/JsonReader#set:pos
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/JsonReader#skipWhitespace
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  global.get $assembly/config/FIELDS
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $~lib/array/Array<~lib/string/String>#get:length
  call $~lib/staticarray/StaticArray<bool>#constructor
  local.tee $seen
  i32.store offset=24
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  i32.const 125
  call $assembly/json/JsonReader#consume
  i32.eqz
  if
   block $while-break|0
    loop $while-continue|0
     i32.const 1
     if
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#skipWhitespace
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#kind
      i32.const 0
      i32.ne
      if
       local.get $reader
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       i32.const 26576
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=12
       local.get $10
       call $assembly/json/JsonReader#fail
       local.get $reader
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/syntaxError
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      global.get $~lib/memory/__stack_pointer
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store offset=12
      local.get $10
      call $assembly/json/JsonReader#readString
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      i32.const 0
      call $~lib/string/String.UTF8.decode
      local.tee $name
      i32.store offset=28
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#get:failed
      if
       local.get $reader
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/syntaxError
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#skipWhitespace
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      i32.const 58
      call $assembly/json/JsonReader#consume
      i32.eqz
      if
       local.get $reader
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       i32.const 27296
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=16
       local.get $10
       local.get $name
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=36
       local.get $10
       call $assembly/config/quoteString
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=32
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=12
       local.get $10
       call $assembly/json/JsonReader#fail
       local.get $reader
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/syntaxError
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#skipWhitespace
      global.get $assembly/config/FIELDS
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      local.get $name
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store offset=12
      local.get $10
      i32.const 0
      call $~lib/array/Array<~lib/string/String>#indexOf
      local.set $field
      local.get $field
      i32.const 0
      i32.lt_s
      if
       i32.const 27456
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=48
       local.get $10
       local.get $name
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=56
       local.get $10
       call $assembly/config/quoteString
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=52
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=40
       local.get $10
       i32.const 27504
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=44
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=32
       local.get $10
       global.get $assembly/config/FIELDS
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=40
       local.get $10
       i32.const 27552
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=44
       local.get $10
       call $~lib/array/Array<~lib/string/String>#join
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=36
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=12
       local.get $10
       i32.const 27584
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=16
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/refuse
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $seen
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      local.get $field
      call $~lib/staticarray/StaticArray<bool>#__get
      if
       i32.const 27616
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=32
       local.get $10
       local.get $name
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=36
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=12
       local.get $10
       i32.const 27648
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=16
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/refuse
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $seen
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      local.get $field
      i32.const 1
      call $~lib/staticarray/StaticArray<bool>#__set
      global.get $~lib/memory/__stack_pointer
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      local.get $field
      local.get $settings
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store offset=12
      local.get $10
      call $assembly/config/readField
      local.tee $problem
      i32.store offset=60
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#get:failed
      if
       local.get $reader
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/syntaxError
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $problem
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $~lib/string/String#get:length
      i32.const 0
      i32.ne
      if
       local.get $name
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=32
       local.get $10
       i32.const 29408
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=36
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=12
       local.get $10
       local.get $problem
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store offset=16
       local.get $10
       call $~lib/string/String.__concat
       local.set $10
       global.get $~lib/memory/__stack_pointer
       local.get $10
       i32.store
       local.get $10
       call $assembly/config/refuse
       local.set $10
       global.get $~lib/memory/__stack_pointer
       i32.const 64
       i32.add
       global.set $~lib/memory/__stack_pointer
       local.get $10
       return
      end
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/json/JsonReader#skipWhitespace
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      i32.const 44
      call $assembly/json/JsonReader#consume
      if
       br $while-continue|0
      end
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      i32.const 125
      call $assembly/json/JsonReader#consume
      if
       br $while-break|0
      end
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      i32.const 29440
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store offset=16
      local.get $10
      local.get $name
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store offset=32
      local.get $10
      call $~lib/string/String.__concat
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store offset=12
      local.get $10
      call $assembly/json/JsonReader#fail
      local.get $reader
      local.set $10
      global.get $~lib/memory/__stack_pointer
      local.get $10
      i32.store
      local.get $10
      call $assembly/config/syntaxError
      local.set $10
      global.get $~lib/memory/__stack_pointer
      i32.const 64
      i32.add
      global.set $~lib/memory/__stack_pointer
      local.get $10
      return
     end
    end
   end
  end
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/JsonReader#skipWhitespace
  local.get $reader
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  call $assembly/json/JsonReader#atEnd
  i32.eqz
  if
   local.get $reader
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store
   local.get $10
   i32.const 29552
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store offset=12
   local.get $10
   call $assembly/json/JsonReader#fail
   local.get $reader
   local.set $10
   global.get $~lib/memory/__stack_pointer
   local.get $10
   i32.store
   local.get $10
   call $assembly/config/syntaxError
   local.set $10
   global.get $~lib/memory/__stack_pointer
   i32.const 64
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $10
   return
  end
  i32.const 0
  local.get $settings
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store
  local.get $10
  i32.const 2320
  local.set $10
  global.get $~lib/memory/__stack_pointer
  local.get $10
  i32.store offset=12
  local.get $10
  call $assembly/config/ConfigResult#constructor
  local.set $10
  global.get $~lib/memory/__stack_pointer
  i32.const 64
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $10
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 8
   i32.const 45
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/object/Object#constructor
  local.tee $this
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#set:result
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#set:metric_id
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/define_metric (param $typ i32) (param $name i32) (result i32)
  (local $metric_id i32)
  (local $nameutf8 i32)
  (local $res i32)
  (local $result i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU32Ref
  local.tee $metric_id
  i32.store
  global.get $~lib/memory/__stack_pointer
  local.get $name
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  i32.const 1
  global.set $~argumentsLength
  i32.const 0
  call $~lib/string/String.UTF8.encode@varargs
  local.tee $nameutf8
  i32.store offset=8
  local.get $typ
  local.get $nameutf8
  local.get $nameutf8
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.get $metric_id
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#ptr
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_define_metric
  local.set $res
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#constructor
  local.tee $result
  i32.store offset=12
  local.get $result
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $res
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#set:result
  local.get $res
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.eq
  if
   local.get $result
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   local.get $metric_id
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=16
   local.get $6
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#get:data
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#set:metric_id
  end
  local.get $result
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $~lib/staticarray/StaticArray<u32>#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/staticarray/StaticArray<u32>#get:length
  i32.ge_u
  if
   i32.const 224
   i32.const 2352
   i32.const 93
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $index
  local.get $value
  call $~lib/staticarray/StaticArray<u32>#__uset
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/counters/Counters#define (param $this i32)
  (local $i i32)
  (local $result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 44
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 44
  memory.fill
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $assembly/counters/Counters#get:defined
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 44
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 1
  call $assembly/counters/Counters#set:defined
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   global.get $assembly/counters/COUNTER_NAMES
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.lt_s
   if
    global.get $~lib/memory/__stack_pointer
    global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricTypeValues.Counter
    global.get $assembly/counters/COUNTER_NAMES
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store offset=4
    local.get $3
    local.get $i
    call $~lib/array/Array<~lib/string/String>#__get
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store
    local.get $3
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/define_metric
    local.tee $result
    i32.store offset=8
    local.get $result
    local.set $3
    global.get $~lib/memory/__stack_pointer
    local.get $3
    i32.store
    local.get $3
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#get:result
    global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
    i32.eq
    if
     local.get $this
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=4
     local.get $3
     call $assembly/counters/Counters#get:ids
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store
     local.get $3
     local.get $i
     local.get $result
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=4
     local.get $3
     call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#get:metric_id
     call $~lib/staticarray/StaticArray<u32>#__set
    else
     local.get $this
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=4
     local.get $3
     call $assembly/counters/Counters#get:ids
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store
     local.get $3
     local.get $i
     global.get $assembly/counters/UNDEFINED_METRIC
     call $~lib/staticarray/StaticArray<u32>#__set
     global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
     i32.const 29680
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=32
     local.get $3
     global.get $assembly/counters/COUNTER_NAMES
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=40
     local.get $3
     local.get $i
     call $~lib/array/Array<~lib/string/String>#__get
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=36
     local.get $3
     call $~lib/string/String.__concat
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=24
     local.get $3
     i32.const 29776
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=28
     local.get $3
     call $~lib/string/String.__concat
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=16
     local.get $3
     local.get $result
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=24
     local.get $3
     call $~lib/@solo-io/proxy-runtime/assembly/runtime/MetricResult#get:result
     i32.const 10
     call $~lib/number/I32#toString
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=20
     local.get $3
     call $~lib/string/String.__concat
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=4
     local.get $3
     i32.const 29840
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store offset=12
     local.get $3
     call $~lib/string/String.__concat
     local.set $3
     global.get $~lib/memory/__stack_pointer
     local.get $3
     i32.store
     local.get $3
     call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 44
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/set_tick_period_milliseconds (param $millisecond i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $millisecond
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_set_tick_period_milliseconds
  i32.const 29936
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/CHECK_RESULT
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/get_log_level (result i32)
  (local $level i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/globalU32Ref
  local.tee $level
  i32.store
  local.get $level
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.info
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#set:data
  local.get $level
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#ptr
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_log_level
  drop
  local.get $level
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Reference<u32>#get:data
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/config/Settings#describe (param $this i32) (result i32)
  (local $value i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 64
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 64
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $assembly/config/Settings#get:value
  local.tee $value
  i32.store offset=4
  i32.const 30080
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=52
  local.get $2
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=60
  local.get $2
  call $assembly/config/Settings#get:header
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=56
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=44
  local.get $2
  i32.const 30144
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=48
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=36
  local.get $2
  local.get $value
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 30208
  else
   local.get $value
   local.set $2
   global.get $~lib/memory/__stack_pointer
   local.get $2
   i32.store offset=44
   local.get $2
   call $assembly/config/quote
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=40
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=28
  local.get $2
  i32.const 30272
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=32
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=20
  local.get $2
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=28
  local.get $2
  call $assembly/config/Settings#get:preserveExisting
  if (result i32)
   i32.const 27728
  else
   i32.const 27760
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=24
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  i32.const 30336
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=16
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=12
  local.get $2
  call $assembly/config/Settings#get:echoResponse
  if (result i32)
   i32.const 27728
  else
   i32.const 27760
  end
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $~lib/string/String.__concat
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 64
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
  return
 )
 (func $assembly/plugin/TrackingRoot#onConfigure (param $this i32) (param $configuration_size i32) (result i32)
  (local $result i32)
  (local $settings i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 28
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $configuration_size
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_configuration_bytes
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $assembly/config/parseConfiguration
  local.tee $result
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  local.get $result
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $assembly/config/ConfigResult#get:settings
  local.tee $settings
  i32.store offset=8
  local.get $settings
  i32.const 0
  i32.eq
  if
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
   global.get $assembly/plugin/LOG_PREFIX
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=12
   local.get $4
   local.get $result
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=20
   local.get $4
   call $assembly/config/ConfigResult#get:error
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store offset=16
   local.get $4
   call $~lib/string/String.__concat
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
   i32.const 0
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 28
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  local.get $settings
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  call $assembly/plugin/TrackingRoot#set:settings
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  call $assembly/plugin/TrackingRoot#get:counters
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $assembly/counters/Counters#define
  global.get $assembly/plugin/TICK_MILLISECONDS
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/set_tick_period_milliseconds
  drop
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_log_level
  call $assembly/plugin/TrackingRoot#set:logLevel
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.info
  global.get $assembly/plugin/LOG_PREFIX
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=20
  local.get $4
  i32.const 30032
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=24
  local.get $4
  call $~lib/string/String.__concat
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=12
  local.get $4
  local.get $settings
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=20
  local.get $4
  call $assembly/config/Settings#describe
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store offset=16
  local.get $4
  call $~lib/string/String.__concat
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  i32.const 1
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 28
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $assembly/plugin/TrackingStream#get:root (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/Context#get:root_context
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/counters/Counters#add (param $this i32) (param $counter i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  call $assembly/counters/Counters#get:counts
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $counter
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=8
  local.get $2
  call $assembly/counters/Counters#get:counts
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store offset=4
  local.get $2
  local.get $counter
  call $~lib/staticarray/StaticArray<u64>#__uget
  i64.const 1
  i64.add
  call $~lib/staticarray/StaticArray<u64>#__uset
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/hostcalls/getHeaderValue (param $map i32) (param $key i32) (param $into i32) (result i32)
  (local $status i32)
  (local $ptr i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $assembly/hostcalls/VALUE_OUT
  i32.const 0
  i32.store
  global.get $assembly/hostcalls/VALUE_OUT
  i32.const 4
  i32.add
  i32.const 0
  i32.store
  local.get $map
  local.get $key
  local.get $key
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  global.get $assembly/hostcalls/VALUE_OUT
  global.get $assembly/hostcalls/VALUE_OUT
  i32.const 4
  i32.add
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_get_header_map_value
  local.set $status
  global.get $assembly/hostcalls/VALUE_OUT
  i32.load
  local.set $ptr
  local.get $into
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  global.get $assembly/hostcalls/EMPTY
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=4
  local.get $5
  call $assembly/hostcalls/HostValue#set:bytes
  local.get $ptr
  i32.const 0
  i32.ne
  if
   local.get $ptr
   call $~lib/@solo-io/proxy-runtime/assembly/malloc/free
   local.get $status
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
   i32.eq
   if
    local.get $into
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store
    local.get $5
    local.get $ptr
    local.set $5
    global.get $~lib/memory/__stack_pointer
    local.get $5
    i32.store offset=4
    local.get $5
    call $assembly/hostcalls/HostValue#set:bytes
   end
  end
  local.get $status
  local.set $5
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $5
  return
 )
 (func $assembly/plugin/TrackingRoot#hostCallFailed (param $this i32) (param $call i32) (param $status i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 36
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 36
  memory.fill
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  call $assembly/plugin/TrackingRoot#get:counters
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  i32.const 4
  call $assembly/counters/Counters#add
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.critical
  global.get $assembly/plugin/LOG_PREFIX
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=28
  local.get $3
  local.get $call
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=32
  local.get $3
  call $~lib/string/String.__concat
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=20
  local.get $3
  i32.const 21712
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=24
  local.get $3
  call $~lib/string/String.__concat
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=12
  local.get $3
  local.get $status
  i32.const 10
  call $~lib/number/I32#toString
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=16
  local.get $3
  call $~lib/string/String.__concat
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=4
  local.get $3
  i32.const 30480
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store offset=8
  local.get $3
  call $~lib/string/String.__concat
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  global.get $~lib/memory/__stack_pointer
  i32.const 36
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/replace_header_map_value (param $typ i32) (param $key i32) (param $value i32) (result i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $typ
  local.get $key
  local.get $key
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.get $value
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  call $~lib/@solo-io/proxy-runtime/assembly/imports/proxy_replace_header_map_value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $assembly/plugin/TrackingStream#onRequestHeaders (param $this i32) (param $_headers i32) (param $_end_of_stream i32) (result i32)
  (local $root i32)
  (local $settings i32)
  (local $counters i32)
  (local $key i32)
  (local $incoming i32)
  (local $status i32)
  (local $existing i32)
  (local $outcome i32)
  (local $value i32)
  (local $fixed i32)
  (local $random i32)
  (local $written i32)
  (local $15 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 60
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 60
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/plugin/TrackingStream#get:root
  local.tee $root
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  local.get $root
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/plugin/TrackingRoot#get:settings
  local.tee $settings
  i32.store offset=8
  local.get $settings
  i32.const 0
  i32.eq
  if
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
   local.set $15
   global.get $~lib/memory/__stack_pointer
   i32.const 60
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $15
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $root
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/plugin/TrackingRoot#get:counters
  local.tee $counters
  i32.store offset=12
  local.get $counters
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  i32.const 0
  call $assembly/counters/Counters#add
  global.get $~lib/memory/__stack_pointer
  local.get $settings
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/config/Settings#get:headerBytes
  local.tee $key
  i32.store offset=16
  global.get $~lib/memory/__stack_pointer
  local.get $root
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/plugin/TrackingRoot#get:hostValue
  local.tee $incoming
  i32.store offset=20
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestHeaders
  local.get $key
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  local.get $incoming
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store offset=24
  local.get $15
  call $assembly/hostcalls/getHeaderValue
  local.set $status
  local.get $status
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.ne
  if (result i32)
   local.get $status
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.NotFound
   i32.ne
  else
   i32.const 0
  end
  if
   local.get $root
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store
   local.get $15
   i32.const 30400
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=36
   local.get $15
   local.get $settings
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=44
   local.get $15
   call $assembly/config/Settings#get:header
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=40
   local.get $15
   call $~lib/string/String.__concat
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=28
   local.get $15
   i32.const 27584
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=32
   local.get $15
   call $~lib/string/String.__concat
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=24
   local.get $15
   local.get $status
   call $assembly/plugin/TrackingRoot#hostCallFailed
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
   local.set $15
   global.get $~lib/memory/__stack_pointer
   i32.const 60
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $15
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $incoming
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/hostcalls/HostValue#get:bytes
  local.tee $existing
  i32.store offset=48
  local.get $status
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.eq
  local.get $existing
  local.get $existing
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $~lib/arraybuffer/ArrayBuffer#get:byteLength
  local.get $settings
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  call $assembly/config/Settings#get:preserveExisting
  call $assembly/rules/decide
  local.set $outcome
  local.get $outcome
  i32.const 1
  i32.eq
  if
   global.get $~lib/memory/__stack_pointer
   local.get $existing
   local.tee $value
   i32.store offset=52
  else
   global.get $~lib/memory/__stack_pointer
   local.get $settings
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store
   local.get $15
   call $assembly/config/Settings#get:value
   local.tee $fixed
   i32.store offset=56
   local.get $fixed
   i32.const 0
   i32.ne
   if
    global.get $~lib/memory/__stack_pointer
    local.get $fixed
    local.tee $value
    i32.store offset=52
   else
    call $assembly/random/random16
    local.set $random
    local.get $random
    i32.const 0
    i32.eq
    if
     local.get $root
     local.set $15
     global.get $~lib/memory/__stack_pointer
     local.get $15
     i32.store
     local.get $15
     i32.const 30576
     local.set $15
     global.get $~lib/memory/__stack_pointer
     local.get $15
     i32.store offset=24
     local.get $15
     global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.InternalFailure
     call $assembly/plugin/TrackingRoot#hostCallFailed
     global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
     local.set $15
     global.get $~lib/memory/__stack_pointer
     i32.const 60
     i32.add
     global.set $~lib/memory/__stack_pointer
     local.get $15
     return
    end
    global.get $~lib/memory/__stack_pointer
    local.get $random
    call $assembly/uuid/formatUuidV4
    local.tee $value
    i32.store offset=52
    local.get $counters
    local.set $15
    global.get $~lib/memory/__stack_pointer
    local.get $15
    i32.store
    local.get $15
    i32.const 1
    call $assembly/counters/Counters#add
   end
  end
  local.get $outcome
  i32.const 0
  i32.eq
  if (result i32)
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestHeaders
   local.get $key
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store
   local.get $15
   local.get $value
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=24
   local.get $15
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/add_header_map_value
  else
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.RequestHeaders
   local.get $key
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store
   local.get $15
   local.get $value
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=24
   local.get $15
   call $~lib/@solo-io/proxy-runtime/assembly/runtime/replace_header_map_value
  end
  local.set $written
  local.get $written
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.ne
  if
   local.get $root
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store
   local.get $15
   local.get $outcome
   i32.const 0
   i32.eq
   if (result i32)
    i32.const 30624
   else
    i32.const 30704
   end
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store offset=24
   local.get $15
   local.get $written
   call $assembly/plugin/TrackingRoot#hostCallFailed
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
   local.set $15
   global.get $~lib/memory/__stack_pointer
   i32.const 60
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $15
   return
  end
  local.get $outcome
  i32.const 1
  i32.eq
  if
   local.get $counters
   local.set $15
   global.get $~lib/memory/__stack_pointer
   local.get $15
   i32.store
   local.get $15
   i32.const 2
   call $assembly/counters/Counters#add
  else
   local.get $outcome
   i32.const 2
   i32.eq
   if
    local.get $counters
    local.set $15
    global.get $~lib/memory/__stack_pointer
    local.get $15
    i32.store
    local.get $15
    i32.const 3
    call $assembly/counters/Counters#add
   end
  end
  local.get $this
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  local.get $value
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store offset=24
  local.get $15
  call $assembly/plugin/TrackingStream#set:value
  local.get $this
  local.set $15
  global.get $~lib/memory/__stack_pointer
  local.get $15
  i32.store
  local.get $15
  local.get $outcome
  call $assembly/plugin/TrackingStream#set:outcome
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
  local.set $15
  global.get $~lib/memory/__stack_pointer
  i32.const 60
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $15
  return
 )
 (func $assembly/plugin/TrackingStream#onResponseHeaders (param $this i32) (param $_headers i32) (param $_end_of_stream i32) (result i32)
  (local $settings i32)
  (local $value i32)
  (local $written i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $assembly/plugin/TrackingStream#get:root
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $assembly/plugin/TrackingRoot#get:settings
  local.tee $settings
  i32.store offset=8
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $assembly/plugin/TrackingStream#get:value
  local.tee $value
  i32.store offset=12
  local.get $settings
  i32.const 0
  i32.eq
  if (result i32)
   i32.const 1
  else
   local.get $value
   i32.const 0
   i32.eq
  end
  if (result i32)
   i32.const 1
  else
   local.get $settings
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $assembly/config/Settings#get:echoResponse
   i32.eqz
  end
  if
   global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
   local.set $6
   global.get $~lib/memory/__stack_pointer
   i32.const 20
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $6
   return
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderMapTypeValues.ResponseHeaders
  local.get $settings
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=16
  local.get $6
  call $assembly/config/Settings#get:headerBytes
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  local.get $value
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/replace_header_map_value
  local.set $written
  local.get $written
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
  i32.ne
  if
   local.get $this
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=16
   local.get $6
   call $assembly/plugin/TrackingStream#get:root
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   i32.const 30784
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store offset=4
   local.get $6
   local.get $written
   call $assembly/plugin/TrackingRoot#hostCallFailed
  end
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/FilterHeadersStatusValues.Continue
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
  return
 )
 (func $assembly/plugin/TrackingStream#onLog (param $this i32)
  (local $root i32)
  (local $value i32)
  (local $how i32)
  (local $4 i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 76
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 76
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $assembly/plugin/TrackingStream#get:root
  local.tee $root
  i32.store offset=4
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $assembly/plugin/TrackingStream#get:value
  local.tee $value
  i32.store offset=8
  local.get $root
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $assembly/plugin/TrackingRoot#get:logLevel
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.debug
  i32.gt_s
  if (result i32)
   i32.const 1
  else
   local.get $value
   i32.const 0
   i32.eq
  end
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 76
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $assembly/plugin/TrackingStream#get:outcome
  i32.const 1
  i32.eq
  if (result i32)
   i32.const 30896
  else
   local.get $this
   local.set $5
   global.get $~lib/memory/__stack_pointer
   local.get $5
   i32.store
   local.get $5
   call $assembly/plugin/TrackingStream#get:outcome
   i32.const 2
   i32.eq
   if (result i32)
    i32.const 30928
   else
    i32.const 30976
   end
  end
  local.tee $how
  i32.store offset=12
  global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/LogLevelValues.debug
  global.get $assembly/plugin/LOG_PREFIX
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=64
  local.get $5
  i32.const 31008
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=68
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=56
  local.get $5
  global.get $~lib/memory/__stack_pointer
  local.get $root
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=68
  local.get $5
  call $assembly/plugin/TrackingRoot#get:settings
  local.tee $4
  i32.store offset=72
  local.get $4
  if (result i32)
   local.get $4
  else
   i32.const 31056
   i32.const 31184
   i32.const 148
   i32.const 63
   call $~lib/builtins/abort
   unreachable
  end
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=64
  local.get $5
  call $assembly/config/Settings#get:header
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=60
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=48
  local.get $5
  i32.const 31248
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=52
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=40
  local.get $5
  local.get $value
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=48
  local.get $5
  call $assembly/config/quote
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=44
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=32
  local.get $5
  i32.const 31280
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=36
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=24
  local.get $5
  local.get $how
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=28
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=16
  local.get $5
  i32.const 27584
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store offset=20
  local.get $5
  call $~lib/string/String.__concat
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/log
  global.get $~lib/memory/__stack_pointer
  i32.const 76
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#constructor (param $this i32) (param $length i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $bufferSize i32)
  (local $buffer i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.const 46
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length_
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 6480
   i32.const 70
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  local.tee $2
  i32.const 8
  local.tee $3
  local.get $2
  local.get $3
  i32.gt_u
  select
  i32.const 2
  i32.shl
  local.set $bufferSize
  global.get $~lib/memory/__stack_pointer
  local.get $bufferSize
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store offset=8
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=12
  local.get $6
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $bufferSize
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $length
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length_
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length_
  i32.ge_u
  if
   local.get $index
   i32.const 0
   i32.lt_s
   if
    i32.const 224
    i32.const 6480
    i32.const 130
    i32.const 22
    call $~lib/builtins/abort
    unreachable
   end
   local.get $this
   local.get $index
   i32.const 1
   i32.add
   i32.const 2
   i32.const 1
   call $~lib/array/ensureCapacity
   local.get $this
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $index
   i32.const 1
   i32.add
   call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length_
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  i32.const 1
  drop
  local.get $this
  local.get $value
  i32.const 1
  call $~lib/rt/itcms/__link
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length (param $this i32) (param $newLength i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.get $newLength
  i32.const 2
  i32.const 0
  call $~lib/array/ensureCapacity
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $newLength
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length_
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#values" (param $this i32) (result i32)
  (local $start i32)
  (local $size i32)
  (local $values i32)
  (local $length i32)
  (local $i i32)
  (local $entry i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entries"
  local.set $start
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesOffset"
  local.set $size
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $size
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#constructor
  local.tee $values
  i32.store offset=4
  i32.const 0
  local.set $length
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $size
   i32.lt_s
   if
    local.get $start
    local.get $i
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.5" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.5"
    end
    i32.mul
    i32.add
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $values
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store
     local.get $8
     local.get $length
     local.tee $7
     i32.const 1
     i32.add
     local.set $length
     local.get $7
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:value"
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store offset=8
     local.get $8
     call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__set
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $values
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $length
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:length
  local.get $values
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length_
  i32.ge_u
  if
   i32.const 224
   i32.const 6480
   i32.const 114
   i32.const 42
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.tee $value
  i32.store offset=4
  i32.const 1
  drop
  i32.const 0
  i32.eqz
  drop
  local.get $value
  i32.eqz
  if
   i32.const 20816
   i32.const 6480
   i32.const 118
   i32.const 40
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/array/Array<u32>#constructor (param $this i32) (param $length i32) (result i32)
  (local $2 i32)
  (local $3 i32)
  (local $bufferSize i32)
  (local $buffer i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store offset=8
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 16
   i32.const 47
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<u32>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<u32>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<u32>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  i32.const 0
  call $~lib/array/Array<u32>#set:length_
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 6480
   i32.const 70
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  local.tee $2
  i32.const 8
  local.tee $3
  local.get $2
  local.get $3
  i32.gt_u
  select
  i32.const 2
  i32.shl
  local.set $bufferSize
  global.get $~lib/memory/__stack_pointer
  local.get $bufferSize
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store offset=8
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=12
  local.get $6
  call $~lib/array/Array<u32>#set:buffer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $buffer
  call $~lib/array/Array<u32>#set:dataStart
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $bufferSize
  call $~lib/array/Array<u32>#set:byteLength
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  local.get $length
  call $~lib/array/Array<u32>#set:length_
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  i32.const 16
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $6
 )
 (func $~lib/array/Array<u32>#__set (param $this i32) (param $index i32) (param $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<u32>#get:length_
  i32.ge_u
  if
   local.get $index
   i32.const 0
   i32.lt_s
   if
    i32.const 224
    i32.const 6480
    i32.const 130
    i32.const 22
    call $~lib/builtins/abort
    unreachable
   end
   local.get $this
   local.get $index
   i32.const 1
   i32.add
   i32.const 2
   i32.const 1
   call $~lib/array/ensureCapacity
   local.get $this
   local.set $3
   global.get $~lib/memory/__stack_pointer
   local.get $3
   i32.store
   local.get $3
   local.get $index
   i32.const 1
   i32.add
   call $~lib/array/Array<u32>#set:length_
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<u32>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  local.get $value
  i32.store
  i32.const 0
  drop
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<u32>#set:length (param $this i32) (param $newLength i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.get $newLength
  i32.const 2
  i32.const 0
  call $~lib/array/ensureCapacity
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  local.get $newLength
  call $~lib/array/Array<u32>#set:length_
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#keys" (param $this i32) (result i32)
  (local $start i32)
  (local $size i32)
  (local $keys i32)
  (local $length i32)
  (local $i i32)
  (local $entry i32)
  (local $7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entries"
  local.set $start
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesOffset"
  local.set $size
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  local.get $size
  call $~lib/array/Array<u32>#constructor
  local.tee $keys
  i32.store offset=4
  i32.const 0
  local.set $length
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $size
   i32.lt_s
   if
    local.get $start
    local.get $i
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.6" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.6"
    end
    i32.mul
    i32.add
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     local.get $keys
     local.set $8
     global.get $~lib/memory/__stack_pointer
     local.get $8
     i32.store
     local.get $8
     local.get $length
     local.tee $7
     i32.const 1
     i32.add
     local.set $length
     local.get $7
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:key"
     call $~lib/array/Array<u32>#__set
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $keys
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  local.get $length
  call $~lib/array/Array<u32>#set:length
  local.get $keys
  local.set $8
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $8
  return
 )
 (func $~lib/array/Array<u32>#get:length (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/array/Array<u32>#get:length_
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/array/Array<u32>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<u32>#get:length_
  i32.ge_u
  if
   i32.const 224
   i32.const 6480
   i32.const 114
   i32.const 42
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/array/Array<u32>#get:dataStart
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $value
  i32.const 0
  drop
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#clear" (param $this i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 0
  i32.const 4
  i32.const 4
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:buckets"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 4
  i32.const 1
  i32.sub
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:bucketsMask"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 0
  i32.const 4
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.7" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.7"
  end
  i32.mul
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entries"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 4
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCapacity"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesOffset"
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  i32.const 0
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#set:entriesCount"
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#cancelPendingRequests (param $this i32)
  (local $callbacks i32)
  (local $i i32)
  (local $keys i32)
  (local $i|4 i32)
  (local $key i32)
  (local $6 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.const 20
  memory.fill
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#values"
  local.tee $callbacks
  i32.store offset=8
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   local.get $callbacks
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length
   i32.lt_s
   if
    local.get $callbacks
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=12
    local.get $6
    local.get $i
    call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__get
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=4
    local.get $6
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:origin_context
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store
    local.get $6
    i32.const 0
    i32.const 0
    i32.const 0
    i32.const 4
    global.set $~argumentsLength
    local.get $callbacks
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=12
    local.get $6
    local.get $i
    call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__get
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store offset=4
    local.get $6
    call $~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback#get:cb
    i32.load
    call_indirect (type $9)
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#keys"
  local.tee $keys
  i32.store offset=16
  i32.const 0
  local.set $i|4
  loop $for-loop|1
   local.get $i|4
   local.get $keys
   local.set $6
   global.get $~lib/memory/__stack_pointer
   local.get $6
   i32.store
   local.get $6
   call $~lib/array/Array<u32>#get:length
   i32.lt_s
   if
    local.get $keys
    local.set $6
    global.get $~lib/memory/__stack_pointer
    local.get $6
    i32.store
    local.get $6
    local.get $i|4
    call $~lib/array/Array<u32>#__get
    local.set $key
    local.get $i|4
    i32.const 1
    i32.add
    local.set $i|4
    br $for-loop|1
   end
  end
  local.get $this
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store offset=4
  local.get $6
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#get:http_calls_
  local.set $6
  global.get $~lib/memory/__stack_pointer
  local.get $6
  i32.store
  local.get $6
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#clear"
  global.get $~lib/memory/__stack_pointer
  i32.const 20
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#onDone (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext#cancelPendingRequests
  i32.const 1
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $~lib/staticarray/StaticArray<u32>#__get (param $this i32) (param $index i32) (result i32)
  (local $value i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/staticarray/StaticArray<u32>#get:length
  i32.ge_u
  if
   i32.const 224
   i32.const 2352
   i32.const 78
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.get $index
  i32.const 2
  i32.shl
  i32.add
  i32.load
  local.set $value
  i32.const 0
  drop
  local.get $value
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/staticarray/StaticArray<u64>#__get (param $this i32) (param $index i32) (result i64)
  (local $value i64)
  (local $3 i32)
  (local $4 i64)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/staticarray/StaticArray<u64>#get:length
  i32.ge_u
  if
   i32.const 224
   i32.const 2352
   i32.const 78
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.get $index
  i32.const 3
  i32.shl
  i32.add
  i64.load
  local.set $value
  i32.const 0
  drop
  local.get $value
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/staticarray/StaticArray<u64>#__set (param $this i32) (param $index i32) (param $value i64)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $index
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $~lib/staticarray/StaticArray<u64>#get:length
  i32.ge_u
  if
   i32.const 224
   i32.const 2352
   i32.const 93
   i32.const 41
   call $~lib/builtins/abort
   unreachable
  end
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  local.get $index
  local.get $value
  call $~lib/staticarray/StaticArray<u64>#__uset
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/counters/Counters#flush (param $this i32)
  (local $i i32)
  (local $id i32)
  (local $delta i64)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store offset=8
  local.get $this
  local.set $4
  global.get $~lib/memory/__stack_pointer
  local.get $4
  i32.store
  local.get $4
  call $assembly/counters/Counters#get:defined
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 12
   i32.add
   global.set $~lib/memory/__stack_pointer
   return
  end
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   global.get $assembly/counters/COUNTER_NAMES
   local.set $4
   global.get $~lib/memory/__stack_pointer
   local.get $4
   i32.store
   local.get $4
   call $~lib/array/Array<~lib/string/String>#get:length
   i32.lt_s
   if
    block $for-continue|0
     local.get $this
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=4
     local.get $4
     call $assembly/counters/Counters#get:ids
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store
     local.get $4
     local.get $i
     call $~lib/staticarray/StaticArray<u32>#__get
     local.set $id
     local.get $this
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=4
     local.get $4
     call $assembly/counters/Counters#get:counts
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store
     local.get $4
     local.get $i
     call $~lib/staticarray/StaticArray<u64>#__get
     local.get $this
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store offset=4
     local.get $4
     call $assembly/counters/Counters#get:flushed
     local.set $4
     global.get $~lib/memory/__stack_pointer
     local.get $4
     i32.store
     local.get $4
     local.get $i
     call $~lib/staticarray/StaticArray<u64>#__get
     i64.sub
     local.set $delta
     local.get $id
     global.get $assembly/counters/UNDEFINED_METRIC
     i32.eq
     if (result i32)
      i32.const 1
     else
      local.get $delta
      i64.const 0
      i64.eq
     end
     if
      br $for-continue|0
     end
     local.get $id
     local.get $delta
     call $~lib/@solo-io/proxy-runtime/assembly/runtime/increment_metric
     global.get $~lib/@solo-io/proxy-runtime/assembly/runtime/WasmResultValues.Ok
     i32.eq
     if
      local.get $this
      local.set $4
      global.get $~lib/memory/__stack_pointer
      local.get $4
      i32.store offset=4
      local.get $4
      call $assembly/counters/Counters#get:flushed
      local.set $4
      global.get $~lib/memory/__stack_pointer
      local.get $4
      i32.store
      local.get $4
      local.get $i
      local.get $this
      local.set $4
      global.get $~lib/memory/__stack_pointer
      local.get $4
      i32.store offset=8
      local.get $4
      call $assembly/counters/Counters#get:counts
      local.set $4
      global.get $~lib/memory/__stack_pointer
      local.get $4
      i32.store offset=4
      local.get $4
      local.get $i
      call $~lib/staticarray/StaticArray<u64>#__get
      call $~lib/staticarray/StaticArray<u64>#__set
     end
    end
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  global.get $~lib/memory/__stack_pointer
  i32.const 12
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $assembly/plugin/TrackingRoot#onDone (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $assembly/plugin/TrackingRoot#get:counters
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/counters/Counters#flush
  i32.const 1
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
  return
 )
 (func $assembly/plugin/TrackingRoot#onTick (param $this i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i64.const 0
  i64.store
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $1
  call $assembly/plugin/TrackingRoot#get:counters
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $assembly/counters/Counters#flush
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store
  local.get $1
  call $~lib/@solo-io/proxy-runtime/assembly/runtime/get_log_level
  call $assembly/plugin/TrackingRoot#set:logLevel
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__visit" (param $this i32) (param $cookie i32)
  (local $entries i32)
  (local $cur i32)
  (local $end i32)
  (local $entry i32)
  (local $val i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:buckets"
  local.get $cookie
  call $~lib/rt/itcms/__visit
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entries"
  local.set $entries
  i32.const 1
  drop
  local.get $entries
  local.set $cur
  local.get $cur
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.8" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.8"
  end
  i32.mul
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     i32.const 0
     drop
     i32.const 1
     drop
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:value"
     local.set $val
     i32.const 0
     drop
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.9" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>|inlined.9"
    end
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $entries
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#__visit" (param $this i32) (param $cookie i32)
  (local $entries i32)
  (local $cur i32)
  (local $end i32)
  (local $entry i32)
  (local $val i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:buckets"
  local.get $cookie
  call $~lib/rt/itcms/__visit
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:entries"
  local.set $entries
  i32.const 1
  drop
  local.get $entries
  local.set $cur
  local.get $cur
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>|inlined.1" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>|inlined.1"
  end
  i32.mul
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     i32.const 0
     drop
     i32.const 1
     drop
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>#get:value"
     local.set $val
     i32.const 0
     drop
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>|inlined.2" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/GrpcCallback>|inlined.2"
    end
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $entries
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#__visit" (param $this i32) (param $cookie i32)
  (local $entries i32)
  (local $cur i32)
  (local $end i32)
  (local $entry i32)
  (local $val i32)
  (local $val|7 i32)
  (local $8 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:buckets"
  local.get $cookie
  call $~lib/rt/itcms/__visit
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entries"
  local.set $entries
  i32.const 1
  drop
  local.get $entries
  local.set $cur
  local.get $cur
  local.get $this
  local.set $8
  global.get $~lib/memory/__stack_pointer
  local.get $8
  i32.store
  local.get $8
  call $"~lib/map/Map<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.7" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.7"
  end
  i32.mul
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     i32.const 1
     drop
     local.get $entry
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:key"
     local.set $val
     i32.const 0
     drop
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
     i32.const 1
     drop
     local.get $entry
     call $"~lib/map/MapEntry<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:value"
     local.set $val|7
     i32.const 0
     drop
     local.get $val|7
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    block $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.8" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<~lib/string/String,%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>|inlined.8"
    end
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $entries
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#__visit" (param $this i32) (param $cookie i32)
  (local $entries i32)
  (local $cur i32)
  (local $end i32)
  (local $entry i32)
  (local $val i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:buckets"
  local.get $cookie
  call $~lib/rt/itcms/__visit
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entries"
  local.set $entries
  i32.const 1
  drop
  local.get $entries
  local.set $cur
  local.get $cur
  local.get $this
  local.set $7
  global.get $~lib/memory/__stack_pointer
  local.get $7
  i32.store
  local.get $7
  call $"~lib/map/Map<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:entriesOffset"
  block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.6" (result i32)
   i32.const 12
   br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.6"
  end
  i32.mul
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    local.set $entry
    local.get $entry
    call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:taggedNext"
    i32.const 1
    i32.and
    i32.eqz
    if
     i32.const 0
     drop
     i32.const 1
     drop
     local.get $entry
     call $"~lib/map/MapEntry<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>#get:value"
     local.set $val
     i32.const 0
     drop
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    block $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.7" (result i32)
     i32.const 12
     br $"~lib/map/ENTRY_SIZE<u32,~lib/@solo-io/proxy-runtime/assembly/runtime/BaseContext>|inlined.7"
    end
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $entries
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/string/String>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/string/String>#get:dataStart
  local.set $cur
  local.get $cur
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/string/String>#get:length_
  i32.const 2
  i32.shl
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/string/String>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/function/Function<%28u32%29=>~lib/@solo-io/proxy-runtime/assembly/runtime/RootContext>#get:_env
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<tests/behaviour/cases/Case>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:dataStart
  local.set $cur
  local.get $cur
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:length_
  i32.const 2
  i32.shl
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<tests/behaviour/cases/Case>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<i32>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<i32>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $"~lib/map/Map<usize,i32>#__visit" (param $this i32) (param $cookie i32)
  (local $entries i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $"~lib/map/Map<usize,i32>#get:buckets"
  local.get $cookie
  call $~lib/rt/itcms/__visit
  local.get $this
  local.set $3
  global.get $~lib/memory/__stack_pointer
  local.get $3
  i32.store
  local.get $3
  call $"~lib/map/Map<usize,i32>#get:entries"
  local.set $entries
  i32.const 0
  drop
  local.get $entries
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:dataStart
  local.set $cur
  local.get $cur
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:length_
  i32.const 2
  i32.shl
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HeaderPair>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<usize>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<usize>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/function/Function<%28%29=>void>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/function/Function<%28%29=>void>#get:_env
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#__visit (param $this i32) (param $cookie i32)
  (local $cur i32)
  (local $end i32)
  (local $val i32)
  (local $5 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 1
  drop
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:dataStart
  local.set $cur
  local.get $cur
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:length_
  i32.const 2
  i32.shl
  i32.add
  local.set $end
  loop $while-continue|0
   local.get $cur
   local.get $end
   i32.lt_u
   if
    local.get $cur
    i32.load
    local.set $val
    local.get $val
    if
     local.get $val
     local.get $cookie
     call $~lib/rt/itcms/__visit
    end
    local.get $cur
    i32.const 4
    i32.add
    local.set $cur
    br $while-continue|0
   end
  end
  local.get $this
  local.set $5
  global.get $~lib/memory/__stack_pointer
  local.get $5
  i32.store
  local.get $5
  call $~lib/array/Array<~lib/@solo-io/proxy-runtime/assembly/runtime/HttpCallback>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/array/Array<u32>#__visit (param $this i32) (param $cookie i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  i32.const 0
  drop
  local.get $this
  local.set $2
  global.get $~lib/memory/__stack_pointer
  local.get $2
  i32.store
  local.get $2
  call $~lib/array/Array<u32>#get:buffer
  local.get $cookie
  call $~lib/rt/itcms/__visit
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
 (func $~lib/object/Object#constructor (param $this i32) (result i32)
  (local $1 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $this
  i32.eqz
  if
   global.get $~lib/memory/__stack_pointer
   i32.const 0
   i32.const 0
   call $~lib/rt/itcms/__new
   local.tee $this
   i32.store
  end
  local.get $this
  local.set $1
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $1
 )
 (func $~lib/arraybuffer/ArrayBuffer#constructor (param $this i32) (param $length i32) (result i32)
  (local $buffer i32)
  (local $3 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.gt_u
  if
   i32.const 432
   i32.const 480
   i32.const 52
   i32.const 43
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $length
  i32.const 1
  call $~lib/rt/itcms/__new
  local.tee $buffer
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $buffer
  local.set $3
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $3
  return
 )
 (func $~lib/staticarray/StaticArray<u64>#constructor (param $this i32) (param $length i32) (result i32)
  (local $outSize i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.const 3
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 2352
   i32.const 51
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  i32.const 3
  i32.shl
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 24
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/staticarray/StaticArray<u32>#constructor (param $this i32) (param $length i32) (result i32)
  (local $outSize i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.const 2
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 2352
   i32.const 51
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  i32.const 2
  i32.shl
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 25
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/rt/__newArray (param $length i32) (param $alignLog2 i32) (param $id i32) (param $data i32) (result i32)
  (local $bufferSize i32)
  (local $buffer i32)
  (local $array i32)
  (local $7 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  local.get $alignLog2
  i32.shl
  local.set $bufferSize
  global.get $~lib/memory/__stack_pointer
  local.get $bufferSize
  i32.const 1
  local.get $data
  call $~lib/rt/__newBuffer
  local.tee $buffer
  i32.store
  i32.const 16
  local.get $id
  call $~lib/rt/itcms/__new
  local.set $array
  local.get $array
  local.get $buffer
  i32.store
  local.get $array
  local.get $buffer
  i32.const 0
  call $~lib/rt/itcms/__link
  local.get $array
  local.get $buffer
  i32.store offset=4
  local.get $array
  local.get $bufferSize
  i32.store offset=8
  local.get $array
  local.get $length
  i32.store offset=12
  local.get $array
  local.set $7
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $7
  return
 )
 (func $~lib/string/String.UTF8.decodeUnsafe (param $buf i32) (param $len i32) (param $nullTerminated i32) (result i32)
  (local $bufOff i32)
  (local $bufEnd i32)
  (local $str i32)
  (local $strOff i32)
  (local $u0 i32)
  (local $u1 i32)
  (local $u2 i32)
  (local $lo i32)
  (local $hi i32)
  (local $12 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $buf
  local.set $bufOff
  local.get $buf
  local.get $len
  i32.add
  local.set $bufEnd
  local.get $bufEnd
  local.get $bufOff
  i32.ge_u
  i32.eqz
  if
   i32.const 0
   i32.const 6400
   i32.const 770
   i32.const 7
   call $~lib/builtins/abort
   unreachable
  end
  global.get $~lib/memory/__stack_pointer
  local.get $len
  i32.const 1
  i32.shl
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $str
  i32.store
  local.get $str
  local.set $strOff
  block $while-break|0
   loop $while-continue|0
    local.get $bufOff
    local.get $bufEnd
    i32.lt_u
    if
     local.get $bufOff
     i32.load8_u
     local.set $u0
     local.get $bufOff
     i32.const 1
     i32.add
     local.set $bufOff
     local.get $u0
     i32.const 128
     i32.and
     i32.eqz
     if
      local.get $nullTerminated
      local.get $u0
      i32.eqz
      i32.and
      if
       br $while-break|0
      end
      local.get $strOff
      local.get $u0
      i32.store16
     else
      local.get $bufEnd
      local.get $bufOff
      i32.eq
      if
       br $while-break|0
      end
      local.get $bufOff
      i32.load8_u
      i32.const 63
      i32.and
      local.set $u1
      local.get $bufOff
      i32.const 1
      i32.add
      local.set $bufOff
      local.get $u0
      i32.const 224
      i32.and
      i32.const 192
      i32.eq
      if
       local.get $strOff
       local.get $u0
       i32.const 31
       i32.and
       i32.const 6
       i32.shl
       local.get $u1
       i32.or
       i32.store16
      else
       local.get $bufEnd
       local.get $bufOff
       i32.eq
       if
        br $while-break|0
       end
       local.get $bufOff
       i32.load8_u
       i32.const 63
       i32.and
       local.set $u2
       local.get $bufOff
       i32.const 1
       i32.add
       local.set $bufOff
       local.get $u0
       i32.const 240
       i32.and
       i32.const 224
       i32.eq
       if
        local.get $u0
        i32.const 15
        i32.and
        i32.const 12
        i32.shl
        local.get $u1
        i32.const 6
        i32.shl
        i32.or
        local.get $u2
        i32.or
        local.set $u0
       else
        local.get $bufEnd
        local.get $bufOff
        i32.eq
        if
         br $while-break|0
        end
        local.get $u0
        i32.const 7
        i32.and
        i32.const 18
        i32.shl
        local.get $u1
        i32.const 12
        i32.shl
        i32.or
        local.get $u2
        i32.const 6
        i32.shl
        i32.or
        local.get $bufOff
        i32.load8_u
        i32.const 63
        i32.and
        i32.or
        local.set $u0
        local.get $bufOff
        i32.const 1
        i32.add
        local.set $bufOff
       end
       local.get $u0
       i32.const 65536
       i32.lt_u
       if
        local.get $strOff
        local.get $u0
        i32.store16
       else
        local.get $u0
        i32.const 65536
        i32.sub
        local.set $u0
        local.get $u0
        i32.const 10
        i32.shr_u
        i32.const 55296
        i32.or
        local.set $lo
        local.get $u0
        i32.const 1023
        i32.and
        i32.const 56320
        i32.or
        local.set $hi
        local.get $strOff
        local.get $lo
        local.get $hi
        i32.const 16
        i32.shl
        i32.or
        i32.store
        local.get $strOff
        i32.const 2
        i32.add
        local.set $strOff
       end
      end
     end
     local.get $strOff
     i32.const 2
     i32.add
     local.set $strOff
     br $while-continue|0
    end
   end
  end
  local.get $str
  local.get $strOff
  local.get $str
  i32.sub
  call $~lib/rt/itcms/__renew
  local.set $12
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $12
  return
 )
 (func $~lib/util/number/utoa32 (param $value i32) (param $radix i32) (result i32)
  (local $out i32)
  (local $decimals i32)
  (local $buffer i32)
  (local $num i32)
  (local $offset i32)
  (local $decimals|7 i32)
  (local $buffer|8 i32)
  (local $num|9 i32)
  (local $offset|10 i32)
  (local $decimals|11 i32)
  (local $12 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $radix
  i32.const 2
  i32.lt_s
  if (result i32)
   i32.const 1
  else
   local.get $radix
   i32.const 36
   i32.gt_s
  end
  if
   i32.const 21776
   i32.const 21904
   i32.const 350
   i32.const 5
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  i32.eqz
  if
   i32.const 21968
   local.set $12
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $12
   return
  end
  local.get $radix
  i32.const 10
  i32.eq
  if
   local.get $value
   call $~lib/util/number/decimalCount32
   local.set $decimals
   global.get $~lib/memory/__stack_pointer
   local.get $decimals
   i32.const 1
   i32.shl
   i32.const 2
   call $~lib/rt/itcms/__new
   local.tee $out
   i32.store
   local.get $out
   local.set $buffer
   local.get $value
   local.set $num
   local.get $decimals
   local.set $offset
   i32.const 0
   i32.const 1
   i32.ge_s
   drop
   local.get $buffer
   local.get $num
   local.get $offset
   call $~lib/util/number/utoa32_dec_lut
  else
   local.get $radix
   i32.const 16
   i32.eq
   if
    i32.const 31
    local.get $value
    i32.clz
    i32.sub
    i32.const 2
    i32.shr_s
    i32.const 1
    i32.add
    local.set $decimals|7
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|7
    i32.const 1
    i32.shl
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.set $buffer|8
    local.get $value
    local.set $num|9
    local.get $decimals|7
    local.set $offset|10
    i32.const 0
    i32.const 1
    i32.ge_s
    drop
    local.get $buffer|8
    local.get $num|9
    i64.extend_i32_u
    local.get $offset|10
    call $~lib/util/number/utoa_hex_lut
   else
    local.get $value
    i64.extend_i32_u
    local.get $radix
    call $~lib/util/number/ulog_base
    local.set $decimals|11
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|11
    i32.const 1
    i32.shl
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $value
    i64.extend_i32_u
    local.get $decimals|11
    local.get $radix
    call $~lib/util/number/utoa64_any_core
   end
  end
  local.get $out
  local.set $12
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $12
  return
 )
 (func $tests/unit/mock/lastLog (param $level i32) (result i32)
  (local $ptr i32)
  (local $size i32)
  (local $text i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $level
  global.get $tests/unit/mock/OUT
  global.get $tests/unit/mock/OUT
  i32.const 4
  i32.add
  call $tests/unit/mock/last_log
  global.get $tests/unit/mock/OUT
  i32.load
  local.set $ptr
  global.get $tests/unit/mock/OUT
  i32.const 4
  i32.add
  i32.load
  local.set $size
  local.get $ptr
  i32.const 0
  i32.eq
  if
   i32.const 2320
   local.set $4
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $4
   return
  end
  global.get $~lib/memory/__stack_pointer
  local.get $ptr
  local.get $size
  i32.const 0
  call $~lib/string/String.UTF8.decodeUnsafe
  local.tee $text
  i32.store
  local.get $ptr
  call $~lib/rt/itcms/__unpin
  local.get $text
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/util/number/itoa32 (param $value i32) (param $radix i32) (result i32)
  (local $sign i32)
  (local $out i32)
  (local $decimals i32)
  (local $buffer i32)
  (local $num i32)
  (local $offset i32)
  (local $decimals|8 i32)
  (local $buffer|9 i32)
  (local $num|10 i32)
  (local $offset|11 i32)
  (local $val32 i32)
  (local $decimals|13 i32)
  (local $14 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $radix
  i32.const 2
  i32.lt_s
  if (result i32)
   i32.const 1
  else
   local.get $radix
   i32.const 36
   i32.gt_s
  end
  if
   i32.const 21776
   i32.const 21904
   i32.const 373
   i32.const 5
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  i32.eqz
  if
   i32.const 21968
   local.set $14
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $14
   return
  end
  local.get $value
  i32.const 31
  i32.shr_u
  i32.const 1
  i32.shl
  local.set $sign
  local.get $sign
  if
   i32.const 0
   local.get $value
   i32.sub
   local.set $value
  end
  local.get $radix
  i32.const 10
  i32.eq
  if
   local.get $value
   call $~lib/util/number/decimalCount32
   local.set $decimals
   global.get $~lib/memory/__stack_pointer
   local.get $decimals
   i32.const 1
   i32.shl
   local.get $sign
   i32.add
   i32.const 2
   call $~lib/rt/itcms/__new
   local.tee $out
   i32.store
   local.get $out
   local.get $sign
   i32.add
   local.set $buffer
   local.get $value
   local.set $num
   local.get $decimals
   local.set $offset
   i32.const 0
   i32.const 1
   i32.ge_s
   drop
   local.get $buffer
   local.get $num
   local.get $offset
   call $~lib/util/number/utoa32_dec_lut
  else
   local.get $radix
   i32.const 16
   i32.eq
   if
    i32.const 31
    local.get $value
    i32.clz
    i32.sub
    i32.const 2
    i32.shr_s
    i32.const 1
    i32.add
    local.set $decimals|8
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|8
    i32.const 1
    i32.shl
    local.get $sign
    i32.add
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $sign
    i32.add
    local.set $buffer|9
    local.get $value
    local.set $num|10
    local.get $decimals|8
    local.set $offset|11
    i32.const 0
    i32.const 1
    i32.ge_s
    drop
    local.get $buffer|9
    local.get $num|10
    i64.extend_i32_u
    local.get $offset|11
    call $~lib/util/number/utoa_hex_lut
   else
    local.get $value
    local.set $val32
    local.get $val32
    i64.extend_i32_u
    local.get $radix
    call $~lib/util/number/ulog_base
    local.set $decimals|13
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|13
    i32.const 1
    i32.shl
    local.get $sign
    i32.add
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $sign
    i32.add
    local.get $val32
    i64.extend_i32_u
    local.get $decimals|13
    local.get $radix
    call $~lib/util/number/utoa64_any_core
   end
  end
  local.get $sign
  if
   local.get $out
   i32.const 45
   i32.store16
  end
  local.get $out
  local.set $14
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $14
  return
 )
 (func $~lib/util/number/itoa64 (param $value i64) (param $radix i32) (result i32)
  (local $sign i32)
  (local $out i32)
  (local $val32 i32)
  (local $decimals i32)
  (local $buffer i32)
  (local $num i32)
  (local $offset i32)
  (local $decimals|9 i32)
  (local $buffer|10 i32)
  (local $num|11 i64)
  (local $offset|12 i32)
  (local $decimals|13 i32)
  (local $buffer|14 i32)
  (local $num|15 i64)
  (local $offset|16 i32)
  (local $decimals|17 i32)
  (local $18 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $radix
  i32.const 2
  i32.lt_s
  if (result i32)
   i32.const 1
  else
   local.get $radix
   i32.const 36
   i32.gt_s
  end
  if
   i32.const 21776
   i32.const 21904
   i32.const 431
   i32.const 5
   call $~lib/builtins/abort
   unreachable
  end
  local.get $value
  i64.const 0
  i64.ne
  i32.eqz
  if
   i32.const 21968
   local.set $18
   global.get $~lib/memory/__stack_pointer
   i32.const 4
   i32.add
   global.set $~lib/memory/__stack_pointer
   local.get $18
   return
  end
  local.get $value
  i64.const 63
  i64.shr_u
  i32.wrap_i64
  i32.const 1
  i32.shl
  local.set $sign
  local.get $sign
  if
   i64.const 0
   local.get $value
   i64.sub
   local.set $value
  end
  local.get $radix
  i32.const 10
  i32.eq
  if
   local.get $value
   global.get $~lib/builtins/u32.MAX_VALUE
   i64.extend_i32_u
   i64.le_u
   if
    local.get $value
    i32.wrap_i64
    local.set $val32
    local.get $val32
    call $~lib/util/number/decimalCount32
    local.set $decimals
    global.get $~lib/memory/__stack_pointer
    local.get $decimals
    i32.const 1
    i32.shl
    local.get $sign
    i32.add
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $sign
    i32.add
    local.set $buffer
    local.get $val32
    local.set $num
    local.get $decimals
    local.set $offset
    i32.const 0
    i32.const 1
    i32.ge_s
    drop
    local.get $buffer
    local.get $num
    local.get $offset
    call $~lib/util/number/utoa32_dec_lut
   else
    local.get $value
    call $~lib/util/number/decimalCount64High
    local.set $decimals|9
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|9
    i32.const 1
    i32.shl
    local.get $sign
    i32.add
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $sign
    i32.add
    local.set $buffer|10
    local.get $value
    local.set $num|11
    local.get $decimals|9
    local.set $offset|12
    i32.const 0
    i32.const 1
    i32.ge_s
    drop
    local.get $buffer|10
    local.get $num|11
    local.get $offset|12
    call $~lib/util/number/utoa64_dec_lut
   end
  else
   local.get $radix
   i32.const 16
   i32.eq
   if
    i32.const 63
    local.get $value
    i64.clz
    i32.wrap_i64
    i32.sub
    i32.const 2
    i32.shr_s
    i32.const 1
    i32.add
    local.set $decimals|13
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|13
    i32.const 1
    i32.shl
    local.get $sign
    i32.add
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $sign
    i32.add
    local.set $buffer|14
    local.get $value
    local.set $num|15
    local.get $decimals|13
    local.set $offset|16
    i32.const 0
    i32.const 1
    i32.ge_s
    drop
    local.get $buffer|14
    local.get $num|15
    local.get $offset|16
    call $~lib/util/number/utoa_hex_lut
   else
    local.get $value
    local.get $radix
    call $~lib/util/number/ulog_base
    local.set $decimals|17
    global.get $~lib/memory/__stack_pointer
    local.get $decimals|17
    i32.const 1
    i32.shl
    local.get $sign
    i32.add
    i32.const 2
    call $~lib/rt/itcms/__new
    local.tee $out
    i32.store
    local.get $out
    local.get $sign
    i32.add
    local.get $value
    local.get $decimals|17
    local.get $radix
    call $~lib/util/number/utoa64_any_core
   end
  end
  local.get $sign
  if
   local.get $out
   i32.const 45
   i32.store16
  end
  local.get $out
  local.set $18
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $18
  return
 )
 (func $~lib/staticarray/StaticArray<bool>#constructor (param $this i32) (param $length i32) (result i32)
  (local $outSize i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $length
  i32.const 1073741820
  i32.const 0
  i32.shr_u
  i32.gt_u
  if
   i32.const 432
   i32.const 2352
   i32.const 51
   i32.const 60
   call $~lib/builtins/abort
   unreachable
  end
  local.get $length
  i32.const 0
  i32.shl
  local.set $outSize
  global.get $~lib/memory/__stack_pointer
  local.get $outSize
  i32.const 44
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  i32.const 2
  global.get $~lib/shared/runtime/Runtime.Incremental
  i32.ne
  drop
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $~lib/string/String.fromCharCode (param $unit i32) (param $surr i32) (result i32)
  (local $hasSur i32)
  (local $out i32)
  (local $4 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  local.get $surr
  i32.const 0
  i32.gt_s
  local.set $hasSur
  global.get $~lib/memory/__stack_pointer
  i32.const 2
  local.get $hasSur
  i32.shl
  i32.const 2
  call $~lib/rt/itcms/__new
  local.tee $out
  i32.store
  local.get $out
  local.get $unit
  i32.store16
  local.get $hasSur
  if
   local.get $out
   local.get $surr
   i32.store16 offset=2
  end
  local.get $out
  local.set $4
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $4
  return
 )
 (func $assembly/uuid/formatUuidV4 (param $random i32) (result i32)
  (local $out i32)
  (local $dst i32)
  (local $o i32)
  (local $i i32)
  (local $b i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  i32.store
  global.get $~lib/memory/__stack_pointer
  i32.const 0
  global.get $assembly/uuid/UUID_LENGTH
  call $~lib/arraybuffer/ArrayBuffer#constructor
  local.tee $out
  i32.store
  local.get $out
  local.set $dst
  i32.const 0
  local.set $o
  i32.const 0
  local.set $i
  loop $for-loop|0
   local.get $i
   i32.const 16
   i32.lt_u
   if
    local.get $random
    local.get $i
    i32.add
    i32.load8_u
    local.set $b
    local.get $i
    i32.const 6
    i32.eq
    if
     local.get $b
     i32.const 15
     i32.and
     i32.const 64
     i32.or
     local.set $b
    else
     local.get $i
     i32.const 8
     i32.eq
     if
      local.get $b
      i32.const 63
      i32.and
      i32.const 128
      i32.or
      local.set $b
     end
    end
    local.get $i
    i32.const 4
    i32.eq
    if (result i32)
     i32.const 1
    else
     local.get $i
     i32.const 6
     i32.eq
    end
    if (result i32)
     i32.const 1
    else
     local.get $i
     i32.const 8
     i32.eq
    end
    if (result i32)
     i32.const 1
    else
     local.get $i
     i32.const 10
     i32.eq
    end
    if
     local.get $dst
     local.get $o
     local.tee $6
     i32.const 1
     i32.add
     local.set $o
     local.get $6
     i32.add
     i32.const 45
     i32.store8
    end
    local.get $dst
    local.get $o
    local.tee $7
    i32.const 1
    i32.add
    local.set $o
    local.get $7
    i32.add
    global.get $assembly/uuid/HEX
    local.get $b
    i32.const 4
    i32.shr_u
    i32.add
    i32.load8_u
    i32.store8
    local.get $dst
    local.get $o
    local.tee $8
    i32.const 1
    i32.add
    local.set $o
    local.get $8
    i32.add
    global.get $assembly/uuid/HEX
    local.get $b
    i32.const 15
    i32.and
    i32.add
    i32.load8_u
    i32.store8
    local.get $i
    i32.const 1
    i32.add
    local.set $i
    br $for-loop|0
   end
  end
  local.get $out
  local.set $9
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $9
  return
 )
 (func $export:tests/unit/behaviour.spec/startRoot (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  global.get $~lib/memory/__stack_pointer
  local.get $1
  i32.store offset=4
  local.get $0
  local.get $1
  call $tests/unit/behaviour.spec/startRoot
  local.set $2
  global.get $~lib/memory/__stack_pointer
  i32.const 8
  i32.add
  global.set $~lib/memory/__stack_pointer
  local.get $2
 )
 (func $export:node_modules/@as-pect/assembly/assembly/internal/call/__call (param $0 i32)
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.sub
  global.set $~lib/memory/__stack_pointer
  call $~stack_check
  global.get $~lib/memory/__stack_pointer
  local.get $0
  i32.store
  local.get $0
  call $node_modules/@as-pect/assembly/assembly/internal/call/__call
  global.get $~lib/memory/__stack_pointer
  i32.const 4
  i32.add
  global.set $~lib/memory/__stack_pointer
 )
)
