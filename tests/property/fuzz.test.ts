// Property-based tests of the compiled plugin (fast-check; seeded and bounded): generated
// configurations judged against an independent model of the rules, generated requests
// checked header by header, and a hand-picked corpus of nasty configurations.
// FUZZ_SEED and FUZZ_SCALE (a multiplier of the run counts) reproduce or widen a run.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, describe, test } from "node:test";
import fc from "fast-check";
import { HeaderMap, PluginVm } from "../../host/index.ts";
import { isUuidV4, isUuidV7 } from "../behaviour/check.ts";
import { describeSettings, type ModelSettings, modelConfiguration } from "../model/config-model.ts";
import { expectedValue, type Pair } from "../model/request-model.ts";
import { peerTrusted, trustLists } from "../model/trust-model.ts";

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);

/** Reports a failure in one line a person can read: the seed and path to replay it, and the start of the input. */
function reporter<T>(out: fc.RunDetails<T>): void {
  if (!out.failed) return;
  const example = JSON.stringify(out.counterexample, (_k, v) =>
    typeof v === "bigint" ? `${v}n` : v?.type === "Buffer" ? Buffer.from(v.data).toString("latin1") : v,
  );
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

const FIELDS = ["tracking_header", "tracking_value", "preserve_existing", "echo_response", "generator", "use_trace_id", "trusted_sources"];
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
// ---- addresses and CIDR blocks ------------------------------------------------------

/** Bytes with one edit: a character upper-cased, dropped, or one of `inserts` put in. */
const nearly = (valid: fc.Arbitrary<string>, inserts = "a-") =>
  fc.oneof(
    { weight: 3, arbitrary: valid },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, fc.nat(), fc.constantFrom("upper", "drop", "insert"), fc.constantFrom(...inserts))
        .map(([text, at, how, c]) => {
          const i = at % Math.max(text.length, 1);
          if (how === "upper") return text.slice(0, i) + text.charAt(i).toUpperCase() + text.slice(i + 1);
          if (how === "drop") return text.slice(0, i) + text.slice(i + 1);
          return text.slice(0, i) + c + text.slice(i);
        }),
    },
  );

