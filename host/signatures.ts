// The ABI's function signatures, in one table: every function Envoy's host provides to a
// module (env and WASI, by ABI version) and every function it calls in one, with their Wasm
// types. Written from the Proxy-Wasm spec and proxy-wasm-cpp-host at f2db56a (exports.h
// declares the host functions, wasm.h the module functions; a Word is an i32 on wasm32, an
// int64_t or uint64_t an i64), plus the few Envoy adds. Where cpp-host departs from WASI
// preview1 (path_link and path_symlink lack new_path_len), the table follows cpp-host, since
// that is what links. The loader, the build and npm run inspect check a module against it.

export type ValueType = "i32" | "i64" | "f32" | "f64" | "v128" | "funcref" | "externref";

export interface Signature {
  params: readonly ValueType[];
  results: readonly ValueType[];
}

export type AbiVersion = "0.1.0" | "0.2.0" | "0.2.1";

/** The ABI version exports cpp-host recognises; it takes the first of them in the export section. */
export const ABI_VERSION_EXPORTS: Readonly<Record<string, AbiVersion>> = {
  proxy_abi_version_0_1_0: "0.1.0",
  proxy_abi_version_0_2_0: "0.2.0",
  proxy_abi_version_0_2_1: "0.2.1",
};

/** The ABI versions this host runs (Envoy also loads 0.1.0). */
export const RUNNABLE_ABI_VERSIONS: readonly AbiVersion[] = ["0.2.0", "0.2.1"];

/** "iiI" -> i32 i32 i64: the short form the tables below are written in. */
function types(short: string): ValueType[] {
  return [...short].map((c) => (c === "i" ? "i32" : "i64"));
}

function sig(params: string, results = "i"): Signature {
  return { params: types(params), results: types(results) };
}

/** `env` functions of every ABI version: FOR_ALL_HOST_FUNCTIONS, two Emscripten helpers, and the one Envoy adds. */
const ENV_ALL: Record<string, Signature> = {
  proxy_log: sig("iii"),
  proxy_get_status: sig("iii"),
  proxy_set_property: sig("iiii"),
  proxy_get_property: sig("iiii"),
  proxy_send_local_response: sig("iiiiiiii"),
  proxy_get_shared_data: sig("iiiii"),
  proxy_set_shared_data: sig("iiiii"),
  proxy_register_shared_queue: sig("iii"),
  proxy_resolve_shared_queue: sig("iiiii"),
  proxy_dequeue_shared_queue: sig("iii"),
  proxy_enqueue_shared_queue: sig("iii"),
  proxy_get_header_map_value: sig("iiiii"),
  proxy_add_header_map_value: sig("iiiii"),
  proxy_replace_header_map_value: sig("iiiii"),
  proxy_remove_header_map_value: sig("iii"),
  proxy_get_header_map_pairs: sig("iii"),
  proxy_set_header_map_pairs: sig("iii"),
  proxy_get_header_map_size: sig("ii"),
  proxy_get_buffer_status: sig("iii"),
  proxy_get_buffer_bytes: sig("iiiii"),
  proxy_set_buffer_bytes: sig("iiiii"),
  proxy_http_call: sig("iiiiiiiiii"),
  proxy_grpc_call: sig("iiiiiiiiiiii"),
  proxy_grpc_stream: sig("iiiiiiiii"),
  proxy_grpc_close: sig("i"),
  proxy_grpc_cancel: sig("i"),
  proxy_grpc_send: sig("iiii"),
  proxy_set_tick_period_milliseconds: sig("i"),
  proxy_get_current_time_nanoseconds: sig("i"),
  proxy_define_metric: sig("iiii"),
  proxy_increment_metric: sig("iI"),
  proxy_record_metric: sig("iI"),
  proxy_get_metric: sig("ii"),
  proxy_set_effective_context: sig("i"),
  proxy_done: sig(""),
  proxy_call_foreign_function: sig("iiiiii"),
  pthread_equal: sig("ii"),
  emscripten_notify_memory_growth: sig("i", ""),
  // Envoy's own (Wasm::registerCallbacks in Envoy).
  envoy_resolve_dns: sig("iii"),
};

