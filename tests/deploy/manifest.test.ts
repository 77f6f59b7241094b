// wasmplugin.yaml against Istio's WasmPlugin schema (the copy npm ci installs, and the CRD
// beside the clone when there is one), and npm run check: the plugin itself must accept the
// manifest's pluginName and pluginConfig.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { parseDocument } from "yaml";
import { CrdSchema } from "../../lib/deploy/crd-schema.ts";
import { PackagedSchema } from "../../lib/deploy/packaged-schema.ts";
import type { SpecSchema } from "../../lib/deploy/spec-schema.ts";
import { crdPath, loadValidator, ManifestValidator, SIBLING_CRD } from "../../lib/deploy/validate.ts";
import { parseWasmPluginYaml, pinToImage } from "../../lib/deploy/wasmplugin.ts";
import { MANIFESTS } from "../corpus/wasmplugins.ts";

// CI has Istio's CRD: the GitHub workflow downloads crd-all.gen.yaml and names it in
// WASMPLUGIN_CRD; the project's own CI lays a copy out beside the clone. There it must be used.
const crd = crdPath(); // throws, naming it, when WASMPLUGIN_CRD names a file that is not there
if (process.env.CI === "true") {
  assert.ok(
    crd,
    `CI=true needs Istio's WasmPlugin CRD: WASMPLUGIN_CRD is not set and ${SIBLING_CRD} is missing (set WASMPLUGIN_CRD to Istio's crd-all.gen.yaml, as .github/workflows/ci.yml does)`,
  );
}
const schemas: SpecSchema[] = crd ? [new PackagedSchema(), new CrdSchema(crd)] : [new PackagedSchema()];
const validator = loadValidator();
const committed = readFileSync("wasmplugin.yaml", "utf8");
const base = () => parseWasmPluginYaml(committed).plugin;

describe("the committed wasmplugin.yaml", () => {
  test("is a valid WasmPlugin for the packaged schema and for the CRD beside the clone", () => {
    assert.equal(validator.schemas.length, schemas.length);
    assert.deepEqual(validator.validate(base()), []);
  });

  test("says what the deploy needs: ingress gateway, AUTHN, HTTP, FAIL_OPEN, plugin name and configuration", () => {
    const { metadata, spec } = base();
    assert.equal(metadata.name, "request-tracker");
    assert.deepEqual(spec.selector, { matchLabels: { istio: "ingressgateway" } });
    assert.match(String(spec.url), /^oci:\/\/.+\/request-tracker:[\w.-]+$/);
    assert.equal(spec.phase, "AUTHN");
    assert.equal(spec.type, "HTTP");
    assert.equal(spec.failStrategy, "FAIL_OPEN");
    assert.equal(spec.pluginName, "request-tracker");
    assert.equal(spec.pluginConfig?.tracking_header, "X-Request-Id");
    assert.equal(spec.imagePullPolicy, "IfNotPresent");
    assert.ok(spec.imagePullSecret);
  });

  test("pinned to an image, it stays valid and carries the URL and digest", () => {
    const digest = `sha256:${"ab".repeat(32)}`;
    const rendered = pinToImage(parseDocument(committed), "registry.example.com/request-tracker:1.2.3", digest);
    const { plugin } = parseWasmPluginYaml(rendered);
    assert.deepEqual(validator.validate(plugin), []);
    assert.equal(plugin.spec.url, "oci://registry.example.com/request-tracker:1.2.3");
    assert.equal(plugin.spec.sha256, "ab".repeat(32));
    assert.throws(() => pinToImage(parseDocument(committed), "r/x:1", "sha256:xyz"), /64 hex digits/);
  });
});

// Each schema on its own refuses what the API server would, and lets the rest through.
for (const schema of schemas) {
  describe(`${schema.source} judges as the API server would`, () => {
    const validator = new ManifestValidator([schema]);
    for (const { name, change, refusal } of MANIFESTS) {
      test(name, () => {
        const plugin = base();
        change(plugin);
        const errors = validator.validate(plugin);
        if (!refusal) assert.deepEqual(errors, []);
        else
          assert.ok(
            errors.some((e) => refusal.test(e)),
            `expected ${refusal} in ${JSON.stringify(errors)}`,
          );
      });
    }
  });
}

