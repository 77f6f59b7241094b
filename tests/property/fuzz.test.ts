// Property-based tests of the compiled plugin (fast-check; seeded and bounded): generated
// configurations judged against an independent model of the rules, generated requests
// checked header by header, and a hand-picked corpus of nasty configurations.
// FUZZ_SEED and FUZZ_SCALE (a multiplier of the run counts) reproduce or widen a run.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import fc from "fast-check";
import { HeaderMap, PluginVm } from "../../host/index.ts";
import { isUuidV4 } from "../behaviour/check.ts";
import { describeSettings, type ModelSettings, modelConfiguration } from "../model/config-model.ts";
import { expectedValue, type Pair } from "../model/request-model.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

/** Reports a failure in one line a person can read: the seed and path to replay it, and the start of the input. */
function reporter<T>(out: fc.RunDetails<T>): void {
  if (!out.failed) return;
  const example = JSON.stringify(out.counterexample, (_k, v) => (v?.type === "Buffer" ? Buffer.from(v.data).toString("latin1") : v));
  throw new Error(
    `after ${out.numRuns} runs (FUZZ_SEED=${out.seed}, path ${out.counterexamplePath}): ` +
      `${(out.errorInstance as Error | undefined)?.message ?? "failed"}; input ${example.slice(0, 300)}${example.length > 300 ? `... (${example.length} chars)` : ""}`,
  );
}
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const CONFIG_RUNS = Math.round(20_000 * SCALE);
const REQUEST_RUNS = Math.round(200_000 * SCALE);

let wasm: Buffer;
before(() => {
  wasm = readFileSync("build/plugin.wasm");
});

// ---- configurations ------------------------------------------------------------------

const FIELDS = ["tracking_header", "tracking_value", "preserve_existing", "echo_response"];
const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CONTROL = [...Array.from({ length: 32 }, (_, i) => i), 0x7f];

const tokenString = (max: number) => fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 1, maxLength: max });
const controlChar = fc.constantFrom(...CONTROL).map((c) => String.fromCharCode(c));
const withControl = fc.tuple(fc.string({ maxLength: 8 }), controlChar, fc.string({ maxLength: 8 })).map(([a, c, b]) => a + c + b);

const headerNames = fc.oneof(
  fc.constantFrom(
    "x-request-id",
    "X-Request-Id",
    "x-trace-token",
    "X-Correlation-ID",
    "host",
    "Host",
    "TE",
    "content-length",
    "transfer-encoding",
    "connection",
    "upgrade",
    "keep-alive",
    "proxy-connection",
    "Trailer",
    "expect",
    "Http2-Settings",
    ":path",
    ":authority",
    "",
    " x",
    "x y",
    "x:y",
  ),
  tokenString(40),
  fc.string({ maxLength: 20 }),
  withControl,
  fc.integer({ min: 250, max: 262 }).map((n) => "h".repeat(n)),
);
const trackingValues = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 2, arbitrary: withControl },
  { weight: 1, arbitrary: fc.constantFrom("", " v", "v ", "\tv", "v\t", "a\tb", "request-tracking", "\u00e9t\u00e9", "\u{1F600}") },
  { weight: 1, arbitrary: fc.integer({ min: 8180, max: 8200 }).map((n) => "v".repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 8193, max: 1 << 20 }).map((n) => "w".repeat(n)) },
);
const jsonValues = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.constant(null),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const fieldValue = (field: string) => {
  if (field === "tracking_header") return fc.oneof({ weight: 4, arbitrary: headerNames }, { weight: 1, arbitrary: jsonValues });
  if (field === "tracking_value") return fc.oneof({ weight: 4, arbitrary: trackingValues }, { weight: 1, arbitrary: jsonValues });
  return fc.oneof({ weight: 4, arbitrary: fc.boolean() }, { weight: 1, arbitrary: jsonValues });
};

/** A list of fields (known, sometimes unknown or repeated) in order, with values of any kind. */
const members = fc.array(
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...FIELDS).chain((f) => fieldValue(f).map((v) => [f, v] as [string, unknown])) },
    {
      weight: 1,
      arbitrary: fc.tuple(
        fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("trackingHeader", "tracking-header", "TRACKING_HEADER", "tracking_header ")),
        jsonValues,
      ),
    },
  ),
  { maxLength: 6 },
);

function render(list: [string, unknown][], indent: number): string {
  const sep = indent > 0 ? `\n${" ".repeat(indent)}` : "";
  return `{${list.map(([k, v]) => `${sep}${JSON.stringify(k)}:${indent > 0 ? " " : ""}${JSON.stringify(v)}`).join(",")}${indent > 0 ? "\n" : ""}}`;
}