const dotted = (n: bigint) => [24n, 16n, 8n, 0n].map((shift) => (n >> shift) & 0xffn).join(".");
const groupsOf = (n: bigint) => Array.from({ length: 8 }, (_, i) => ((n >> BigInt(112 - 16 * i)) & 0xffffn).toString(16));
/** IPv6 text for a 128-bit number: full, compressed as the URL parser does, in capitals, or with an IPv4 tail. */
const ipv6Spelling = (n: bigint, how: number) => {
  const groups = groupsOf(n);
  if (how === 1) return new URL(`http://[${groups.join(":")}]/`).hostname.slice(1, -1);
  if (how === 2) return groups.join(":").toUpperCase();
  if (how === 3) return `${groups.slice(0, 6).join(":")}:${dotted(n & 0xffffffffn)}`;
  return groups.join(":");
};
/** The 128-bit number of IPv6 text, from the URL parser's canonical form. */
function ipv6Number(text: string): bigint {
  const canonical = new URL(`http://[${text}]/`).hostname.slice(1, -1);
  const [head, tail] = canonical.split("::");
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  return groups.reduce((n, g) => (n << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}
const MAPPED = 0xffffn << 32n;

/** A block: [family, address as a number, prefix] and its text; IPv4-mapped IPv6 ones among them. */
const blockParts = fc.oneof(
  fc.tuple(fc.constant(4 as const), fc.bigInt({ min: 0n, max: 0xffffffffn }), fc.integer({ min: 0, max: 32 }), fc.constant(0)),
  fc.tuple(
    fc.constant(6 as const),
    fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
    fc.integer({ min: 0, max: 128 }),
    fc.integer({ min: 0, max: 3 }),
  ),
  fc.tuple(
    fc.constant(6 as const),
    fc.bigInt({ min: 0n, max: 0xffffffffn }).map((n) => MAPPED | n),
    fc.integer({ min: 96, max: 128 }),
    fc.integer({ min: 0, max: 3 }),
  ),
);
const blockText = ([family, n, prefix, how]: [4 | 6, bigint, number, number], plain: boolean) =>
  `${family === 4 ? dotted(n) : ipv6Spelling(n, how)}${plain ? "" : `/${prefix}`}`;
const validBlocks = fc.tuple(blockParts, fc.boolean()).map(([parts, plain]) => ({
  parts: plain ? ([...parts.slice(0, 2), parts[0] === 4 ? 32 : 128, parts[3]] as typeof parts) : parts,
  text: blockText(parts, plain),
}));
const blocks = fc.oneof(
  { weight: 3, arbitrary: validBlocks.map((b) => b.text) },
  {
    weight: 2,
    arbitrary: nearly(
      validBlocks.map((b) => b.text),
      ":./0%[",
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("10.0.0.0/33", "fd00::/129", "010.0.0.0/8", "10.0.0.0/08", "::1%lo", "[::1]", "", " 10.0.0.0/8", "1.2.3.4/"),
  },
);
const trustedSources = fc.oneof(
  { weight: 4, arbitrary: fc.array(blocks, { maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 62, max: 66 }).map((n) => Array.from({ length: n }, (_, i) => `10.${i}.0.0/16`)) },
  { weight: 1, arbitrary: fc.array(jsonValues, { maxLength: 3 }) },
);

/** A peer as Envoy's source.address has it, a malformed one, or none. */
const port = fc.integer({ min: 0, max: 65535 });
const sources = fc.option(
  fc.oneof(
    fc
      .tuple(
        fc.oneof(fc.bigInt({ min: 0n, max: 0xffffffffn }).map(dotted), fc.constantFrom("10.1.2.3", "192.168.255.255", "203.0.113.200")),
        port,
      )
      .map(([ip, p]) => `${ip}:${p}`),
    fc
      .tuple(
        fc.oneof(
          fc.tuple(fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), fc.integer({ min: 0, max: 3 })).map(([n, how]) => ipv6Spelling(n, how)),
          fc.constantFrom("fd00::1", "2001:db8::5", "::ffff:10.0.0.1", "::ffff:203.0.113.9", "::1"),
        ),
        port,
      )
      .map(([ip, p]) => `[${ip}]:${p}`),
    fc.constantFrom("", "10.1.2.3", "fd00::1:80", "[10.1.2.3]:80", "10.1.2.3:080", "10.1.2.3:123456", "[fe80::1%eth0]:80", "garbage"),
  ),
  { nil: undefined },
);

const generators = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("uuidv4", "uuidv7") },
  { weight: 1, arbitrary: fc.constantFrom("UUIDv7", "uuidv6", "uuid", "v7", " uuidv7", "uuidv7 ", "uuidv4\u0000", "") },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const fieldValue = (field: string) => {
  if (field === "trusted_sources") return fc.oneof({ weight: 4, arbitrary: trustedSources }, { weight: 1, arbitrary: jsonValues });
  if (field === "generator") return fc.oneof({ weight: 4, arbitrary: generators }, { weight: 1, arbitrary: jsonValues });
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
  `{"generator": "uuidv7", "echo_response": true}`,
  `{"generator": "uuidv7", "tracking_header": "x-tracking-id", "preserve_existing": false}`,
  `{"use_trace_id": true}`,
  `{"use_trace_id": true, "generator": "uuidv7", "tracking_header": "x-tracking-id", "echo_response": true}`,
  `{"use_trace_id": true, "preserve_existing": false}`,
  `{"trusted_sources": ["10.0.0.0/8", "192.168.0.0/16", "fd00::/8", "2001:db8::/32"], "echo_response": true}`,
  `{"trusted_sources": ["::ffff:203.0.113.0/120", "::/1", "0.0.0.0/1"], "use_trace_id": true}`,
  `{"trusted_sources": [], "generator": "uuidv7"}`,
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
  { weight: 3, arbitrary: fc.constantFrom("x-request-id", "x-trace-token", "x-tracking-id").chain(caseVariants).map(bytes) },
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

// Trace headers, valid and near-valid: fields of the right shape, some of them all zeros,
// versions and sampling states that are and are not allowed, and single-character edits.
const hex = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: n, maxLength: n });
const hexId = (n: number) => fc.oneof({ weight: 8, arbitrary: hex(n) }, { weight: 1, arbitrary: fc.constant("0".repeat(n)) });
const traceparents = fc
  .tuple(
    fc.constantFrom("00", "01", "fe", "ff", "0a", "cc"),
    hexId(32),
    hexId(16),
    hex(2),
    fc.constantFrom("", "", "", "-", "-x-y", "x", "-00"),
  )
  .map(([version, traceId, parentId, flags, rest]) => `${version}-${traceId}-${parentId}-${flags}${rest}`);
const b3TraceIds = fc.oneof(hexId(16), hexId(32));
const b3Singles = fc
  .tuple(b3TraceIds, hex(16), fc.constantFrom("", "-0", "-1", "-d", "-2", "-"), fc.option(hex(16)))
  .map(([traceId, spanId, sampled, parent]) => `${traceId}-${spanId}${sampled}${sampled && parent ? `-${parent}` : ""}`);
const traceHeaders = fc
  .oneof(
    fc.tuple(fc.constantFrom("traceparent", "Traceparent"), nearly(traceparents)),
    fc.tuple(fc.constantFrom("x-b3-traceid", "X-B3-TraceId"), nearly(b3TraceIds)),
    fc.tuple(fc.constant("b3"), nearly(b3Singles)),
  )
  .map(([name, value]) => [bytes(name), bytes(value)] as [Uint8Array, Uint8Array]);
