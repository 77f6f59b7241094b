// The one wrapper every command runs in: options parsed and checked, --help and --version,
// and any failure turned into one line on stderr ("<command>: <reason>") with exit code 1.
// A stack trace is printed only with --debug or NODE_DEBUG set.

import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { PRODUCT_NAME } from "../../assembly/names.ts";
import { scrub } from "./secrets.ts";

export interface OptionSpec {
  type: "string" | "boolean";
  default?: string | boolean;
  /** One line for --help; a string option's value is shown as `placeholder`. */
  help: string;
  placeholder?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

type Values<O extends OptionSpecs> = {
  [K in keyof O]: O[K]["type"] extends "boolean" ? boolean : O[K]["default"] extends string ? string : string | undefined;
};

export interface CliArgs<O extends OptionSpecs> {
  values: Values<O>;
  positionals: string[];
}

export interface CommandSpec {
  /** The npm command, e.g. "run check" or "start". */
  npm: string;
  summary: string;
  /** Positional arguments for the usage line, e.g. "FILE...". */
  positionals?: string;
}

const COMMON: OptionSpecs = {
  help: { type: "boolean", default: false, help: "print this help and exit" },
  version: { type: "boolean", default: false, help: "print the version and exit" },
  debug: { type: "boolean", default: false, help: "print a stack trace on failure" },
};

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

export function usage(name: string, spec: CommandSpec, options: OptionSpecs): string {
  const all = { ...options, ...COMMON };
  const left = (n: string, o: OptionSpec) => `--${n}${o.type === "string" ? ` ${o.placeholder ?? n.toUpperCase()}` : ""}`;
  const width = Math.max(...Object.entries(all).map(([n, o]) => left(n, o).length));
  const lines = Object.entries(all).map(([n, o]) => {
    const shown = o.default !== undefined && o.default !== false && o.default !== "" ? ` (default: ${o.default})` : "";
    return `  ${left(n, o).padEnd(width)}  ${o.help}${shown}`;
  });
  const positionals = spec.positionals ? ` ${spec.positionals}` : "";
  return [`usage: npm ${spec.npm} -- [options]${positionals}`, "", `${name}: ${spec.summary}`, "", "options:", ...lines].join("\n");
}

/**
 * parseArgs's refusal in one line. Its "argument is ambiguous" (a value that starts with '-')
 * says what the value is: a negative number, which no option here takes, or text to be given
 * as --option=-text.
 */
function argumentProblem(message: string, args: string[]): string {
  const ambiguous = /^Option '(--[a-z][a-z-]*)' argument is ambiguous/.exec(message);
  if (!ambiguous) return message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
  const option = ambiguous[1];
  const value = args.find((a, i) => args[i - 1] === option && a.startsWith("-")) ?? "-";
  if (/^-\d/.test(value)) return `${option} ${value}: not a valid value, no option takes a negative number`;
  return `${option} ${value}: a value that starts with '-' is read as an option; write ${option}=${value} to give it as the value`;
}

/**
 * Runs a command: parses process.argv against `options` (unknown options and missing values
 * are refused with one line), answers --help and --version, then awaits `main`.
 */
export function runCli<O extends OptionSpecs>(
  name: string,
  spec: CommandSpec,
  options: O,
  main: (args: CliArgs<O>) => Promise<void>,
): void {
  const debug = process.argv.includes("--debug") || Boolean(process.env.NODE_DEBUG);
  function fail(e: unknown): never {
    const error = e instanceof Error ? e : new Error(String(e));
    console.error(scrub(debug && error.stack ? error.stack : `${name}: ${error.message.split("\n")[0]}`));
    process.exit(1);
  }
  // Last resort for errors raised outside main's promise chain (an emitter, a timer).
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  // A reader that has read enough (`| head -1`) closes the pipe: the output ends there, and that
  // is no failure of the command.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") fail(e);
    process.exit(process.exitCode ?? 0);
  });
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const all = { ...options, ...COMMON };
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: spec.positionals !== undefined,
      strict: true,
      options: Object.fromEntries(Object.entries(all).map(([n, o]) => [n, { type: o.type, default: o.default }])) as never,
    });
  } catch (e) {
    fail(new Error(`${argumentProblem((e as Error).message, process.argv.slice(2))} (see --help)`));
  }
  if (parsed.values.help) {
    console.log(usage(name, spec, options));
    return;
  }
  if (parsed.values.version) {
    console.log(`${PRODUCT_NAME} ${packageVersion()}`);
    return;
  }
  main({ values: parsed.values as Values<O>, positionals: parsed.positionals }).catch(fail);
}

/** A whole number within [min, max] from an option's text; refuses anything else naming the option. */
export function integerOption(name: string, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (text === undefined || !/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`--${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(text ?? "")}`);
  }
  return value;
}

/** Says what a long step is doing, on standard error, when it is a terminal. */
export function progress(line: string): void {
  if (process.stderr.isTTY) console.error(line);
}
