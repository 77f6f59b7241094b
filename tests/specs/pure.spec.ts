// The pure modules on their own: configuration parsing on raw bytes, header rules, UUIDs.

export { free, malloc } from "../../assembly/allocator";

import { BLOCK_SIZE, inBlocks, parseBlock, parseIp, parsePeer } from "../../assembly/cidr";
import { parseConfiguration, quote } from "../../assembly/config";
import { invalidUtf8At } from "../../assembly/json";
import { random16 } from "../../assembly/random";
import { asciiLowercase, checkValue, decide, headerNameProblem, Outcome, ValueCheck } from "../../assembly/rules";
import { TRACE_ID_LENGTH, TraceHeader, traceIdOf } from "../../assembly/tracecontext";
import { formatUuidV4 } from "../../assembly/uuid";
import { millisOf, V7Sequence, writeUuidV7 } from "../../assembly/uuidv7";
import { isUuidV4, isUuidV7 } from "../behaviour/check";

function bytes(values: u8[]): ArrayBuffer {
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[i];
  return out.buffer;
}

function utf8At(buffer: ArrayBuffer): i32 {
  return invalidUtf8At(changetype<usize>(buffer), buffer.byteLength);
}

function check(text: string): ValueCheck {
  const b = String.UTF8.encode(text);
  return checkValue(changetype<usize>(b), b.byteLength);
}

