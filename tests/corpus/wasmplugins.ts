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

  // The object around the spec, and its metadata, as the API server decodes and validates them.
  { name: "a status block, which the API server drops", change: (p) => Object.assign(p, { status: { observedGeneration: 1 } }) },
  { name: "an unknown top-level field", change: (p) => Object.assign(p, { zz: 1 }), refusal: /^\(document\): unknown field "zz"$/ },
  { name: "an unknown metadata field", change: (p) => (p.metadata.labelz = { a: "b" }), refusal: /^metadata: unknown field "labelz"$/ },
  {
    name: "labels and annotations as Kubernetes writes them",
    change: (p) =>
      Object.assign(p.metadata, {
        labels: { "app.kubernetes.io/name": "request-tracker", "app.kubernetes.io/version": "0.1.0", empty: "", A_b: "x.Y-1" },
        annotations: { "example.com/Note": "any text: spaces, ünïcödé, {json}", "kubectl.kubernetes.io/last-applied-configuration": "{}" },
        finalizers: ["example.com/cleanup"],
        generation: 3,
        creationTimestamp: null,
      }),
  },
  { name: "a label key with a space", change: (p) => (p.metadata.labels = { "my app": "x" }), refusal: /^metadata\.labels: key "my app" is not valid: the name part must be letters, digits/ },
  { name: "a label key whose prefix is not a DNS subdomain", change: (p) => (p.metadata.labels = { "Example.com/app": "x" }), refusal: /^metadata\.labels: key "Example\.com\/app" is not valid: the prefix before '\/' must be a lowercase DNS subdomain/ },
  { name: "a label key with two slashes", change: (p) => (p.metadata.labels = { "a/b/c": "x" }), refusal: /^metadata\.labels: key "a\/b\/c" is not valid: a qualified name has at most one '\/'/ },
  { name: "a label key of 64 characters", change: (p) => (p.metadata.labels = { ["k".repeat(64)]: "x" }), refusal: /is not valid: the name part is 64 characters, more than 63/ },
  { name: "a label value of 64 characters", change: (p) => (p.metadata.labels = { app: "v".repeat(64) }), refusal: /^metadata\.labels\.app: value "v+" is not valid: it is 64 characters, more than 63$/ },
  { name: "a label value that starts with '-'", change: (p) => (p.metadata.labels = { app: "-x" }), refusal: /^metadata\.labels\.app: value "-x" is not valid: a label value is empty or letters, digits/ },
  { name: "a label value with a slash", change: (p) => (p.metadata.labels = { app: "a/b" }), refusal: /^metadata\.labels\.app: value "a\/b" is not valid/ },
  { name: "a label value that YAML 1.1 reads as a number", change: (p) => (p.metadata.labels = { version: 1.5 }), refusal: /^metadata\.labels\.version: must be a string, got a number \(quote the value\)$/ },
  { name: "labels as a list", change: (p) => (p.metadata.labels = ["app=x"]), refusal: /^metadata\.labels: must be a map of strings, got a list$/ },
  { name: "an annotation that is a boolean", change: (p) => (p.metadata.annotations = { "example.com/on": true }), refusal: /^metadata\.annotations\.example\.com\/on: must be a string, got a boolean/ },
  { name: "annotations as a string", change: (p) => (p.metadata.annotations = "note" as unknown as Record<string, string>), refusal: /^metadata\.annotations: must be a map of strings, got a string$/ },
  { name: "an annotation key with a space", change: (p) => (p.metadata.annotations = { "my note": "x" }), refusal: /^metadata\.annotations: key "my note" is not valid/ },
  { name: "annotations over 256 KiB", change: (p) => (p.metadata.annotations = { a: "x".repeat(256 * 1024) }), refusal: /^metadata\.annotations: 262145 bytes in all, more than the 262144 allowed$/ },
  { name: "a namespace with capitals", change: (p) => (p.metadata.namespace = "Istio-System"), refusal: /^metadata\.namespace: must be a DNS label, got "Istio-System"$/ },
  { name: "a generation that is a string", change: (p) => (p.metadata.generation = "1"), refusal: /^metadata\.generation: must be an integer, got a string$/ },
  { name: "finalizers that are not a list", change: (p) => (p.metadata.finalizers = "x"), refusal: /^metadata\.finalizers: must be a list of strings, got a string$/ },
  {
    name: "an owner reference without a uid",
    change: (p) => (p.metadata.ownerReferences = [{ apiVersion: "v1", kind: "ConfigMap", name: "c" }]),
    refusal: /^metadata\.ownerReferences\[0\]\.uid: is required$/,
  },
  { name: "metadata that is a list", change: (p) => ((p as unknown as { metadata: unknown }).metadata = ["name"]), refusal: /^metadata: must be a map, got a list$/ },
];