/** Edits that make near-misses: insert, drop or replace a byte (including bytes that are not UTF-8). */
const mutated = (doc: fc.Arbitrary<Uint8Array>) =>
  fc
    .tuple(doc, fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom("insert", "delete", "replace"))
    .map(([bytes, at, byte, how]) => {
      const i = bytes.length === 0 ? 0 : at % bytes.length;
      if (how === "insert") return Buffer.concat([bytes.subarray(0, i), Buffer.from([byte]), bytes.subarray(i)]);
      if (how === "delete") return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + 1)]);
      const out = Buffer.from(bytes);
      if (out.length > 0) out[i] = byte;
      return out;
    });

const utf8 = (s: string) => Buffer.from(s, "utf8");
const wellFormed = fc.tuple(members, fc.integer({ min: 0, max: 2 })).map(([list, indent]) => utf8(render(list, indent)));
const configurations: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 10, arbitrary: wellFormed },
  { weight: 4, arbitrary: mutated(wellFormed) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "",
        " ",
        "\n\t\r ",
        "null",
        "[]",
        "0",
        "-1",
        '"x"',
        "true",
        "{",
        "}",
        "{}",
        "{}}",
        "[{}]",
        '{"tracking_header"}',
        '{"tracking_header":}',
        "{,}",
        '{"echo_response": tru}',
        "\ufeff{}",
        '{"a":1}garbage',
      )
      .map(utf8),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => utf8(`{"tracking_header": ${"[".repeat(n)}${"]".repeat(n)}}`)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 100_000 }).map((n) => utf8("[".repeat(n) + "]".repeat(n))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...FIELDS), fieldValue("tracking_value"), fieldValue("tracking_value"))
      .map(([f, a, b]) => utf8(`{${JSON.stringify(f)}: ${JSON.stringify(a)}, ${JSON.stringify(f)}: ${JSON.stringify(b)}}`)),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom("tracking_header", "tracking_value"), fc.constantFrom(...CONTROL), fc.boolean())
      .map(([f, c, raw]) => utf8(`{"${f}": "a${raw ? String.fromCharCode(c) : `\\u${c.toString(16).padStart(4, "0")}`}b"}`)),
  },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
);

interface Verdict {
  accepted: boolean;
  critical: string[];
  info: string[];
  trapped: boolean;
}

function judge(vm: PluginVm, doc: Uint8Array): Verdict {
  vm.state.logs = [];
  const start = vm.start(doc);
  const verdict = { accepted: start.ok, critical: vm.logs("critical"), info: vm.logs("info"), trapped: vm.failure !== undefined };
  vm.stopRoot();
  return verdict;
}

function checkConfiguration(vm: PluginVm, doc: Uint8Array): void {
  const got = judge(vm, doc);
  const want = modelConfiguration(doc);
  assert.equal(got.trapped, false, `trap: ${vm.failure?.message}`);
  assert.equal(
    got.accepted,
    want.accepted,
    `plugin ${got.accepted ? "accepted" : `refused (${got.critical[0]})`}, model ${want.accepted ? "accepts" : `refuses (${(want as { reason: string }).reason})`}`,
  );
  if (want.accepted) {
    assert.deepEqual(got.critical, []);
    assert.equal(got.info.at(-1), `request-tracker: configured: ${describeSettings(want.settings)}`);
  } else {
    assert.equal(got.critical.length, 1, `one critical line: ${JSON.stringify(got.critical)}`);
    assert.match(got.critical[0], /^request-tracker: invalid plugin configuration: /);
    if (want.field) {
      const known = FIELDS.includes(want.field);
      assert.ok(
        known ? got.critical[0].includes(want.field) : got.critical[0].includes("unknown field"),
        `"${got.critical[0]}" should name ${want.field}`,
      );
    }
  }
}

describe("configurations", () => {
  test(`${CONFIG_RUNS} generated configurations: accepted with the settings the model implies, or refused with one line naming the field`, async () => {
    const vm = await PluginVm.load(wasm);
    let accepted = 0;
    fc.assert(
      fc.property(configurations, (doc) => {
        if (vm.failure) throw new Error("the VM failed on an earlier configuration");
        checkConfiguration(vm, doc);
        if (modelConfiguration(doc).accepted) accepted++;
      }),
      { seed: SEED, numRuns: CONFIG_RUNS, endOnFailure: true, reporter },
    );
    // Both outcomes must be well represented, or the generator is not exploring.
    assert.ok(accepted > CONFIG_RUNS * 0.1 && accepted < CONFIG_RUNS * 0.9, `accepted ${accepted} of ${CONFIG_RUNS}`);
  });

  test("the corpus of hand-picked configurations agrees with the model", async () => {
    const corpus = JSON.parse(readFileSync("tests/corpus/configurations.json", "utf8")) as {
      name: string;
      base64?: string;
      text?: string;
    }[];
    assert.ok(corpus.length >= 30);
    const vm = await PluginVm.load(wasm);
    for (const entry of corpus) {
      const doc = entry.base64 !== undefined ? Buffer.from(entry.base64, "base64") : utf8(entry.text ?? "");
      try {
        checkConfiguration(vm, doc);
      } catch (e) {
        throw new Error(`corpus "${entry.name}": ${(e as Error).message}`);
      }
    }
  });
});