describe("configuration bytes", () => {
  test("invalid UTF-8 is refused with its offset", () => {
    // {"tracking_value": "\xff"}
    const doc = String.UTF8.encode('{"tracking_value": "x"}');
    const raw = Uint8Array.wrap(doc);
    raw[20] = 0xff;
    const result = parseConfiguration(doc);
    expect(result.settings).toBeNull();
    expect(result.error).toBe("invalid plugin configuration: not valid UTF-8 at byte 20");
  });
  test("overlong, surrogate and truncated sequences are invalid UTF-8", () => {
    expect(utf8At(bytes([0x41, 0xc0, 0x80]))).toBe(1);
    expect(utf8At(bytes([0xed, 0xa0, 0x80]))).toBe(0);
    expect(utf8At(bytes([0xe2, 0x82]))).toBe(0);
    expect(utf8At(bytes([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(utf8At(bytes([0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]))).toBe(-1);
  });
  test("a 1 MiB value is refused by length, not by a trap", () => {
    const doc = '{"tracking_value": "' + "a".repeat(1 << 20) + '"}';
    const result = parseConfiguration(String.UTF8.encode(doc));
    expect(result.error).toBe("invalid plugin configuration: tracking_value: is 1048576 bytes long, at most 8192 allowed");
  });
  test("deep nesting is refused at the first value", () => {
    const doc = '{"tracking_header": ' + "[".repeat(100000) + "]".repeat(100000) + "}";
    expect(parseConfiguration(String.UTF8.encode(doc)).error).toBe(
      "invalid plugin configuration: tracking_header: must be a string, got an array",
    );
  });
  test("deep nesting inside trusted_sources is refused at its first entry", () => {
    const doc = '{"trusted_sources": ' + "[".repeat(100000) + "]".repeat(100000) + "}";
    expect(parseConfiguration(String.UTF8.encode(doc)).error).toBe(
      "invalid plugin configuration: trusted_sources: entry 1 must be a string, got an array",
    );
  });
  test("surrogate pairs decode to UTF-8", () => {
    const result = parseConfiguration(String.UTF8.encode('{"tracking_value": "\\ud83d\\ude00"}'));
    expect(String.UTF8.decode(result.settings!.value!)).toBe("\u{1F600}");
  });
  test("settings describe themselves on one line", () => {
    const result = parseConfiguration(String.UTF8.encode('{"tracking_header": "X-Id", "tracking_value": "v", "echo_response": true}'));
    expect(result.settings!.describe()).toBe(
      'tracking_header=x-id tracking_value="v" preserve_existing=true echo_response=true use_trace_id=false trusted_sources=<any peer>',
    );
  });
  test("trusted_sources is described as given, or as any peer", () => {
    const result = parseConfiguration(String.UTF8.encode('{"trusted_sources": ["10.0.0.0/8", "fd00::/8"], "generator": "uuidv7"}'));
    expect(result.settings!.describe()).toBe(
      "tracking_header=x-request-id tracking_value=<uuidv7 per request> preserve_existing=true echo_response=false" +
        " use_trace_id=false trusted_sources=[10.0.0.0/8,fd00::/8]",
    );
    expect(parseConfiguration(String.UTF8.encode('{"trusted_sources": []}')).settings!.describe().endsWith(" trusted_sources=[]")).toBe(
      true,
    );
  });
  test("characters a terminal acts on are quoted as the \\xNN of their bytes", () => {
    // C1 CSI (U+009B), a right-to-left override (U+202E) and a left-to-right isolate (U+2066).
    expect(quote(String.UTF8.encode("a\u009b31m\u202eb\u2066c\u00a0d"))).toBe('"a\\xc2\\x9b31m\\xe2\\x80\\xaeb\\xe2\\x81\\xa6c\u00a0d"');
  });
  test("quoted values are escaped and cut", () => {
    expect(quote(String.UTF8.encode('a"b\\c\n'))).toBe('"a\\"b\\\\c\\x0a"');
    expect(quote(String.UTF8.encode("x".repeat(100)))).toBe('"' + "x".repeat(64) + '"... (100 bytes)');
  });
});

describe("header rules", () => {
  test("names", () => {
    expect(headerNameProblem("x-request-id")).toBe("");
    expect(headerNameProblem("X-Request-Id")).toBe("");
    expect(headerNameProblem("Proxy-Connection")).toBe("is managed by the proxy and cannot be set by a plugin");
    expect(headerNameProblem("a\tb").length > 0).toBe(true);
    expect(asciiLowercase("X-Request-ID")).toBe("x-request-id");
    const given = "X-Trace-Token";
    expect(asciiLowercase(given)).toBe("x-trace-token");
    expect(given).toBe("X-Trace-Token", "the input is left as it was");
  });
  test("values", () => {
    expect(check("abc")).toBe(ValueCheck.OK);
    expect(check("")).toBe(ValueCheck.EMPTY);
    expect(check("a\rb")).toBe(ValueCheck.CONTROL);
    expect(check("a\u0000")).toBe(ValueCheck.CONTROL);
    expect(check(" a")).toBe(ValueCheck.EDGE_WHITESPACE);
    expect(check("a".repeat(8193))).toBe(ValueCheck.TOO_LONG);
  });
  test("decisions", () => {
    const ok = String.UTF8.encode("id");
    expect(decide(false, 0, 0, true)).toBe(Outcome.ADD);
    expect(decide(true, changetype<usize>(ok), ok.byteLength, true)).toBe(Outcome.KEEP);
    expect(decide(true, changetype<usize>(ok), ok.byteLength, false)).toBe(Outcome.REPLACE);
    expect(decide(true, 0, 0, true)).toBe(Outcome.REPLACE);
  });
});

describe("randomness in batches", () => {
  test("each value gets 16 bytes of its own: within a batch, no byte is handed out twice", () => {
    let previous = random16();
    let batches = 0;
    for (let i = 0; i < 1000; i++) {
      const next = random16();
      expect(next).not.toBe(0);
      // A new batch starts over at the pool's start; within one, each value follows the last.
      if (next <= previous) batches++;
      else expect(next - previous).toBe(16, "16 bytes apart");
      previous = next;
    }
    expect(batches >= 1 && batches <= 2).toBe(true, "a batch serves 512 values: " + batches.toString());
  });
});

describe("UUIDv4", () => {
  test("version and variant bits are forced, the rest is the input", () => {
    const zeros = new Uint8Array(16);
    expect(String.UTF8.decode(formatUuidV4(zeros.dataStart))).toBe("00000000-0000-4000-8000-000000000000");
    const ones = new Uint8Array(16);
    ones.fill(0xff);
    expect(String.UTF8.decode(formatUuidV4(ones.dataStart))).toBe("ffffffff-ffff-4fff-bfff-ffffffffffff");
  });
  test("10,000 IDs from the host's randomness are valid and distinct", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 10000; i++) {
      const random = random16();
      expect(random).not.toBe(0);
      const id = String.UTF8.decode(formatUuidV4(random));
      expect(isUuidV4(id)).toBe(true, id);
      seen.add(id);
    }
    expect(seen.size).toBe(10000);
  });
});

function uuidV7(sequence: V7Sequence, now: u64, fill: u8): string {
  const random = new Uint8Array(16);
  random.fill(fill);
  const out = new ArrayBuffer(36);
  writeUuidV7(sequence, now, random.dataStart, changetype<usize>(out));
  return String.UTF8.decode(out);
}

function expectAt(s: V7Sequence, ms: u64, counter: u32): void {
  expect(s.ms).toBe(ms, "timestamp");
  expect(s.counter).toBe(counter, "counter");
}

describe("UUIDv7", () => {
  test("48 bits of milliseconds, version 7, the counter in rand_a, variant 10, the rest random", () => {
    expect(uuidV7(new V7Sequence(), 0x0123456789ab, 0)).toBe("01234567-89ab-7000-8000-000000000000");
    // All-ones randomness: the counter starts at 0x7ff, its leftmost bit kept clear.
    expect(uuidV7(new V7Sequence(), 0x0123456789ab, 0xff)).toBe("01234567-89ab-77ff-bfff-ffffffffffff");
  });
  test("clock nanoseconds become milliseconds, within the last millisecond, past it and before it", () => {
    const ns: u64 = 1_733_000_000_123_456_789;
    expect(millisOf(ns)).toBe(1_733_000_000_123);
    expect(millisOf(ns + 543_210)).toBe(1_733_000_000_123, "the last nanosecond of the same millisecond");
    expect(millisOf(ns + 543_211)).toBe(1_733_000_000_124, "the first of the next");
    expect(millisOf(ns - 456_790)).toBe(1_733_000_000_122, "a clock stepped back");
    expect(millisOf(999_999)).toBe(0);
    expect(millisOf(u64.MAX_VALUE)).toBe(u64.MAX_VALUE / 1_000_000);
  });
  test("a new millisecond seeds the counter below 2048; the same one counts on", () => {
    const s = new V7Sequence();
    s.advance(1000, 0xffff);
    expectAt(s, 1000, 0x7ff);
    s.advance(1000, 0);
    expect(s.counter).toBe(0x800);
    s.advance(1001, 5);
    expectAt(s, 1001, 5);
  });
  test("a clock that steps back keeps the last timestamp and counts on", () => {
    const s = new V7Sequence();
    s.advance(1000, 5);
    s.advance(999, 0x7ff);
    expectAt(s, 1000, 6);
    s.advance(0, 0x7ff);
    expectAt(s, 1000, 7);
  });
  test("a counter past 12 bits moves the timestamp one millisecond ahead instead of repeating", () => {
    const s = new V7Sequence();
    s.ms = 1000;
    s.counter = 0xfff;
    s.advance(1000, 3);
    expectAt(s, 1001, 3);
    // The clock has not caught up: the moved timestamp stays and the count goes on.
    s.advance(1000, 9);
    expectAt(s, 1001, 4);
  });
  test("10,000 values at one millisecond are valid UUIDv7s, each sorting after the one before", () => {
    const s = new V7Sequence();
    let previous = "";
    for (let i = 0; i < 10000; i++) {
      const random = random16();
      const out = new ArrayBuffer(36);
      writeUuidV7(s, 1735689600000, random, changetype<usize>(out));
      const id = String.UTF8.decode(out);
      expect(isUuidV7(id)).toBe(true, id);
      expect(id > previous).toBe(true, id + " after " + previous);
      previous = id;
    }
    // 10,000 values need at least three milliseconds: at most 4,096 fit in one.
    expect(s.ms >= 1735689600002).toBe(true);
  });
});

/** The trace id `traceIdOf` finds in `value` of `header`, or "" when it finds none. */
function traceId(header: TraceHeader, value: string): string {
  const bytes = String.UTF8.encode(value);
  const out = new ArrayBuffer(TRACE_ID_LENGTH);
  if (!traceIdOf(header, changetype<usize>(bytes), bytes.byteLength, changetype<usize>(out))) return "";
  return String.UTF8.decode(out);
}

const TID = "4bf92f3577b34da6a3ce929d0e0e4736";
const SID = "00f067aa0ba902b7";

describe("trace ids", () => {
  test("traceparent: version 00 is exactly 55 characters", () => {
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID + "-" + SID + "-00")).toBe(TID);
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID + "-" + SID + "-00-")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID + "-" + SID + "-0")).toBe("");
  });
  test("traceparent: a higher version reads 55 characters and wants a '-' after them", () => {
    expect(traceId(TraceHeader.TRACEPARENT, "01-" + TID + "-" + SID + "-01-")).toBe(TID);
    expect(traceId(TraceHeader.TRACEPARENT, "fe-" + TID + "-" + SID + "-ff-anything")).toBe(TID);
    expect(traceId(TraceHeader.TRACEPARENT, "01-" + TID + "-" + SID + "-011")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "ff-" + TID + "-" + SID + "-01")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "f-" + TID + "-" + SID + "-01x")).toBe("");
  });
  test("traceparent: lowercase hex everywhere, ids not all zeros, dashes in place", () => {
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID + "-" + SID + "-0G")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID.toUpperCase() + "-" + SID + "-01")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + "0".repeat(32) + "-" + SID + "-01")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID + "-" + "0".repeat(16) + "-01")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "00_" + TID + "-" + SID + "-01")).toBe("");
    expect(traceId(TraceHeader.TRACEPARENT, "00-" + TID + "-" + SID + "_01")).toBe("");
  });
  test("x-b3-traceid: 16 or 32 digits, 16 left-padded", () => {
    expect(traceId(TraceHeader.X_B3_TRACEID, TID)).toBe(TID);
    expect(traceId(TraceHeader.X_B3_TRACEID, SID)).toBe("0000000000000000" + SID);
    expect(traceId(TraceHeader.X_B3_TRACEID, "")).toBe("");
    expect(traceId(TraceHeader.X_B3_TRACEID, SID + "0")).toBe("");
    expect(traceId(TraceHeader.X_B3_TRACEID, "0".repeat(32))).toBe("");
    expect(traceId(TraceHeader.X_B3_TRACEID, TID + "-" + SID)).toBe("");
  });
  test("b3: traceid-spanid[-sampled[-parentspanid]]", () => {
    expect(traceId(TraceHeader.B3, TID + "-" + SID)).toBe(TID);
    expect(traceId(TraceHeader.B3, SID + "-" + SID + "-0")).toBe("0000000000000000" + SID);
    expect(traceId(TraceHeader.B3, TID + "-" + SID + "-d-" + SID)).toBe(TID);
    expect(traceId(TraceHeader.B3, TID + "-" + SID + "-2")).toBe("");
    expect(traceId(TraceHeader.B3, TID + "-" + SID + "-")).toBe("");
    expect(traceId(TraceHeader.B3, TID + "-" + SID + "-1-")).toBe("");
    expect(traceId(TraceHeader.B3, TID + "-" + SID + "-1-" + SID + "0")).toBe("");
    expect(traceId(TraceHeader.B3, TID + SID)).toBe("");
    expect(traceId(TraceHeader.B3, "d")).toBe("");
    expect(traceId(TraceHeader.B3, "")).toBe("");
  });
});