/** `env` functions cpp-host registers only for one ABI version (registerCallbacks). */
const ENV_BY_ABI: Record<AbiVersion, Record<string, Signature>> = {
  "0.1.0": {
    proxy_get_configuration: sig("ii"),
    proxy_continue_request: sig(""),
    proxy_continue_response: sig(""),
    proxy_clear_route_cache: sig(""),
  },
  "0.2.0": { proxy_continue_stream: sig("i"), proxy_close_stream: sig("i") },
  "0.2.1": { proxy_continue_stream: sig("i"), proxy_close_stream: sig("i"), proxy_get_log_level: sig("i") },
};

/** The WASI preview1 functions cpp-host registers (FOR_ALL_WASI_FUNCTIONS), the same under both module names. */
export const WASI_SIGNATURES: Readonly<Record<string, Signature>> = {
  fd_write: sig("iiii"),
  fd_read: sig("iiii"),
  fd_seek: sig("iIii"),
  fd_close: sig("i"),
  fd_fdstat_get: sig("ii"),
  fd_fdstat_set_flags: sig("ii"),
  fd_fdstat_set_rights: sig("iII"),
  environ_get: sig("ii"),
  environ_sizes_get: sig("ii"),
  args_get: sig("ii"),
  args_sizes_get: sig("ii"),
  clock_time_get: sig("iIi"),
  clock_res_get: sig("ii"),
  fd_advise: sig("iIIi"),
  fd_allocate: sig("iII"),
  fd_datasync: sig("i"),
  fd_filestat_set_size: sig("iI"),
  fd_filestat_set_times: sig("iIIi"),
  fd_pread: sig("iiiIi"),
  fd_pwrite: sig("iiiIi"),
  fd_readdir: sig("iiiIi"),
  fd_renumber: sig("ii"),
  fd_sync: sig("i"),
  fd_tell: sig("ii"),
  path_create_directory: sig("iii"),
  path_filestat_set_times: sig("iiiiIIi"),
  path_link: sig("iiiiii"),
  path_readlink: sig("iiiiii"),
  path_remove_directory: sig("iii"),
  path_rename: sig("iiiiii"),
  path_symlink: sig("iiii"),
  path_unlink_file: sig("iii"),
  sock_accept: sig("iii"),
  sock_recv: sig("iiiiii"),
  sock_send: sig("iiiii"),
  sock_shutdown: sig("ii"),
  random_get: sig("ii"),
  sched_yield: sig(""),
  poll_oneoff: sig("iiii"),
  proc_exit: sig("i", ""),
  path_open: sig("iiiiiIIii"),
  fd_prestat_get: sig("ii"),
  fd_prestat_dir_name: sig("iii"),
  path_filestat_get: sig("iiiii"),
  fd_filestat_get: sig("ii"),
};

/** Import modules Envoy serves the WASI functions from. */
export const WASI_MODULES = ["wasi_snapshot_preview1", "wasi_unstable"] as const;

const ENV_FOR_ABI = new Map<AbiVersion, Readonly<Record<string, Signature>>>();

/** The `env` functions Envoy provides to a module of ABI version `abi`. */
export function envFunctions(abi: AbiVersion): Readonly<Record<string, Signature>> {
  let env = ENV_FOR_ABI.get(abi);
  if (!env) {
    env = { ...ENV_ALL, ...ENV_BY_ABI[abi] };
    ENV_FOR_ABI.set(abi, env);
  }
  return env;
}

const ALL_ENV: Readonly<Record<string, Signature>> = Object.assign({}, ENV_ALL, ...Object.values(ENV_BY_ABI));

/** Every `env` function of any ABI version, for the import object (the module check picks by version). */
export function allEnvFunctions(): Readonly<Record<string, Signature>> {
  return ALL_ENV;
}

/** The ABI versions whose host provides `env.name`. */
export function envVersionsOf(name: string): AbiVersion[] {
  return (Object.keys(ENV_BY_ABI) as AbiVersion[]).filter((abi) => Object.hasOwn(ENV_ALL, name) || Object.hasOwn(ENV_BY_ABI[abi], name));
}

/** The signature of `module.name` among the host's functions, its env functions being `env`. */
function hostSignature(module: string, name: string, env: Readonly<Record<string, Signature>>): Signature | undefined {
  const table = module === "env" ? env : (WASI_MODULES as readonly string[]).includes(module) ? WASI_SIGNATURES : undefined;
  return table && Object.hasOwn(table, name) ? table[name] : undefined;
}