// ---- requests ------------------------------------------------------------------------

const CONFIGS: { config: string; settings: ModelSettings }[] = [
  "{}",
  `{"tracking_value": "static-id", "preserve_existing": false}`,
  `{"tracking_header": "x-trace-token", "echo_response": true}`,
  `{"tracking_header": "X-Request-Id", "tracking_value": "request-tracking"}`,
].map((config) => {
  const verdict = modelConfiguration(utf8(config));
  if (!verdict.accepted) throw new Error(`bad fuzz configuration ${config}`);
  return { config, settings: verdict.settings };
});

const caseVariants = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((upper) => [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(""));
const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const requestNames = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("x-request-id", "x-trace-token").chain(caseVariants).map(bytes) },
  {
    weight: 4,
    arbitrary: fc
      .constantFrom("accept", "user-agent", "cookie", ":path", ":authority", "x-forwarded-for", "content-type", "x-b3-traceid")
      .map(bytes),
  },
  { weight: 3, arbitrary: tokenString(24).map(bytes) },
  { weight: 1, arbitrary: fc.uint8Array({ minLength: 1, maxLength: 16 }) },
);
const requestValues = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 60 }).map(bytes) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.uuid().map(bytes) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "a\r\nb: c", "a\u0000b", "v ", "\tv").map(bytes) },
  { weight: 1, arbitrary: fc.integer({ min: 8190, max: 65536 }).map((n) => new Uint8Array(n).fill(0x61)) },
);
const requests = fc.tuple(fc.nat(CONFIGS.length - 1), fc.array(fc.tuple(requestNames, requestValues), { maxLength: 200 }));

describe("requests", () => {
  test(`${REQUEST_RUNS} generated requests: the header is there exactly once, with the value the rules say, and nothing else changed`, async () => {
    const vms = await Promise.all(
      CONFIGS.map(async ({ config }) => {
        const vm = await PluginVm.load(wasm);
        assert.ok(vm.start(config).ok);
        return vm;
      }),
    );
    const generated = new Set<string>();
    let uuids = 0;
    const counts = { kept: 0, fixed: 0, uuid: 0 };
    fc.assert(
      fc.property(requests, ([which, pairs]) => {
        const { settings } = CONFIGS[which];
        const vm = vms[which];
        const header = settings.header;
        const before = new HeaderMap(pairs as Pair[]);
        const result = vm.request({ headers: before });
        assert.equal(result.failure, undefined, `trap: ${result.failure?.message}`);
        assert.equal(result.localResponse, undefined);

        const raw = result.requestHeaders.rawPairs();
        const tracking = raw.filter(([n]) => n.toString("latin1") === header).map(([, v]) => v);
        assert.equal(tracking.length, 1, `${header} appears ${tracking.length} times`);
        const expected = expectedValue(settings, pairs as Pair[]);
        counts[expected.kind]++;
        if (expected.kind === "uuid") {
          const id = tracking[0].toString("latin1");
          assert.ok(isUuidV4(id), id);
          generated.add(id);
          uuids++;
        } else {
          assert.ok(
            tracking[0].equals(expected.value),
            `expected ${expected.kind} ${JSON.stringify(expected.value.toString("latin1").slice(0, 80))}, got ${JSON.stringify(tracking[0].toString("latin1").slice(0, 80))}`,
          );
        }
        const others = (map: [Buffer, Buffer][]) =>
          map.filter(([n]) => n.toString("latin1") !== header).map(([n, v]) => `${n.toString("hex")}=${v.toString("hex")}`);
        assert.deepEqual(others(raw), others(before.rawPairs()), "another header changed");
        if (settings.echoResponse) assert.deepEqual(result.responseHeaders.values(header), [tracking[0].toString("utf8")]);
      }),
      { seed: SEED, numRuns: REQUEST_RUNS, endOnFailure: true, reporter },
    );
    assert.equal(generated.size, uuids, "a generated UUID repeated");
    for (const vm of vms) {
      assert.deepEqual(vm.logs("critical"), []);
      assert.equal(vm.failure, undefined);
    }
    assert.ok(counts.kept > 0 && counts.fixed > 0 && counts.uuid > 0, JSON.stringify(counts));
  });
});