// A test with `skip`, not a skipped describe: node's summary counts only skipped tests, so a
// run without the CRD says "skipped 1" instead of hiding it.
test("the packaged schema and the CRD agree on every manifest of the corpus, problem for problem", {
  skip: crd ? false : "no CRD in WASMPLUGIN_CRD or beside the clone",
}, () => {
  const packaged = new ManifestValidator([new PackagedSchema()]);
  const file = new ManifestValidator([new CrdSchema(crd as string)]);
  for (const { name, change } of MANIFESTS) {
    const plugin = base();
    change(plugin);
    const a = packaged.validate(plugin);
    const b = file.validate(plugin);
    const onlyPackaged = a.filter((e) => !b.includes(e));
    const onlyCrd = b.filter((e) => !a.includes(e));
    assert.deepEqual({ onlyPackaged, onlyCrd }, { onlyPackaged: [], onlyCrd: [] }, `${name}: the validators disagree`);
  }
});

const dir = mkdtempSync(join(tmpdir(), "request-tracker-check-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A CRD document of this test's own, with `schema` (indented YAML) as its one version's openAPIV3Schema. */
const crdDocument = (group: string, kind: string, version: string, schema: string) => `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: ${kind.toLowerCase()}s.${group}
spec:
  group: ${group}
  names: { kind: ${kind}, plural: ${kind.toLowerCase()}s }
  scope: Namespaced
  versions:
  - name: ${version}
    served: true
    storage: true
    schema:
      openAPIV3Schema:
${schema}`;

/** A CRD of another kind, as crd-all.gen.yaml has many of around the WasmPlugin one. */
const OTHER_CRD = crdDocument("networking.istio.io", "DestinationRule", "v1", "        x-kubernetes-preserve-unknown-fields: true\n");

/** A small WasmPlugin CRD: a spec with a url and a pluginConfig. */
const SMALL_WASMPLUGIN_CRD = crdDocument(
  "extensions.istio.io",
  "WasmPlugin",
  "v1alpha1",
  `        type: object
        required: [spec]
        properties:
          spec:
            type: object
            required: [url]
            properties:
              url: { type: string, minLength: 1 }
              pluginConfig: { type: object, x-kubernetes-preserve-unknown-fields: true }
`,
);

describe("a CRD file of many documents, as Istio's crd-all.gen.yaml", () => {
  const write = (name: string, ...documents: string[]) => {
    const path = join(dir, name);
    writeFileSync(path, documents.join("---\n"));
    return path;
  };
  const small = {
    apiVersion: "extensions.istio.io/v1alpha1",
    kind: "WasmPlugin",
    metadata: { name: "p" },
    spec: { url: "oci://r.example/p:1" },
  };

  test("the WasmPlugin CRD is picked from among the others", () => {
    const schema = new CrdSchema(write("all.yaml", OTHER_CRD, SMALL_WASMPLUGIN_CRD, "apiVersion: v1\nkind: ConfigMap\n"));
    assert.deepEqual(schema.apiVersions, ["extensions.istio.io/v1alpha1"]);
    const validator = new ManifestValidator([schema]);
    assert.deepEqual(validator.validate(small), []);
    assert.deepEqual(validator.validate({ ...small, spec: { ...small.spec, zz: 1 } }), ['spec: unknown field "zz"']);
  });

  test("and from a List, as kubectl get crd -o yaml writes several", () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n${[OTHER_CRD, SMALL_WASMPLUGIN_CRD].map((d) => `- ${d.trimEnd().replace(/\n/g, "\n  ")}\n`).join("")}`;
    assert.deepEqual(new CrdSchema(write("list.yaml", list)).apiVersions, ["extensions.istio.io/v1alpha1"]);
  });

  test("Istio's CRD among other documents judges as it does alone", {
    skip: crd ? false : "no CRD in WASMPLUGIN_CRD or beside the clone",
  }, () => {
    const alone = new ManifestValidator([new CrdSchema(crd as string)]);
    const among = new ManifestValidator([
      new CrdSchema(write("istio-all.yaml", OTHER_CRD, readFileSync(crd as string, "utf8"), OTHER_CRD)),
    ]);
    for (const { name, change } of MANIFESTS) {
      const plugin = base();
      change(plugin);
      assert.deepEqual(among.validate(plugin), alone.validate(plugin), name);
    }
  });

  test("check --help and manifest --help say where the CRD comes from, and that crd-all.gen.yaml does", () => {
    for (const command of ["check", "manifest"]) {
      const help = spawnSync(process.execPath, ["--import", "tsx", `bin/${command}.ts`, "--help"], { encoding: "utf8" }).stdout;
      const line = help.split("\n").find((l) => l.startsWith("  --crd FILE")) ?? "";
      assert.match(line, /a CRD file to validate against as well .*Istio's crd-all\.gen\.yaml/);
      assert.match(
        line,
        /default \$WASMPLUGIN_CRD, else a copy at \.\.\/shared\/schemas\/ beside the clone \(as this project's CI lays it out\)$/,
      );
    }
  });

  test("a file of CRDs without the WasmPlugin one is refused in one line naming it", () => {
    const file = write("others.yaml", OTHER_CRD, OTHER_CRD);
    const result = spawnSync(process.execPath, ["--import", "tsx", "bin/check.ts", "--crd", file, "wasmplugin.yaml"], { encoding: "utf8" });
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr.trim(),
      `check: ${file} is not the WasmPlugin CustomResourceDefinition (none of its 2 documents is): pass the one from kubectl get crd wasmplugins.extensions.istio.io -o yaml, or Istio's crd-all.gen.yaml`,
    );
  });
});

