// Every command in bin/: --help lists every option on one line each, --version answers, and bad
// input (a number that is not one, a manifest without spec, a file that is not a CRD, YAML that
// kubectl reads otherwise) is one readable line and a non-zero exit, never a stack dump.

import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { runCommand } from "../support/commands.ts";

const COMMANDS = readdirSync("bin")
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""));

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ["--import", "tsx", `bin/${command}.ts`, ...args], {
    encoding: "utf8",
    env: { ...process.env, REGISTRY_USERNAME: "", REGISTRY_PASSWORD: "", ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same as run(), without blocking: many commands start at once. */
const runAsync = (command: string, args: string[], env: Record<string, string> = {}) => runCommand(`bin/${command}.ts`, args, env);

/** Exit 1 with exactly one line on stderr, matching `pattern`. */
function refuses(result: ReturnType<typeof run>, pattern: RegExp): void {
  assert.equal(result.code, 1, `exit code; stderr: ${result.stderr}`);
  const lines = result.stderr.trim().split("\n");
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0], pattern);
}

const dir = mkdtempSync(join(tmpdir(), "request-tracker-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const committed = readFileSync("wasmplugin.yaml", "utf8");

describe("every command", () => {
  const results = new Map<string, ReturnType<typeof run>>();
  before(async () => {
    const runs = COMMANDS.flatMap((c) => [
      [c, "--help"],
      [c, "--version"],
      [c, "--no-such-option"],
    ]);
    await Promise.all(runs.map(async ([c, arg]) => results.set(`${c} ${arg}`, await runAsync(c, [arg]))));
  });
  const got = (command: string, arg: string) => results.get(`${command} ${arg}`) ?? assert.fail(`${command} ${arg} did not run`);

  for (const command of COMMANDS) {
    test(`${command}: --help lists every option once, one line each; --version answers`, () => {
      const help = got(command, "--help");
      assert.equal(help.code, 0, help.stderr);
      const source = readFileSync(`bin/${command}.ts`, "utf8");
      const declared = [
        ...source.matchAll(/^\s+"?([a-z][a-z-]*)"?: \{ type: "(?:string|boolean)"/gm),
        ...source.matchAll(/^\s+"?([a-z][a-z-]*)"?: \{\n\s+type:/gm),
      ].map((m) => m[1]);
      if (source.includes("CREDENTIAL_OPTIONS")) declared.push("username", "password-stdin", "insecure", "timeout");
      const optionLines = help.stdout.split("\n").filter((l) => /^ {2}--/.test(l));
      for (const name of [...declared, "help", "version", "debug"]) {
        assert.equal(
          optionLines.filter((l) => l.startsWith(`  --${name} `) || l === `  --${name}`).length,
          1,
          `--${name} in ${help.stdout}`,
        );
      }
      assert.match(help.stdout, /^usage: npm /);
      const version = got(command, "--version");
      assert.equal(version.code, 0);
      assert.match(version.stdout.trim(), /^request-tracker \d+\.\d+\.\d+$/);
    });

    test(`${command}: an unknown option is one line`, () => {
      refuses(got(command, "--no-such-option"), new RegExp(`^${command}: Unknown option '--no-such-option' \\(see --help\\)$`));
    });
  }
});

describe("numeric options are checked", () => {
  const cases: [string, string[], RegExp][] = [
    ["soak", ["--requests", "abc"], /^soak: --requests must be a whole number from 1 to 1000000000, got "abc"$/],
    ["load", ["--connections", "abc"], /^load: --connections must be a whole number from 1 to 10000, got "abc"$/],
    ["load", ["--requests", "0"], /^load: --requests must be a whole number/],
    ["start", ["--port", "70000"], /^start: --port must be a whole number from 0 to 65535, got "70000"$/],
    ["start", ["--upstream-timeout", "0"], /^start: --upstream-timeout must be a whole number from 1 to 3600/],
    ["start", ["--max-requests", "many"], /^start: --max-requests must be a whole number/],
    ["manifest", ["--image", "r.example.com/x:1", "--timeout=-1"], /^manifest: --timeout must be a whole number/],
    ["push", ["--registry", "localhost:5000", "--timeout", "1.5", "--artifact"], /^push: --timeout must be a whole number/],
  ];
  const results: ReturnType<typeof run>[] = [];
  before(async () => {
    results.push(...(await Promise.all(cases.map(([command, args]) => runAsync(command, args)))));
  });
  for (const [i, [command, args, pattern]] of cases.entries()) {
    test(`${command} ${args.join(" ")}`, () => refuses(results[i], pattern));
  }
});

describe("messages", () => {
  test("--registry with a scheme says to leave it out", () => {
    refuses(
      run("push", ["--registry", "http://127.0.0.1:5000", "--artifact"]),
      /^push: --registry http:\/\/127\.0\.0\.1:5000 is a URL: give HOST\[:PORT\] without a scheme/,
    );
    refuses(run("image", ["--registry", "localhost:99999"]), /^image: --registry localhost:99999 has port "99999"/);
  });

  test("an image reference without a tag is refused, not made :latest", () => {
    refuses(run("manifest", ["--image", "registry.example.com/request-tracker"]), /has no tag: give one .* nothing defaults to latest/);
  });

  test("start --manifest on a file without spec says so", () => {
    refuses(
      run("start", ["--manifest", file("nospec.yaml", "apiVersion: v1\nkind: ConfigMap\n")]),
      /^start: .*nospec\.yaml: not a WasmPlugin manifest: it has no spec mapping$/,
    );
  });

  test("check --crd on a file that is not a CRD says so", () => {
    refuses(
      run("check", ["--crd", file("notcrd.yaml", "kind: ConfigMap\n"), "wasmplugin.yaml"]),
      /^check: .*notcrd\.yaml is not the WasmPlugin CustomResourceDefinition \(kind: "ConfigMap"\)/,
    );
  });

  test("check goes through every file and reports each", () => {
    const missing = join(dir, "missing.yaml");
    const bad = file("bad.yaml", "spec: [1, 2\n");
    const result = run("check", [missing, bad, "wasmplugin.yaml"]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /missing\.yaml: no such file/);
    assert.match(result.stderr, /bad\.yaml: not valid YAML/);
    assert.match(result.stdout, /^wasmplugin\.yaml: OK/m);
  });

  test("an uncaught error after the compiler is loaded prints one line, not binaryen's source", () => {
    const compiler = new URL("../../lib/build/compile.ts", import.meta.url).href;
    const script = `import { loadCompiler } from ${JSON.stringify(compiler)};
await loadCompiler();
setTimeout(() => { throw new Error("boom after the compiler"); });`;
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /boom after the compiler/);
    assert.ok(result.stderr.length < 4000, `${result.stderr.length} bytes on stderr`);
  });
});

describe("options and files: what is wrong, and how to give it", () => {
  const DIGEST = "ab".repeat(32);
  const cases: [string, string[], Record<string, string>, RegExp][] = [
    ["start", ["--port", "-1"], {}, /^start: --port -1: not a valid value, no option takes a negative number \(see --help\)$/],
    ["load", ["--requests", "-1"], {}, /^load: --requests -1: not a valid value, no option takes a negative number \(see --help\)$/],
    [
      "push",
      ["--registry", "localhost:5000", "--tag", "-x"],
      {},
      /^push: --tag -x: a value that starts with '-' is read as an option; write --tag=-x to give it as the value \(see --help\)$/,
    ],
    ["inspect", ["/dev/zero"], {}, /^inspect: \/dev\/zero: is a device, not a file$/],
    ["check", [""], {}, /^check: a manifest's name is empty \(""\): name each file \(see --help\)$/],
    [
      "manifest",
      ["--image", `https://registry.example.com/rt:1@sha256:${DIGEST}`],
      {},
      /^manifest: image reference "https:\/\/registry\.example\.com\/rt:1@sha256:a[ab]+" is a URL \(https:\/\/\): give it without a scheme/,
    ],
    [
      "manifest",
      ["--image", "127.0.0.1:1/x:1", "--insecure"],
      {},
      /^manifest: cannot reach registry 127\.0\.0\.1:1 while fetching manifest x:1: this client is Node's fetch, which refuses port 1 as the fetch standard does for its blocked ports \(https:\/\/fetch\.spec\.whatwg\.org\/#port-blocking: .*\); serve the registry on another port$/,
    ],
    [
      "manifest",
      ["--image", "127.0.0.1:5000/x:1", "--insecure"],
      { REGISTRY_PASSWORD: "s3cret" },
      /^manifest: REGISTRY_PASSWORD is set but no user name: pass --username USER \(or set REGISTRY_USERNAME\)$/,
    ],
    [
      "push",
      ["--registry", "127.0.0.1:5000", "--artifact"],
      { REGISTRY_PASSWORD: "s3cret" },
      /^push: REGISTRY_PASSWORD is set but no user name: pass --username USER \(or set REGISTRY_USERNAME\)$/,
    ],
    [
      "push",
      ["--registry", "127.0.0.1:5000", "--storage", "package.json"],
      {},
      /^push: --storage package\.json: must be a directory, and it is a file$/,
    ],
    ["image", ["--storage", "package.json"], {}, /^image: --storage package\.json: must be a directory, and it is a file$/],
    [
      "push",
      ["--registry", "127.0.0.1:5000", "--tag", "bad:tag"],
      {},
      /^push: --tag "bad:tag" is not a tag: letters, digits, '_', '\.' and '-', not starting with '\.' or '-', at most 128$/,
    ],
    [
      "image",
      ["--repository", "Team/rt"],
      {},
      /^image: --repository "Team\/rt" has path component "Team": lowercase letters and digits, separated by/,
    ],
    ["push", ["--registry", "127.0.0.1:5000", "--username", "alice"], { REGISTRY_PASSWORD: "" }, /^push: REGISTRY_PASSWORD is empty$/],
    ["start", ["--config-file", "/nonexistent"], {}, /^start: --config-file \/nonexistent: no such file$/],
    ["start", ["--config-file", "bin"], {}, /^start: --config-file bin: is a directory, not a file$/],
    ["start", ["--manifest", "/dev/zero"], {}, /^start: --manifest \/dev\/zero: is a device, not a file$/],
    [
      "start",
      ["--config", "{}", "--config-file", "package.json"],
      {},
      /^start: give the configuration once: --config JSON or --config-file FILE, not both \(see --help\)$/,
    ],
    [
      "start",
      ["--upstream", "http://127.0.0.1:9000/prefix"],
      {},
      /^start: --upstream must be http:\/\/HOST\[:PORT\], got http:\/\/127\.0\.0\.1:9000\/prefix with a path \(\/prefix\): each request goes there with its own path/,
    ],
    [
      "start",
      ["--upstream", "http://me:s3cret@127.0.0.1:9000"],
      {},
      /^start: --upstream must be http:\/\/HOST\[:PORT\], got http:\/\/\*\*\*@127\.0\.0\.1:9000 with a user: /,
    ],
    ["check", ["--crd", "bin", "wasmplugin.yaml"], {}, /^check: --crd bin: is a directory, not a file$/],
    [
      "manifest",
      ["--image", `r.example.com/x:1@sha256:${DIGEST}`, "--file", "/nonexistent"],
      {},
      /^manifest: --file \/nonexistent: no such file$/,
    ],
    ["manifest", ["--image", `r.example.com/x:1@sha256:${DIGEST}`, "--out", "bin"], {}, /^manifest: --out bin: is a directory$/],
  ];
  const results: ReturnType<typeof run>[] = [];
  before(async () => {
    results.push(...(await Promise.all(cases.map(([command, args, env]) => runAsync(command, args, env)))));
  });
  for (const [i, [command, args, , pattern]] of cases.entries()) {
    test(`${command} ${args.join(" ")}`, () => {
      refuses(results[i], pattern);
      assert.ok(!results[i].stderr.includes("s3cret"), "a password is printed");
    });
  }

  test("check reads no device and no oversized file: one line for each, at once", () => {
    const big = join(dir, "big.yaml");
    writeFileSync(big, "");
    truncateSync(big, 4 * 1024 * 1024 + 1); // sparse: no disk used
    const result = run("check", ["/dev/zero", big, "wasmplugin.yaml"]);
    assert.equal(result.code, 1);
    assert.deepEqual(
      result.stderr
        .trim()
        .split("\n")
        .filter((l) => !l.includes(": note: ")),
      ["/dev/zero: is a device, not a file", `${big}: is 4194305 bytes, more than the 4194304 allowed`],
    );
    assert.match(result.stdout, /^wasmplugin\.yaml: OK/m);
  });

  test("inspect refuses a module over 64 MiB without reading it", () => {
    const big = join(dir, "big.wasm");
    writeFileSync(big, "");
    truncateSync(big, 64 * 1024 * 1024 + 1);
    refuses(
      run("inspect", [big]),
      new RegExp(`^inspect: ${big.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: is 67108865 bytes, more than the 67108864 allowed$`),
    );
  });

  test("inspect into a pipe that closes early (| head -1) is no error: exit 0, nothing on stderr", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "bin/inspect.ts", "build/plugin.wasm"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.destroy(); // the reader is gone before the first line is written
    let stderr = "";
    child.stderr.on("data", (c) => (stderr += c));
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    assert.equal(stderr, "");
    assert.equal(code, 0);
  });
});

describe("manifests are read as kubectl reads them (YAML 1.1)", () => {
  const variant = (name: string, from: string, to: string) => {
    assert.ok(committed.includes(from));
    return file(name, committed.replace(from, to));
  };
  const withTrackingValue = (name: string, value: string) =>
    run("check", [variant(name, "tracking_header: X-Request-Id", `tracking_header: X-Request-Id\n    tracking_value: ${value}`)]);

  test("tracking_value: on is the boolean true for kubectl, so check refuses it and says to quote it", () => {
    const result = withTrackingValue("on.yaml", "on");
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /on\.yaml: note: spec\.pluginConfig\.tracking_value: on is the boolean true for kubectl \(YAML 1\.1\) but the string "on" in YAML 1\.2; quote it \("on"\)/,
    );
    assert.match(result.stderr, /tracking_value: must be a string, got a boolean/);
  });

  test("preserve_existing: yes is a boolean for kubectl, so check accepts it, with the note", () => {
    const result = run("check", [variant("yes.yaml", "preserve_existing: true", "preserve_existing: yes")]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stdout, /preserve_existing=true/);
    assert.match(result.stderr, /yes\.yaml: note: spec\.pluginConfig\.preserve_existing: yes is the boolean true for kubectl/);
  });

  test("an octal that YAML 1.1 reads gets a note quoting what was written, not its value", () => {
    const result = withTrackingValue("octal.yaml", "0755");
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      /octal\.yaml: note: spec\.pluginConfig\.tracking_value: 0755 is the number 493 for kubectl \(YAML 1\.1\) but the number 755 in YAML 1\.2; quote it \("0755"\) if you mean the string\n/,
    );
  });

  test("a YAML error is one line that ends in its position, not in a colon", () => {
    const result = run("check", [file("unclosed.yaml", "spec: [1, 2\n")]);
    assert.equal(result.code, 1);
    assert.match(result.stderr.trim(), /unclosed\.yaml: not valid YAML: .* at line 2, column 1$/);
  });

  test("a file nested 10,000 levels deep is refused in one line, before it is read", () => {
    const deep = file("deep.yaml", `${committed}    deep: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    const result = run("check", [deep]);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), `${deep}: not read: it nests 10003 levels deep, more than the 100 this reader allows`);
    refuses(
      run("start", ["--manifest", deep]),
      /^start: .*deep\.yaml: not read: it nests 10003 levels deep, more than the 100 this reader allows$/,
    );
  });

  test("npm start --manifest reads it the same way", () => {
    const manifest = variant("start-on.yaml", "tracking_header: X-Request-Id", "tracking_header: X-Request-Id\n    tracking_value: on");
    const result = run("start", ["--port", "0", "--manifest", manifest]);
    assert.equal(result.code, 1);
    const [note, error, ...rest] = result.stderr.trim().split("\n");
    assert.match(note, /start-on\.yaml: note: spec\.pluginConfig\.tracking_value: on is the boolean true for kubectl/);
    assert.match(error, /^start: .*tracking_value: must be a string, got a boolean$/);
    assert.deepEqual(rest, []);
  });
});

describe("on a terminal", () => {
  test("npm run load draws its progress", async () => {
    const command = `${process.execPath} --import tsx bin/load.ts --requests 400 --connections 4`;
    const output = await new Promise<string>((resolve) => {
      const child = spawn("script", ["-qec", command, "/dev/null"], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout.on("data", (c) => (out += c));
      child.on("exit", () => resolve(out));
    });
    assert.match(output, /running\S* \[\S*\] \d+%/);
    assert.match(output, /load: 400 requests, /);
  });
});
