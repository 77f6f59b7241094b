// A plugin started the way Envoy starts one (cpp-host's createWasm, canary and
// getOrCreateThreadLocalPlugin): the module is checked and compiled once; a base VM is
// instantiated and initialised (its start functions run) to clone the others from; a canary
// copy is started and configured to vet the configuration, then dropped without teardown;
// then every thread gets a copy of its own, started and configured: the main thread (Envoy's
// thread-local slots run there too, though it serves no requests) and each worker. The VMs
// share one log, shared data and stats, as in Envoy's process, so configure-time lines
// appear once for the canary, once for the main thread and once per worker.

import { readFile } from "node:fs/promises";
import { checkModule } from "./module-check.ts";
import { newProcess, type ProxyProcess } from "./state.ts";
import { PluginVm, type VmOptions } from "./vm.ts";

export interface PluginOptions extends VmOptions {
  /** Envoy's worker threads (--concurrency), each with a VM of its own; default 1. */
  workers?: number;
}

export interface StartedPlugin {
  ok: boolean;
  /** Why the canary (or a worker) did not start: which callback refused or trapped. */
  reason?: string;
  /** One started VM per worker; none when the canary refused the configuration. */
  workers: PluginVm[];
  /** The main thread's copy: started and configured, serving no requests. */
  mainThread?: PluginVm;
  /** The log, shared data and stats all the plugin's VMs wrote to. */
  process: ProxyProcess;
}

export async function startPlugin(
  source: string | Uint8Array,
  configuration: string | Uint8Array = "",
  options: PluginOptions = {},
): Promise<StartedPlugin> {
  const checked = await checkModule(typeof source === "string" ? await readFile(source) : source);
  const process = options.process ?? newProcess();
  const vmOptions: VmOptions = { ...options, process };
  await PluginVm.instantiate(checked, vmOptions);
  const canary = await PluginVm.instantiate(checked, vmOptions);
  const vetted = canary.start(configuration);
  if (!vetted.ok) return { ok: false, reason: vetted.reason, workers: [], process };
  const threads: PluginVm[] = [];
  for (let i = 0; i <= (options.workers ?? 1); i++) {
    const vm = await PluginVm.instantiate(checked, vmOptions);
    const started = vm.start(configuration);
    if (!started.ok) return { ok: false, reason: started.reason, workers: threads.slice(1), mainThread: threads[0], process };
    threads.push(vm);
  }
  return { ok: true, workers: threads.slice(1), mainThread: threads[0], process };
}
