// The release binary in the host, as the plugin tests start it, and the two requests they
// send most: one with a client's x-request-id and one without.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PluginVm, type RequestInput, type VmOptions } from "../../host/index.ts";

export const RELEASE_WASM = readFileSync("build/plugin.wasm");

/** A VM of the release binary that accepted `config`. */
export async function started(config: string, options: VmOptions = {}): Promise<PluginVm> {
  const vm = await PluginVm.load(RELEASE_WASM, options);
  const result = vm.start(config);
  assert.ok(result.ok, `${result.reason}: ${vm.logs("critical").join(" | ")}`);
  return vm;
}

export const WITH_ID: RequestInput = {
  headers: [
    [":path", "/"],
    ["x-request-id", "client-id"],
  ],
};
export const WITHOUT_ID: RequestInput = { headers: [[":path", "/"]] };