/** How many parameters the host's `module.name` takes under any ABI version; undefined for a function it does not give. */
export function hostFunctionArity(module: string, name: string): number | undefined {
  return hostSignature(module, name, ALL_ENV)?.params.length;
}

/** The signature the host gives `module.name` for a module of ABI `abi`, or undefined when it gives none. */
export function hostFunctionSignature(module: string, name: string, abi: AbiVersion): Signature | undefined {
  return hostSignature(module, name, envFunctions(abi));
}

/**
 * Functions cpp-host looks up in a module and calls (getFunctions), with the signature it
 * requires; an export of that name with another signature fails the VM.
 */
const START_FUNCTIONS: Record<string, Signature> = {
  _initialize: sig("", ""),
  _start: sig("", ""),
  main: sig("ii"),
  __main_void: sig(""),
  malloc: sig("i"),
  proxy_on_memory_allocate: sig("i"),
};

const CALLBACKS_ALL: Record<string, Signature> = {
  proxy_validate_configuration: sig("ii"),
  proxy_on_vm_start: sig("ii"),
  proxy_on_configure: sig("ii"),
  proxy_on_tick: sig("i", ""),
  proxy_on_context_create: sig("ii", ""),
  proxy_on_new_connection: sig("i"),
  proxy_on_downstream_data: sig("iii"),
  proxy_on_upstream_data: sig("iii"),
  proxy_on_downstream_connection_close: sig("ii", ""),
  proxy_on_upstream_connection_close: sig("ii", ""),
  proxy_on_request_body: sig("iii"),
  proxy_on_request_trailers: sig("ii"),
  proxy_on_request_metadata: sig("ii"),
  proxy_on_response_body: sig("iii"),
  proxy_on_response_trailers: sig("ii"),
  proxy_on_response_metadata: sig("ii"),
  proxy_on_http_call_response: sig("iiiii", ""),
  proxy_on_grpc_receive: sig("iii", ""),
  proxy_on_grpc_close: sig("iii", ""),
  proxy_on_grpc_receive_initial_metadata: sig("iii", ""),
  proxy_on_grpc_receive_trailing_metadata: sig("iii", ""),
  proxy_on_queue_ready: sig("ii", ""),
  proxy_on_done: sig("i"),
  proxy_on_log: sig("i", ""),
  proxy_on_delete: sig("i", ""),
  // Envoy's own (Wasm::getFunctions in Envoy).
  envoy_on_resolve_dns: sig("iii", ""),
  envoy_on_stats_update: sig("ii", ""),
};

const CALLBACKS_0_2: Record<string, Signature> = {
  proxy_on_request_headers: sig("iii"),
  proxy_on_response_headers: sig("iii"),
  proxy_on_foreign_function: sig("iii", ""),
};

const CALLBACKS_BY_ABI: Record<AbiVersion, Record<string, Signature>> = {
  "0.1.0": { proxy_on_request_headers: sig("ii"), proxy_on_response_headers: sig("ii") },
  "0.2.0": CALLBACKS_0_2,
  "0.2.1": CALLBACKS_0_2,
};

/** The signature cpp-host requires of an exported function `name` in a module of ABI `abi`, if it calls it. */
export function moduleFunctionSignature(name: string, abi: AbiVersion): Signature | undefined {
  for (const table of [START_FUNCTIONS, CALLBACKS_ALL, CALLBACKS_BY_ABI[abi]]) if (Object.hasOwn(table, name)) return table[name];
  return undefined;
}

/** The callbacks cpp-host looks up after the start functions and the allocator, in its order. */
export function callbackNames(abi: AbiVersion): string[] {
  return [...Object.keys(CALLBACKS_ALL), ...Object.keys(CALLBACKS_BY_ABI[abi])];
}

/** cpp-host's notation: "i32 i32 -> i32", "void" for none. */
export function formatSignature(signature: Signature): string {
  const list = (t: readonly ValueType[]) => (t.length === 0 ? "void" : t.join(" "));
  return `${list(signature.params)} -> ${list(signature.results)}`;
}

export function sameSignature(a: Signature, b: Signature): boolean {
  const same = (x: readonly ValueType[], y: readonly ValueType[]) => x.length === y.length && x.every((t, i) => t === y[i]);
  return same(a.params, b.params) && same(a.results, b.results);
}
