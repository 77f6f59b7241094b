// Deploy-time safety: a WasmPlugin manifest is valid for Istio's schema, and the built plugin
// starts with the manifest's own pluginName (root id) and pluginConfig, as Envoy would run it.

import { PluginVm } from "../../host/index.ts";
import { readGivenText } from "../cli/files.ts";
import { moduleUrlNotes, moduleUrlProblems } from "./module-url.ts";
import type { ManifestValidator } from "./validate.ts";
import { MAX_MANIFEST_FILE_BYTES, parseWasmPluginYaml, pluginConfigJson, type WasmPlugin } from "./wasmplugin.ts";

export interface CheckResult {
  ok: boolean;
  /** Problems, one per line: schema errors, or the plugin's own refusal. */
  problems: string[];
  /** The plugin's configure-time info line when it started. */
  started?: string;
  /** Values kubectl reads otherwise than YAML 1.2 does, and a module not pinned by digest, one line each. */
  notes?: string[];
}

export async function checkWasmPlugin(plugin: WasmPlugin, wasm: Uint8Array, validator: ManifestValidator): Promise<CheckResult> {
  const problems = [...validator.validate(plugin), ...moduleUrlProblems(plugin.spec)];
  if (problems.length > 0) return { ok: false, problems };
  const rootId = plugin.spec.pluginName ?? "";
  const vm = await PluginVm.load(wasm, { rootId, pluginName: `${plugin.metadata.namespace ?? "default"}.${plugin.metadata.name}` });
  const start = vm.start(pluginConfigJson(plugin));
  if (!start.ok) {
    const said = vm.logs("critical").at(-1) ?? start.reason ?? "refused";
    return { ok: false, problems: [`the plugin refuses pluginName ${JSON.stringify(rootId)} / pluginConfig: ${said}`] };
  }
  return { ok: true, problems: [], started: vm.logs("info").at(-1) };
}

/** Checks one manifest file; a file that cannot be read or parsed is a problem like any other. */
export async function checkManifestFile(file: string, wasm: Uint8Array, validator: ManifestValidator): Promise<CheckResult> {
  try {
    const { plugin, notes } = parseWasmPluginYaml(await readGivenText(file, MAX_MANIFEST_FILE_BYTES), file);
    return { ...(await checkWasmPlugin(plugin, wasm, validator)), notes: [...notes, ...moduleUrlNotes(plugin.spec)] };
  } catch (e) {
    const message = (e as Error).message;
    return { ok: false, problems: [(message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message).split("\n")[0]] };
  }
}
