// Deliberate faults in the plugin, each one a small edit a careless change could make. The
// fast test layer must catch every one of them (npm run test:mutants).

export interface Fault {
  /** What the fault does, as the README lists it. */
  name: string;
  file: string;
  /** Text that must occur exactly once in the file; it is replaced by `to`. */
  from: string;
  to: string;
}

export const FAULTS: Fault[] = [
  {
    name: "a finished stream's record keeps its value",
    file: "assembly/request.ts",
    from: "  record.value = null;\n",
    to: "",
  },
  {
    name: "UUID version nibble 5 instead of 4",
    file: "assembly/uuid.ts",
    from: "& 0x0f) | 0x40",
    to: "& 0x0f) | 0x50",
  },
  {
    name: "UUID variant bits 11 instead of 10",
    file: "assembly/uuid.ts",
    from: "& 0x3f) | 0x80",
    to: "& 0x3f) | 0xc0",
  },
  {
    name: "preserve_existing defaults to false",
    file: "assembly/config.ts",
    from: "preserveExisting: bool = true;",
    to: "preserveExisting: bool = false;",
  },
  {
    name: "the control-character check is skipped",
    file: "assembly/rules.ts",
    from: "if (firstControl(ptr, len) >= 0) return ValueCheck.CONTROL;",
    to: "",
  },
  {
    name: "DEL is not a control character",
    file: "assembly/rules.ts",
    from: "if ((c < 0x20 && c != 0x09) || c == 0x7f) return i;",
    to: "if (c < 0x20 && c != 0x09) return i;",
  },
  {
    name: "the kept and replaced counters are swapped",
    file: "assembly/request.ts",
    from: "root.counters.add(Counter.KEPT);",
    to: "root.counters.add(Counter.REPLACED);",
  },
  {
    name: "the length limit is off by one",
    file: "assembly/rules.ts",
    from: "if (len > MAX_VALUE_LENGTH) return ValueCheck.TOO_LONG;",
    to: "if (len >= MAX_VALUE_LENGTH) return ValueCheck.TOO_LONG;",
  },
  {
    name: "edge whitespace is allowed at the end",
    file: "assembly/rules.ts",
    from: "|| last == 0x20 || last == 0x09",
    to: "",
  },
  {
    name: "a repeated field is accepted",
    file: "assembly/config.ts",
    from: "if (seen[field]) return refuse(",
    to: "if (false) return refuse(",
  },
  {
    name: "a kept value is not written back, leaving duplicates",
    file: "assembly/request.ts",
    from: "if (!settings.joined && !write(root, settings, false)) return false;",
    to: "",
  },
  {
    name: "header names are not lowercased",
    file: "assembly/config.ts",
    from: "settings.header = asciiLowercase(name);",
    to: "settings.header = name;",
  },
  {
    name: "proxy-owned headers can be configured",
    file: "assembly/rules.ts",
    from: 'return "is managed by the proxy and cannot be set by a plugin";',
    to: 'return "";',
  },
  {
    name: "echo uses the response's own value",
    file: "assembly/request.ts",
    from: "changetype<usize>(value), value.byteLength, false);",
    to: "changetype<usize>(value), value.byteLength, true);",
  },
  {
    name: "a UUIDv7 counter overflow repeats values instead of moving the timestamp",
    file: "assembly/uuidv7.ts",
    from: "      this.ms++;\n",
    to: "",
  },
  {
    name: "a UUIDv7 follows the clock back",
    file: "assembly/uuidv7.ts",
    from: "if (now > this.ms) {",
    to: "if (now != this.ms) {",
  },
  {
    name: "a UUIDv7 keeps the last millisecond one nanosecond too long",
    file: "assembly/uuidv7.ts",
    from: "if (ns - lastMsStart >= 1_000_000) {",
    to: "if (ns - lastMsStart > 1_000_000) {",
  },
  {
    name: "UUIDv7 version nibble 4 instead of 7",
    file: "assembly/uuidv7.ts",
    from: "| 0x7000 |",
    to: "| 0x4000 |",
  },
  {
    name: "traceparent version ff is accepted",
    file: "assembly/tracecontext.ts",
    from: "version == 0x6666 || ",
    to: "",
  },
  {
    name: "'g' counts as a hex digit in trace ids",
    file: "assembly/tracecontext.ts",
    from: "~(x + (0x80 - 0x67) * ONES)",
    to: "~(x + (0x80 - 0x68) * ONES)",
  },
  {
    name: "an all-zero traceparent parent id is accepted",
    file: "assembly/tracecontext.ts",
    from: "if (zeros(ptr + 36, 16)) return false;",
    to: "",
  },
  {
    name: "an untrusted peer's value is kept",
    file: "assembly/request.ts",
    from: "return outcome == Outcome.KEEP && trusted !== null && !peerTrusted(root, trusted) ? Outcome.REPLACE : outcome;",
    to: "return outcome;",
  },
  {
    name: "IPv4-mapped peers match IPv6 blocks",
    file: "assembly/cidr.ts",
    from: "if (mapped && load<u8>(block + 27) != 0xff) continue;",
    to: "",
  },
  {
    name: "a block's prefix is one bit short within its last byte",
    file: "assembly/cidr.ts",
    from: "<u8>(0xff00 >> (bits & 7))",
    to: "<u8>(0xff00 >> ((bits & 7) + 1))",
  },
  {
    name: "trusted_sources takes 65 entries",
    file: "assembly/config.ts",
    from: "if (count == MAX_BLOCKS)",
    to: "if (count > MAX_BLOCKS)",
  },
  {
    name: "a byte of the random pool is used twice",
    file: "assembly/random.ts",
    from: "  next += 16;",
    to: "  next += 8;",
  },
  {
    name: "the header is read even when it will be replaced",
    file: "assembly/request.ts",
    from: "settings.preserveExisting ? incoming(root, settings)",
    to: "true ? incoming(root, settings)",
  },
  {
    name: "a value too long for the scratch goes into it",
    file: "assembly/allocator.ts",
    from: "<usize>size <= armedSize",
    to: "<usize>size <= armedSize + 65536",
  },
];
