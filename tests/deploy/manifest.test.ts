// wasmplugin.yaml against Istio's WasmPlugin schema (the copy npm ci installs, and the CRD
// beside the clone when there is one), and npm run check: the plugin itself must accept the
// manifest's pluginName and pluginConfig.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseDocument } from "yaml";
import { CrdSchema } from "../../lib/deploy/crd-schema.ts";
import { PackagedSchema } from "../../lib/deploy/packaged-schema.ts";
import type { SpecSchema } from "../../lib/deploy/spec-schema.ts";
import { crdPath, loadValidator, ManifestValidator } from "../../lib/deploy/validate.ts";
import { parseWasmPluginYaml, pinToImage } from "../../lib/deploy/wasmplugin.ts";
import { MANIFESTS } from "../corpus/wasmplugins.ts";

// CI lays the clone out with Istio's CRD beside it; there it must be found and used.
const crd = crdPath();
if (process.env.CI === "true") assert.ok(crd, "CI has ../shared/schemas/istio-wasmplugin-crd.yaml; it was not found");
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

describe("the packaged schema and the CRD agree", { skip: crd ? false : "no CRD beside the clone or in WASMPLUGIN_CRD" }, () => {
  test("on every manifest of the corpus, problem for problem", () => {
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
});

describe("npm run check", () => {
  const dir = mkdtempSync(join(tmpdir(), "request-tracker-check-"));
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

  test("refuses a manifest the CRD refuses, before loading the plugin", () => {
    const result = check(variant("phase.yaml", "phase: AUTHN", "phase: HTTP_FILTER"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /phase\.yaml: spec\.phase: must be one of/);
  });
});
