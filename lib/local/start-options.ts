// What npm start's options mean: the upstream as an origin, and the plugin's configuration
// and root id from --config, --config-file or the manifest.

import { PLUGIN_NAME } from "../../assembly/names.ts";
import { readGivenText } from "../cli/files.ts";
import { MAX_MANIFEST_FILE_BYTES, parseWasmPluginYaml, pluginConfigJson } from "../deploy/wasmplugin.ts";

/** A configuration file is a JSON document a proxy hands the plugin: far below this. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** --upstream as an origin: the proxy sends each request's own path there, so a path, query or user would be lost. */
export function upstreamOrigin(text: string): URL {
  const form = "--upstream must be http://HOST[:PORT]";
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${form}, got ${text}`);
  }
  if (url.protocol !== "http:") throw new Error(`${form} (the local proxy speaks plain HTTP/1.1), got ${text}`);
  const extra = [
    url.username || url.password ? "a user" : "",
    url.pathname !== "/" ? `a path (${url.pathname})` : "",
    url.search ? "a query" : "",
    url.hash ? "a fragment" : "",
  ].filter(Boolean);
  if (extra.length > 0) {
    // A user's password is never printed.
    const shown = text.replace(/\/\/[^/]*@/, "//***@");
    throw new Error(`${form}, got ${shown} with ${extra.join(" and ")}: each request goes there with its own path, so that would be lost`);
  }
  return url;
}

export interface PluginOptions {
  config?: string;
  configFile?: string;
  manifest: string;
  rootId?: string;
}

/**
 * The configuration and root id the plugin starts with. By default they are the manifest's
 * pluginConfig and pluginName: what you try is what you deploy. With --config or
 * --config-file the root id is the plugin's name, unless --root-id says otherwise.
 */
export async function pluginSetup(options: PluginOptions): Promise<{ config: string; rootId: string }> {
  if (options.config !== undefined && options.configFile !== undefined) {
    throw new Error("give the configuration once: --config JSON or --config-file FILE, not both (see --help)");
  }
  const given =
    options.config ??
    (options.configFile !== undefined ? await readGivenText(options.configFile, MAX_CONFIG_BYTES, "--config-file") : undefined);
  if (given !== undefined) return { config: given, rootId: options.rootId ?? PLUGIN_NAME };
  const text = await readGivenText(options.manifest, MAX_MANIFEST_FILE_BYTES, "--manifest");
  const { plugin, notes } = parseWasmPluginYaml(text, options.manifest);
  for (const note of notes) console.error(`${options.manifest}: note: ${note}`);
  const config = pluginConfigJson(plugin);
  console.log(`configuration from ${options.manifest}: ${config || "(none)"}`);
  return { config, rootId: options.rootId ?? plugin.spec.pluginName ?? "" };
}
