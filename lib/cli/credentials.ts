// Registry credentials for the commands that talk to a registry: a user name from an option
// or the environment, the password from the environment or standard input, never an argument.

import { readFileSync } from "node:fs";
import type { Credentials } from "../deploy/registry.ts";
import type { OptionSpecs } from "./run.ts";

export const CREDENTIAL_OPTIONS = {
  username: {
    type: "string",
    help: "registry user (or REGISTRY_USERNAME); the password comes from REGISTRY_PASSWORD",
    placeholder: "USER",
  },
  "password-stdin": { type: "boolean", default: false, help: "read the registry password from standard input" },
  insecure: { type: "boolean", default: false, help: "plain HTTP to the registry (a local or test registry)" },
} as const satisfies OptionSpecs;

/** --username plus the password from REGISTRY_PASSWORD or, with --password-stdin, standard input. */
export function credentialsFrom(values: { username?: string; "password-stdin"?: boolean }): Credentials | undefined {
  const username = values.username ?? process.env.REGISTRY_USERNAME;
  if (!username) return undefined;
  const password = values["password-stdin"] ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : process.env.REGISTRY_PASSWORD;
  if (password === undefined) throw new Error("--username needs a password: set REGISTRY_PASSWORD or pass --password-stdin");
  return { username, password };
}
