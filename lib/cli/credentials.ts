// Registry credentials for the commands that talk to a registry: a user name from an option
// or the environment, the password from the environment or standard input, never an argument.

import { readFileSync } from "node:fs";
import { type Credentials, DEFAULT_TIMEOUT_MS } from "../deploy/registry.ts";
import { integerOption, type OptionSpecs, progress } from "./run.ts";
import { addCredentials } from "./secrets.ts";

export const CREDENTIAL_OPTIONS = {
  username: {
    type: "string",
    help: "registry user (or REGISTRY_USERNAME); the password comes from REGISTRY_PASSWORD",
    placeholder: "USER",
  },
  "password-stdin": { type: "boolean", default: false, help: "read the registry password from standard input" },
  insecure: { type: "boolean", default: false, help: "plain HTTP to the registry (a local or test registry)" },
  timeout: {
    type: "string",
    default: String(DEFAULT_TIMEOUT_MS / 1000),
    help: "seconds to wait for each registry call (npm run push: also for the builder's whole push)",
    placeholder: "SECONDS",
  },
} as const satisfies OptionSpecs;

/** --username plus the password from REGISTRY_PASSWORD or, with --password-stdin, standard input. */
export function credentialsFrom(values: { username?: string; "password-stdin"?: boolean }): Credentials | undefined {
  const username = values.username ?? process.env.REGISTRY_USERNAME;
  if (!username) {
    // A password without a user name would be dropped, and the registry's refusal blamed on it.
    const where = values["password-stdin"] ? "--password-stdin is given" : process.env.REGISTRY_PASSWORD ? "REGISTRY_PASSWORD is set" : "";
    if (where) throw new Error(`${where} but no user name: pass --username USER (or set REGISTRY_USERNAME)`);
    return undefined;
  }
  const password = values["password-stdin"] ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : process.env.REGISTRY_PASSWORD;
  if (password === undefined) throw new Error("--username needs a password: set REGISTRY_PASSWORD or pass --password-stdin");
  // Refused here, not after a build and a round trip to the registry.
  if (password === "") throw new Error(`${values["password-stdin"] ? "the password on standard input" : "REGISTRY_PASSWORD"} is empty`);
  addCredentials(username, password);
  return { username, password };
}

/** What a registry command passes on: plain HTTP or not, credentials, the time limit, progress lines. */
export function registryOptionsFrom(values: { username?: string; "password-stdin"?: boolean; insecure?: boolean; timeout?: string }) {
  return {
    insecure: values.insecure ?? false,
    credentials: credentialsFrom(values),
    timeoutMs: integerOption("timeout", values.timeout, 1, 3600) * 1000,
    progress,
  };
}
