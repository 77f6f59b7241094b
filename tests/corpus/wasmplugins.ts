// WasmPlugin manifests for the validators: the committed wasmplugin.yaml changed one way
// each, some still valid, most refused, with what the refusal must say.

import type { WasmPlugin } from "../../lib/deploy/wasmplugin.ts";

export interface ManifestCase {
  name: string;
  change: (p: WasmPlugin) => void;
  /** What one of the problems must match; undefined for a manifest that is valid. */
  refusal?: RegExp;
}

const targetRefs = (namespace?: string) => (p: WasmPlugin) => {
  delete p.spec.selector;
  p.spec.targetRefs = [{ kind: "Gateway", group: "gateway.networking.k8s.io", name: "gw", ...(namespace ? { namespace } : {}) }];
};

export const MANIFESTS: ManifestCase[] = [
  { name: "the committed manifest", change: () => {} },
  { name: "a gateway targetRefs instead of a selector", change: targetRefs() },
  { name: "priority, match and an https URL", change: (p) => Object.assign(p.spec, { priority: 10, match: [{ mode: "SERVER", ports: [{ number: 8080 }] }], url: "https://example.com/p.wasm" }) },
  { name: "an inline env value and imagePullPolicy Always", change: (p) => Object.assign(p.spec, { imagePullPolicy: "Always", vmConfig: { env: [{ name: "X", value: "v" }] } }) },
  { name: "a URL without a scheme", change: (p) => (p.spec.url = "registry.example.com/request-tracker:1") },
  { name: "a nested pluginConfig", change: (p) => (p.spec.pluginConfig = { a: { b: [1, 2] } }) },
  { name: "phase HTTP_FILTER", change: (p) => (p.spec.phase = "HTTP_FILTER"), refusal: /spec\.phase: must be one of UNSPECIFIED_PHASE, AUTHN, AUTHZ, STATS/ },
  { name: "a sha256 that is not 64 hex digits", change: (p) => (p.spec.sha256 = "sha256:abc"), refusal: /spec\.sha256: must match pattern/ },
  {
    name: "both selector and targetRefs",
    change: (p) => (p.spec.targetRefs = [{ kind: "Gateway", group: "gateway.networking.k8s.io", name: "gw" }]),
    refusal: /spec: only one of targetRefs or selector can be set/,
  },
  { name: "an unknown spec field", change: (p) => (p.spec.pluginConfigs = {}), refusal: /spec: unknown field "pluginConfigs"/ },
  { name: "an unknown field in a selector", change: (p) => (p.spec.selector = { matchLabels: { istio: "x" }, matchExpressions: [] }), refusal: /spec\.selector: unknown field "matchExpressions"/ },
  { name: "an unknown field in a match entry", change: (p) => (p.spec.match = [{ mode: "SERVER", port: 80 }]), refusal: /spec\.match\.0: unknown field "port"/ },
  { name: "a failStrategy that does not exist", change: (p) => (p.spec.failStrategy = "FAIL_SAFE"), refusal: /spec\.failStrategy: must be one of FAIL_CLOSE, FAIL_OPEN, FAIL_RELOAD/ },
  { name: "a priority that is a string", change: (p) => (p.spec.priority = "high"), refusal: /spec\.priority: must be integer/ },
  { name: "an ftp URL", change: (p) => (p.spec.url = "ftp://example.com/plugin.wasm"), refusal: /spec\.url: url must have schema one of/ },
  { name: "a wildcard label value", change: (p) => (p.spec.selector = { matchLabels: { istio: "ingress*" } }), refusal: /wildcard not allowed in label value match/ },
  { name: "a wildcard label key", change: (p) => (p.spec.selector = { matchLabels: { "is*": "x" } }), refusal: /wildcard not allowed in label key match/ },
  { name: "a cross-namespace targetRef", change: targetRefs("other"), refusal: /cross namespace referencing is not currently supported/ },
  {
    name: "an env value with valueFrom HOST",
    change: (p) => (p.spec.vmConfig = { env: [{ name: "X", valueFrom: "HOST", value: "v" }] }),
    refusal: /value may only be set when valueFrom is INLINE/,
  },
  {
    name: "a pluginConfig that is not an object",
    change: (p) => (p.spec.pluginConfig = "tracking_header: x" as unknown as Record<string, unknown>),
    refusal: /spec\.pluginConfig: must be object/,
  },
  { name: "the wrong apiVersion", change: (p) => (p.apiVersion = "networking.istio.io/v1alpha3"), refusal: /apiVersion: must be extensions\.istio\.io\/v1alpha1/ },
  { name: "a name with capitals", change: (p) => (p.metadata.name = "Request-Tracking"), refusal: /metadata\.name: must be a lowercase DNS subdomain name/ },
];
