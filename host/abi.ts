// Proxy-Wasm ABI constants and the import surface Envoy provides (ABI 0.2.0 / 0.2.1, as
// proxy-wasm-cpp-host registers them). Shared by the host, its module check and the build.

export const Status = {
  Ok: 0,
  NotFound: 1,
  BadArgument: 2,
  SerializationFailure: 3,
  ParseFailure: 4,
  BadExpression: 5,
  InvalidMemoryAccess: 6,
  Empty: 7,
  CasMismatch: 8,
  ResultMismatch: 9,
  InternalFailure: 10,
  BrokenConnection: 11,
  Unimplemented: 12,
} as const;
export type StatusCode = (typeof Status)[keyof typeof Status];

export const LogLevel = { trace: 0, debug: 1, info: 2, warn: 3, error: 4, critical: 5 } as const;
export type LogLevelName = keyof typeof LogLevel;
export const LOG_LEVEL_NAMES: LogLevelName[] = ["trace", "debug", "info", "warn", "error", "critical"];

export const MapType = {
  RequestHeaders: 0,
  RequestTrailers: 1,
  ResponseHeaders: 2,
  ResponseTrailers: 3,
  GrpcReceiveInitialMetadata: 4,
  GrpcReceiveTrailingMetadata: 5,
  HttpCallResponseHeaders: 6,
  HttpCallResponseTrailers: 7,
} as const;

export const BufferType = {
  HttpRequestBody: 0,
  HttpResponseBody: 1,
  DownstreamData: 2,
  UpstreamData: 3,
  HttpCallResponseBody: 4,
  GrpcReceiveBuffer: 5,
  VmConfiguration: 6,
  PluginConfiguration: 7,
  CallData: 8,
} as const;

export const MetricType = { Counter: 0, Gauge: 1, Histogram: 2 } as const;

export const FilterHeadersStatus = {
  Continue: 0,
  StopIteration: 1,
  ContinueAndEndStream: 2,
  StopAllIterationAndBuffer: 3,
  StopAllIterationAndWatermark: 4,
} as const;

export const StreamType = { Request: 0, Response: 1, Downstream: 2, Upstream: 3 } as const;

/** ABI version exports, newest first, as the host looks for them. */
export const ABI_VERSION_EXPORTS = ["proxy_abi_version_0_2_1", "proxy_abi_version_0_2_0"] as const;

/** `env` functions of ABI 0.2.1. */
export const ENV_FUNCTIONS_0_2_1 = [
  "proxy_log",
  "proxy_get_log_level",
  "proxy_set_tick_period_milliseconds",
  "proxy_get_current_time_nanoseconds",
  "proxy_get_status",
  "proxy_set_effective_context",
  "proxy_done",
  "proxy_call_foreign_function",
  "proxy_get_property",
  "proxy_set_property",
  "proxy_continue_stream",
  "proxy_close_stream",
  "proxy_send_local_response",
  "proxy_get_buffer_bytes",
  "proxy_get_buffer_status",
  "proxy_set_buffer_bytes",
  "proxy_get_header_map_value",
  "proxy_get_header_map_pairs",
  "proxy_get_header_map_size",
  "proxy_add_header_map_value",
  "proxy_replace_header_map_value",
  "proxy_remove_header_map_value",
  "proxy_set_header_map_pairs",
  "proxy_get_shared_data",
  "proxy_set_shared_data",
  "proxy_register_shared_queue",
  "proxy_resolve_shared_queue",
  "proxy_dequeue_shared_queue",
  "proxy_enqueue_shared_queue",
  "proxy_http_call",
  "proxy_grpc_call",
  "proxy_grpc_stream",
  "proxy_grpc_send",
  "proxy_grpc_cancel",
  "proxy_grpc_close",
  "proxy_define_metric",
  "proxy_increment_metric",
  "proxy_record_metric",
  "proxy_get_metric",
] as const;

/** `env` functions that only ABI 0.2.0 modules may import. */
export const ENV_FUNCTIONS_0_2_0_ONLY = ["proxy_clear_route_cache", "proxy_continue_request", "proxy_continue_response"] as const;

/** The WASI preview1 subset proxy-wasm-cpp-host implements. */
export const WASI_FUNCTIONS = [
  "fd_write",
  "fd_read",
  "fd_seek",
  "fd_close",
  "fd_fdstat_get",
  "fd_prestat_get",
  "fd_prestat_dir_name",
  "environ_get",
  "environ_sizes_get",
  "args_get",
  "args_sizes_get",
  "clock_time_get",
  "random_get",
  "proc_exit",
  "sched_yield",
  "poll_oneoff",
  "path_open",
] as const;

/** Import modules Envoy resolves WASI functions from. */
export const WASI_MODULES = ["wasi_snapshot_preview1", "wasi_unstable"] as const;