const requestPairs = fc.oneof({ weight: 8, arbitrary: fc.tuple(requestNames, requestValues) }, { weight: 2, arbitrary: traceHeaders });
const requests = fc.tuple(fc.nat(CONFIGS.length - 1), fc.array(requestPairs, { maxLength: 200 }), sources);

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
    const lastV7 = new Map<PluginVm, string>();
    let uuids = 0;
    const counts = { kept: 0, fixed: 0, trace: 0, uuid: 0 };
    fc.assert(
      fc.property(requests, ([which, pairs, source]) => {
        const { settings } = CONFIGS[which];
        const vm = vms[which];
        const header = settings.header;
        const before = new HeaderMap(pairs as Pair[]);
        const result = vm.request({ headers: before, source });
        assert.equal(result.failure, undefined, `trap: ${result.failure?.message}`);
        assert.equal(result.localResponse, undefined);

        const raw = result.requestHeaders.rawPairs();
        const tracking = raw.filter(([n]) => n.toString("latin1") === header).map(([, v]) => v);
        assert.equal(tracking.length, 1, `${header} appears ${tracking.length} times`);
        const expected = expectedValue(settings, pairs as Pair[], source);
        counts[expected.kind]++;
        if (expected.kind === "uuid") {
          const id = tracking[0].toString("latin1");
          if (expected.generator === "uuidv7") {
            assert.ok(isUuidV7(id), id);
            assert.ok(id > (lastV7.get(vm) ?? ""), `${id} does not sort after ${lastV7.get(vm)}`);
            lastV7.set(vm, id);
          } else {
            assert.ok(isUuidV4(id), id);
          }
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
    assert.ok(counts.kept > 0 && counts.fixed > 0 && counts.trace > 0 && counts.uuid > 0, JSON.stringify(counts));
  });
});

// ---- trusted peers ---------------------------------------------------------------------

/** Peers just inside and just outside `block`: the last prefix bit flipped; IPv4 also IPv4-mapped. */
function peersNear(block: { parts: [4 | 6, bigint, number, number] }, hostBits: bigint, p: number): string[] {
  const [family, n, prefix] = block.parts;
  const width = family === 4 ? 32 : 128;
  const base = family === 4 ? n : ipv6Number(ipv6Spelling(n, 0));
  const hostMask = (1n << BigInt(width - prefix)) - 1n;
  const inside = (base & ~hostMask & ((1n << BigInt(width)) - 1n)) | (hostBits & hostMask);
  const around = prefix > 0 ? [inside, inside ^ (1n << BigInt(width - prefix))] : [inside];
  return around.flatMap((a) =>
    family === 4 ? [`${dotted(a)}:${p}`, `[::ffff:${dotted(a)}]:${p}`] : [`[${ipv6Spelling(a, 1)}]:${p}`, `[${ipv6Spelling(a, 0)}]:${p}`],
  );
}

const TRUST_RUNS = Math.round(3_000 * SCALE);

describe("trusted peers", () => {
  test(`${TRUST_RUNS} generated CIDR lists: a client's value is kept exactly when the model trusts the peer`, async () => {
    const vm = await PluginVm.load(wasm);
    const outcomes = { kept: 0, replaced: 0 };
    fc.assert(
      fc.property(
        fc.array(validBlocks, { maxLength: 6 }),
        fc.array(fc.tuple(fc.nat(5), fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }), port), { maxLength: 4 }),
        fc.array(sources, { maxLength: 3 }),
        (list, near, others) => {
          const entries = list.map((b) => b.text);
          vm.stopRoot();
          const started = vm.start(JSON.stringify({ trusted_sources: entries }));
          assert.ok(started.ok, vm.logs("critical").at(-1));
          const lists = trustLists(entries);
          const peers = [...near.flatMap(([i, bits, p]) => (list.length > 0 ? peersNear(list[i % list.length], bits, p) : [])), ...others];
          for (const source of peers) {
            const result = vm.request({ headers: [["x-request-id", "client-id"]], source });
            const kept = result.requestHeaders.values("x-request-id")[0] === "client-id";
            assert.equal(kept, peerTrusted(lists, source), `peer ${source} with ${JSON.stringify(entries)}`);
            outcomes[kept ? "kept" : "replaced"]++;
          }
        },
      ),
      { seed: SEED, numRuns: TRUST_RUNS, endOnFailure: true, reporter },
    );
    assert.deepEqual(vm.logs("critical"), []);
    assert.ok(outcomes.kept > TRUST_RUNS && outcomes.replaced > TRUST_RUNS, JSON.stringify(outcomes));
  });
});
