// wasmplugin.yaml against Istio's real WasmPlugin CRD, and npm run check: the plugin itself
// must accept the manifest's pluginName and pluginConfig.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { parseDocument } from "yaml";
import { loadCrd, parseWasmPluginYaml, pinToImage, type WasmPlugin } from "../../lib/deploy/wasmplugin.ts";

const crd = loadCrd();
const committed = readFileSync("wasmplugin.yaml", "utf8");
const base = () => parseWasmPluginYaml(committed).plugin;

describe("the committed wasmplugin.yaml", () => {
  test("is a valid WasmPlugin for the CRD", () => {
    assert.deepEqual(crd.validate(base()), []);
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
    assert.deepEqual(crd.validate(plugin), []);
    assert.equal(plugin.spec.url, "oci://registry.example.com/request-tracker:1.2.3");
    assert.equal(plugin.spec.sha256, "ab".repeat(32));
    assert.throws(() => pinToImage(parseDocument(committed), "r/x:1", "sha256:xyz"), /64 hex digits/);
  });
});

describe("the validator refuses what the API server would", () => {
  const cases: [string, (p: WasmPlugin) => void, RegExp][] = [
    ["phase HTTP_FILTER", (p) => (p.spec.phase = "HTTP_FILTER"), /spec\.phase: must be one of UNSPECIFIED_PHASE, AUTHN, AUTHZ, STATS/],
    ["a sha256 that is not 64 hex digits", (p) => (p.spec.sha256 = "sha256:abc"), /spec\.sha256: must match pattern/],
    [
      "both selector and targetRefs",
      (p) => (p.spec.targetRefs = [{ kind: "Gateway", group: "gateway.networking.k8s.io", name: "gw" }]),
      /spec: only one of targetRefs or selector can be set/,
    ],
    ["an unknown spec field", (p) => (p.spec.pluginConfigs = {}), /spec: unknown field "pluginConfigs"/],
    [
      "a failStrategy that does not exist",
      (p) => (p.spec.failStrategy = "FAIL_SAFE"),
      /spec\.failStrategy: must be one of FAIL_CLOSE, FAIL_OPEN, FAIL_RELOAD/,
    ],
    ["an ftp URL", (p) => (p.spec.url = "ftp://example.com/plugin.wasm"), /spec\.url: url must have schema one of/],
    [
      "a wildcard label value",
      (p) => (p.spec.selector = { matchLabels: { istio: "ingress*" } }),
      /wildcard not allowed in label value match/,
    ],
    [
      "a cross-namespace targetRef",
      (p) => {
        delete p.spec.selector;
        p.spec.targetRefs = [{ kind: "Gateway", group: "gateway.networking.k8s.io", name: "gw", namespace: "other" }];
      },
      /cross namespace referencing is not currently supported/,
    ],
    [
      "an env value with valueFrom HOST",
      (p) => (p.spec.vmConfig = { env: [{ name: "X", valueFrom: "HOST", value: "v" }] }),
      /value may only be set when valueFrom is INLINE/,
    ],
    [
      "a pluginConfig that is not an object",
      (p) => (p.spec.pluginConfig = "tracking_header: x" as unknown as Record<string, unknown>),
      /spec\.pluginConfig: must be object/,
    ],
    ["the wrong apiVersion", (p) => (p.apiVersion = "networking.istio.io/v1alpha3"), /apiVersion: must be extensions\.istio\.io\/v1alpha1/],
    ["a name with capitals", (p) => (p.metadata.name = "Request-Tracking"), /metadata\.name: must be a lowercase DNS subdomain name/],
  ];
  for (const [what, change, message] of cases) {
    test(what, () => {
      const plugin = base();
      change(plugin);
      const errors = crd.validate(plugin);
      assert.ok(
        errors.some((e) => message.test(e)),
        `expected ${message} in ${JSON.stringify(errors)}`,
      );
    });
  }
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

  test("refuses a manifest the CRD refuses, before loading the plugin", () => {
    const result = check(variant("phase.yaml", "phase: AUTHN", "phase: HTTP_FILTER"));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /phase\.yaml: spec\.phase: must be one of/);
  });
});