describe("npm run check", () => {
  const check = (file: string) => spawnSync(process.execPath, ["--import", "tsx", "bin/check.ts", file], { encoding: "utf8" });
  const variant = (name: string, from: string, to: string) => {
    const file = join(dir, name);
    assert.ok(committed.includes(from));
    writeFileSync(file, committed.replace(from, to));
    return file;
  };

  test("accepts the committed manifest", () => {
    const result = check("wasmplugin.yaml");
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^wasmplugin\.yaml: OK, request-tracker: configured: tracking_header=x-request-id /);
  });

  test("accepts the manifest's commented-out examples once uncommented, trusted_sources as a YAML list", () => {
    const file = join(dir, "examples.yaml");
    const uncommented = committed.replace(/^(\s+)# (?=[a-z_]+:(?: |$)|\s+- )/gm, "$1");
    assert.match(uncommented, /^ {4}trusted_sources:\n {6}- 10\.0\.0\.0\/8$/m);
    writeFileSync(file, uncommented);
    const result = check(file);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /tracking_value="edge-gateway-1" .* use_trace_id=true trusted_sources=\[10\.0\.0\.0\/8,fd00::\/8\]$/m);
  });

  test("refuses a bad trusted_sources entry, quoting the plugin", () => {
    const result = check(variant("cidr.yaml", "echo_response: false", "echo_response: false\n    trusted_sources: [10.0.0.0/33]"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /trusted_sources: entry 1 \\?"10\.0\.0\.0\/33\\?" is not an IP address or CIDR block/);
  });

  test("refuses a typo'd pluginConfig field, quoting the plugin", () => {
    const result = check(variant("typo.yaml", "tracking_header: X-Request-Id", "tracking_headr: X-Request-Id"));
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /typo\.yaml: the plugin refuses pluginName "request-tracker" \/ pluginConfig: request-tracker: invalid plugin configuration: unknown field "tracking_headr"/,
    );
  });

  test("refuses a bad header name, quoting the plugin", () => {
    const result = check(variant("header.yaml", "tracking_header: X-Request-Id", "tracking_header: X Request Id"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /tracking_header: "X Request Id" is not a valid HTTP field name/);
  });

  test("refuses a pluginName the plugin does not answer to", () => {
    const result = check(variant("root.yaml", "pluginName: request-tracker", "pluginName: request-tracking"));
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /no root context is registered for root id \\"request-tracking\\"|no root context is registered for root id "request-tracking"/,
    );
  });

  const URL_LINE = "url: oci://registry.example.com/request-tracker:0.1.0";
  const notes = (stderr: string) => stderr.split("\n").filter((l) => l.includes(": note: "));

  test("refuses what kubectl refuses around the spec: unknown fields, a bad label, annotations that are not strings", () => {
    const result = check(
      variant(
        "object.yaml",
        "metadata:\n  name: request-tracker\n",
        "zz: 1\nmetadata:\n  name: request-tracker\n  labelz: {}\n  labels:\n    my app: x\n    version: 1.0\n  annotations:\n    example.com/on: on\n",
      ),
    );
    assert.equal(result.status, 1);
    for (const line of [
      'object.yaml: (document): unknown field "zz"',
      'object.yaml: metadata: unknown field "labelz"',
      "object.yaml: metadata.labels: key \"my app\" is not valid: the name part must be letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
      "object.yaml: metadata.labels.version: must be a string, got a number (quote the value)",
      "object.yaml: metadata.annotations.example.com/on: must be a string, got a boolean (quote the value)",
    ])
      assert.ok(result.stderr.includes(`${line}\n`), `${line} in ${result.stderr}`);
  });

  for (const [text, what] of [
    [".inf", "infinity"],
    ["-.Inf", "infinity"],
    [".nan", "not-a-number"],
  ]) {
    test(`refuses ${text} in pluginConfig, which kubectl cannot send as JSON, and says to quote it`, () => {
      const result = check(variant(`inf${what}.yaml`, "echo_response: false", `echo_response: false\n    tracking_value: ${text}`));
      assert.equal(result.status, 1);
      assert.equal(
        result.stderr.trim().split("\n").at(-1),
        `${join(dir, `inf${what}.yaml`)}: spec.pluginConfig.tracking_value: ${text} is ${what} in YAML 1.1, which JSON cannot carry, so kubectl cannot send this manifest; quote it ("${text}") if you mean the string`,
      );
    });
  }

  test("a float too large for a float64 is the string kubectl sends, with a note", () => {
    const result = check(variant("big.yaml", "echo_response: false", "echo_response: false\n    tracking_value: 1e400"));
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, / tracking_value="1e400" /);
    assert.ok(
      notes(result.stderr).some((n) =>
        n.endsWith(
          'note: spec.pluginConfig.tracking_value: 1e400 is the string "1e400" for kubectl (YAML 1.1) but the number Infinity in YAML 1.2',
        ),
      ),
      result.stderr,
    );
  });

  test("a module not pinned by digest gets a note; one pinned by spec.sha256 or an oci digest does not", () => {
    const digest = "ab".repeat(32);
    const unpinned = check(variant("unpinned.yaml", URL_LINE, "url: https://example.com/plugin.wasm"));
    assert.equal(unpinned.status, 0, unpinned.stderr);
    assert.deepEqual(notes(unpinned.stderr), [
      `${join(dir, "unpinned.yaml")}: note: spec.url: https://example.com/plugin.wasm is not pinned by digest (no spec.sha256): the proxy loads whatever https:// serves when it fetches; set spec.sha256 to the module's sha256, or push it as an image (npm run push, npm run manifest)`,
    ]);
    assert.match(
      notes(check("wasmplugin.yaml").stderr).join("\n"),
      /^wasmplugin\.yaml: note: spec\.url: oci:\/\/registry\.example\.com\/request-tracker:0\.1\.0 is not pinned by digest \(no spec\.sha256\): the proxy loads whatever the tag points to when it fetches; npm run manifest pins it/,
    );
    for (const [name, to] of [
      ["sha.yaml", `${URL_LINE}\n  sha256: ${digest}`],
      ["https-sha.yaml", `url: https://example.com/plugin.wasm\n  sha256: ${digest}`],
      ["digest.yaml", `${URL_LINE}@sha256:${digest}`],
    ]) {
      const result = check(variant(name, URL_LINE, to));
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(notes(result.stderr), [], name);
    }
  });

  for (const [name, url, what] of [
    ["a space", "oci://registry.example.com/request-tracker:0.1.0 x", "a space at character 49"],
    ["';'", "oci://registry.example.com/request-tracker:0.1.0;rm", "';' at character 49"],
    ["a tab", "https://example.com/a\tb.wasm", 'the character "\\t" at character 22'],
  ]) {
    test(`refuses a spec.url with ${name}`, () => {
      const result = check(variant("bad-url.yaml", URL_LINE, `url: ${JSON.stringify(url)}`));
      assert.equal(result.status, 1);
      assert.equal(
        result.stderr.trim(),
        `${join(dir, "bad-url.yaml")}: spec.url: ${JSON.stringify(url)} has ${what}: a module URL holds no whitespace, control character or ';'`,
      );
    });
  }

  for (const [name, url, what] of [
    ["a port above 65535", "oci://registry.example.com:99999/request-tracker:0.1.0", 'names a registry that has port "99999"'],
    ["an empty tag", "oci://registry.example.com/request-tracker:", "ends its name with ':' but gives no tag"],
    ["an uppercase path", "registry.example.com/Request-tracker:0.1.0", 'has path component "Request-tracker"'],
  ]) {
    test(`refuses an image spec.url with ${name}, by the OCI reference grammar`, () => {
      const result = check(variant("bad-ref.yaml", URL_LINE, `url: ${JSON.stringify(url)}`));
      assert.equal(result.status, 1);
      assert.equal(result.stderr.trim().split("\n").length, 1, result.stderr);
      assert.ok(
        result.stderr.startsWith(`${join(dir, "bad-ref.yaml")}: spec.url: image reference ${JSON.stringify(url)} ${what}`),
        result.stderr,
      );
    });
  }

  test("refuses a manifest the CRD refuses, before loading the plugin", () => {
    const result = check(variant("phase.yaml", "phase: AUTHN", "phase: HTTP_FILTER"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /phase\.yaml: spec\.phase: must be one of/);
  });
});