/** The 16 bytes parseIp makes of `text`, as 32 hex digits, with the family: "6 2001...". "" if invalid. */
function ip(text: string): string {
  const b = String.UTF8.encode(text);
  const out = new Uint8Array(16);
  const family = parseIp(changetype<usize>(b), b.byteLength, out.dataStart);
  if (family == 0) return "";
  let hex = family.toString() + " ";
  for (let i = 0; i < 16; i++) hex += (out[i] < 16 ? "0" : "") + out[i].toString(16);
  return hex;
}

/** Whether peer `source` (Envoy's source.address) is in one of `blocks`. */
function trusts(blocks: string[], source: string): bool {
  const list = new Uint8Array(blocks.length * BLOCK_SIZE);
  for (let i = 0; i < blocks.length; i++) {
    const b = String.UTF8.encode(blocks[i]);
    expect(parseBlock(changetype<usize>(b), b.byteLength, list.dataStart + <usize>(i * BLOCK_SIZE))).toBe(true, blocks[i]);
  }
  const peer = String.UTF8.encode(source);
  const address = new Uint8Array(16);
  return parsePeer(changetype<usize>(peer), peer.byteLength, address.dataStart) && inBlocks(address.dataStart, list.buffer);
}

describe("IP addresses and CIDR blocks", () => {
  test("IPv4 is held IPv4-mapped; IPv6 in every RFC 4291 spelling", () => {
    expect(ip("10.1.2.3")).toBe("4 00000000000000000000ffff0a010203");
    expect(ip("0.0.0.0")).toBe("4 00000000000000000000ffff00000000");
    expect(ip("::")).toBe("6 00000000000000000000000000000000");
    expect(ip("::1")).toBe("6 00000000000000000000000000000001");
    expect(ip("1::")).toBe("6 00010000000000000000000000000000");
    expect(ip("2001:DB8::8:800:200C:417A")).toBe("6 20010db80000000000080800200c417a");
    expect(ip("1:2:3:4:5:6:7:8")).toBe("6 00010002000300040005000600070008");
    expect(ip("1:2:3:4:5:6:7::")).toBe("6 00010002000300040005000600070000");
    expect(ip("::2:3:4:5:6:7:8")).toBe("6 00000002000300040005000600070008");
    expect(ip("::ffff:10.1.2.3")).toBe("6 00000000000000000000ffff0a010203");
    expect(ip("1:2:3:4:5:6:1.2.3.4")).toBe("6 00010002000300040005000601020304");
  });
  test("not addresses", () => {
    const bad = [
      "",
      "1",
      "1.2.3",
      "1.2.3.4.5",
      "256.1.1.1",
      "01.1.1.1",
      "1..2.3",
      "1.2.3.",
      ".1.2.3",
      "1.2.3.4 ",
      "a.b.c.d",
      ":",
      ":::",
      "1:2",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
      ":1::",
      "1::2:",
      "12345::",
      "g::",
      "::1.2.3",
      "::1.2.3.04",
      "1:2:3:4:5:6:7:1.2.3.4",
      "fe80::1%eth0",
      "[::1]",
      "::ffff:1.2.3.4:5",
    ];
    for (let i = 0; i < bad.length; i++) expect(ip(bad[i])).toBe("", bad[i]);
  });
  test("a block's prefix: IPv4 up to 32, IPv6 up to 128, no leading zeros", () => {
    const cases = ["10.0.0.0/0", "10.0.0.0/32", "::/128", "::/0", "10.0.0.0/33", "::/129", "10.0.0.0/01", "10.0.0.0/", "10.0.0.0/a"];
    const valid = [true, true, true, true, false, false, false, false, false];
    const out = new Uint8Array(BLOCK_SIZE);
    for (let i = 0; i < cases.length; i++) {
      const b = String.UTF8.encode(cases[i]);
      expect(parseBlock(changetype<usize>(b), b.byteLength, out.dataStart)).toBe(valid[i], cases[i]);
    }
  });
  test("peers: ip:port and [ip]:port only", () => {
    expect(trusts(["0.0.0.0/0"], "1.2.3.4:0")).toBe(true);
    expect(trusts(["0.0.0.0/0"], "1.2.3.4:65535")).toBe(true);
    expect(trusts(["0.0.0.0/0"], "1.2.3.4:")).toBe(false);
    expect(trusts(["0.0.0.0/0"], "1.2.3.4")).toBe(false);
    expect(trusts(["0.0.0.0/0"], ":80")).toBe(false);
    expect(trusts(["::/0"], "[::1]:80")).toBe(true);
    expect(trusts(["::/0"], "[::1]")).toBe(false);
    expect(trusts(["::/0"], "::1:80")).toBe(false);
    expect(trusts(["::/0"], "[::1:80")).toBe(false);
  });
  test("prefix edges, both families", () => {
    expect(trusts(["10.1.2.128/25"], "10.1.2.128:1")).toBe(true);
    expect(trusts(["10.1.2.128/25"], "10.1.2.127:1")).toBe(false);
    expect(trusts(["10.1.2.128/25"], "10.1.2.255:1")).toBe(true);
    expect(trusts(["10.1.2.3/32"], "10.1.2.3:1")).toBe(true);
    expect(trusts(["2001:db8::/127"], "[2001:db8::1]:1")).toBe(true);
    expect(trusts(["2001:db8::/127"], "[2001:db8::2]:1")).toBe(false);
    expect(trusts(["2001:db8::/64"], "[2001:db8::ffff:ffff:ffff:ffff]:1")).toBe(true);
    expect(trusts(["2001:db8::/64"], "[2001:db8:0:1::]:1")).toBe(false);
  });
  test("IPv4 blocks hold IPv4 and IPv4-mapped peers; wider IPv6 blocks hold neither", () => {
    expect(trusts(["10.0.0.0/8"], "[::ffff:10.9.8.7]:1")).toBe(true);
    expect(trusts(["::ffff:0:0/96"], "10.9.8.7:1")).toBe(true);
    expect(trusts(["::ffff:0:0/95"], "10.9.8.7:1")).toBe(false);
    expect(trusts(["::/0"], "10.9.8.7:1")).toBe(false);
    expect(trusts(["::/0"], "[::ffff:10.9.8.7]:1")).toBe(false);
    expect(trusts(["10.0.0.0/8"], "[::10.9.8.7]:1")).toBe(false);
  });
});
