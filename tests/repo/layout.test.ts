// The repository's shape: the README's layout is the tree, the layers import only downward
// (no cycles, nothing imports an entry point, the host stands apart from the tooling, the
// commands never load the test hooks), and the GitHub workflow runs what CI runs.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { test } from "node:test";
import { parse } from "yaml";
import { COUNTER_NAMES } from "../../assembly/names.ts";
import { PACKAGED_ISTIO_VERSION } from "../../lib/deploy/packaged-schema.ts";
import { FAULTS } from "../../lib/mutants/faults.ts";

const SOURCE_DIRS = ["assembly", "bin", "host", "lib", "tests"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Relative imports of a file, resolved to repository paths (AssemblyScript leaves out `.ts`). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]);
  return specifiers.map((s) => {
    const path = normalize(join(dirname(file), s));
    return path.endsWith(".ts") ? path : `${path}.ts`;
  });
}

const graph = new Map(SOURCE_DIRS.flatMap(files).map((f) => [f, importsOf(f)]));

test("every relative import names a file that exists", () => {
  const missing = [...graph].flatMap(([file, deps]) => deps.filter((d) => !existsSync(d)).map((d) => `${file} -> ${d}`));
  assert.deepEqual(missing, []);
});

test("nothing imports an entry point, the host imports no tooling, and the commands never load the test hooks", () => {
  const wrong: string[] = [];
  for (const [file, deps] of graph) {
    for (const dep of deps) {
      if (dep.startsWith("bin/")) wrong.push(`${file} imports the entry point ${dep}`);
      if (file.startsWith("host/") && /^(lib|bin|tests)\//.test(dep)) wrong.push(`${file} (host) imports ${dep}`);
      if (file.startsWith("assembly/") && !dep.startsWith("assembly/")) wrong.push(`${file} (plugin) imports ${dep}`);
    }
  }
  // What npm start, check, build, image, push, manifest, load and soak load, transitively.
  const reach = (start: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(start)) return seen;
    seen.add(start);
    for (const dep of graph.get(start) ?? []) reach(dep, seen);
    return seen;
  };
  for (const entry of files("bin").filter((f) => f !== "bin/bench.ts")) {
    for (const loaded of reach(entry)) if (loaded.startsWith("host/testing/")) wrong.push(`${entry} loads ${loaded}`);
  }
  assert.deepEqual(wrong, []);
});

test("every temporary directory a test or a command makes is removed in the same file", () => {
  const leaks: string[] = [];
  for (const file of graph.keys()) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\b(\w+) = (?:await )?mkdtemp(?:Sync)?\(/g)) {
      if (!new RegExp(`\\brm(?:Sync)?\\(\\s*${m[1]}\\b`).test(text)) leaks.push(`${file}: ${m[1]}`);
    }
  }
  assert.deepEqual(leaks, [], "mkdtemp without a removal of what it made");
});

test("there are no import cycles", () => {
  const cycles: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "open") {
      cycles.push([...path.slice(path.indexOf(file)), file].join(" -> "));
      return;
    }
    state.set(file, "open");
    for (const dep of graph.get(file) ?? []) visit(dep, [...path, file]);
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file, []);
  assert.deepEqual(cycles, []);
});

test("the README's layout names every folder and plugin module, and each exists", () => {
  const readme = readFileSync("README.md", "utf8");
  const block = /## Development\n+```\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, "README.md has no layout block under ## Development");
  const listed = new Set<string>();
  let parent = "";
  for (const line of block.split("\n").filter((l) => l.trim())) {
    const indent = line.length - line.trimStart().length;
    const names = line
      .trim()
      .split(/\s{2,}/)[0]
      .split(/\s+/);
    for (const name of names) {
      const path = indent === 0 ? name : join(parent, name);
      listed.add(path.replace(/\/$/, "").replace(/;$/, ""));
    }
    if (indent === 0) parent = names[0];
  }
  for (const path of listed) assert.ok(existsSync(path), `the README lists ${path}, which does not exist`);
  const tracked = [
    ...readdirSync(".").filter((n) => !n.startsWith(".") && !["node_modules", "build"].includes(n) && statSync(n).isDirectory()),
    ...["assembly", "host", "lib", "tests"].flatMap((d) =>
      readdirSync(d)
        .filter((n) => statSync(join(d, n)).isDirectory())
        .map((n) => join(d, n)),
    ),
    ...readdirSync("assembly")
      .filter((n) => n.endsWith(".ts") && n !== "tsconfig.json")
      .map((n) => join("assembly", n)),
  ];
  const unlisted = tracked.filter((p) => !listed.has(p));
  assert.deepEqual(unlisted, [], "folders or plugin modules the README's layout leaves out");
});

