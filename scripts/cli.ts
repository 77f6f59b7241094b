// Shared command-line plumbing: one readable line on failure, credentials without echoing them.
import { existsSync, readFileSync } from "node:fs";
import { CrdSchema, DEFAULT_CRD } from "../deploy/wasmplugin.js";
import type { Credentials } from "../deploy/registry.js";

/** Runs a command's main; any error becomes "<name>: <message>" on stderr and exit code 1. */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((e: Error) => {
    console.error(`${name}: ${e.message.split("\n")[0]}`);
    process.exit(1);
  });
}

/** --username plus the password from REGISTRY_PASSWORD or, with --password-stdin, standard input. */
export function credentialsFrom(values: { username?: string; "password-stdin"?: boolean }): Credentials | undefined {
  const username = values.username ?? process.env.REGISTRY_USERNAME;
  if (!username) return undefined;
  const password = values["password-stdin"] ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : process.env.REGISTRY_PASSWORD;
  if (password === undefined) throw new Error("--username needs a password: set REGISTRY_PASSWORD or pass --password-stdin");
  return { username, password };
}

export const CREDENTIAL_OPTIONS = {
  username: { type: "string" },
  "password-stdin": { type: "boolean", default: false },
  insecure: { type: "boolean", default: false },
} as const;

/** The WasmPlugin CRD: --crd, $WASMPLUGIN_CRD, or the copy beside the project. */
export function loadCrd(path?: string): CrdSchema {
  const chosen = path ?? process.env.WASMPLUGIN_CRD ?? DEFAULT_CRD;
  if (!existsSync(chosen)) {
    throw new Error(`no WasmPlugin CRD at ${chosen}: pass --crd FILE or set WASMPLUGIN_CRD (for example from kubectl get crd wasmplugins.extensions.istio.io -o yaml)`);
  }
  return new CrdSchema(chosen);
}