test("the GitHub workflow parses and runs .ci/run, as CI does", () => {
  const workflow = parse(readFileSync(".github/workflows/ci.yml", "utf8")) as {
    on: Record<string, unknown>;
    jobs: Record<string, { steps: { run?: string }[]; env?: Record<string, string> }>;
  };
  assert.ok("push" in workflow.on && "pull_request" in workflow.on, "runs on pushes and pull requests");
  const jobs = Object.values(workflow.jobs);
  const job = jobs.find((j) => j.env?.CI === "true" && j.steps.some((s) => s.run?.trim() === "bash .ci/run"));
  assert.ok(job, "a job with CI=true runs bash .ci/run");
  // A fork has no ../shared beside its checkout: the CRD the manifest tests need comes from
  // Istio's release of the packaged schema, named in WASMPLUGIN_CRD before .ci/run.
  const steps = job.steps.slice(
    0,
    job.steps.findIndex((s) => s.run?.trim() === "bash .ci/run"),
  );
  const download = steps.find((s) => s.run?.includes("crd-all.gen.yaml"));
  assert.ok(download?.run, "a step before .ci/run downloads Istio's crd-all.gen.yaml");
  assert.ok(
    download.run.includes(`/istio/istio/${PACKAGED_ISTIO_VERSION}/manifests/charts/base/files/crd-all.gen.yaml`),
    `the CRDs are Istio ${PACKAGED_ISTIO_VERSION}'s, the packaged schema's release`,
  );
  assert.match(download.run, /curl -fsSL .* -o "\$RUNNER_TEMP\/istio-crds\.yaml"/);
  assert.match(
    download.run,
    /^echo "WASMPLUGIN_CRD=\$RUNNER_TEMP\/istio-crds\.yaml" >> "\$GITHUB_ENV"$/m,
    "the workflow sets WASMPLUGIN_CRD",
  );
  const testCommand = /^```sh\n[^\n]*\n(npm test)\b/m.exec(readFileSync("README.md", "utf8"))?.[1];
  assert.equal(testCommand, "npm test", "the README's quick start gives the test command");
  assert.match(readFileSync(".ci/run", "utf8"), /^npm test$/m, ".ci/run runs the README's test command");
});

// npm run puts node_modules/.bin first on PATH, so an npm there would run every nested
// `npm run` of the scripts. glob-promise 5 (through as-pect) brought npm 6; package.json
// overrides it with 6.0.7, which has no such dependency.
test("no dependency puts its own npm on the scripts' PATH", () => {
  assert.equal(existsSync("node_modules/.bin/npm"), false);
});

test("the README lists exactly the faults npm run test:mutants applies", () => {
  const readme = readFileSync("README.md", "utf8");
  const block = /<!-- mutants:begin -->\n([\s\S]*?)<!-- mutants:end -->/.exec(readme)?.[1] ?? "";
  const listed = block
    .split("\n")
    .filter((l) => l.startsWith("- "))
    .map((l) => l.slice(2));
  assert.deepEqual(
    listed,
    FAULTS.map((f) => f.name),
  );
});

test("the README's metrics table names exactly the counters the plugin defines, in their order", () => {
  const readme = readFileSync("README.md", "utf8");
  const rows = [...readme.matchAll(/^\| `(request_tracker_[a-z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual(rows, COUNTER_NAMES);
});
