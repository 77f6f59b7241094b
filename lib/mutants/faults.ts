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
    name: "a released stream context keeps its value",
    file: "assembly/stream.ts",
    from: "    this.value = null;\n",
    to: "",
  },
  {
    name: "UUID version nibble 5 instead of 4",
    file: "assembly/uuid.ts",
    from: "(b & 0x0f) | 0x40",
    to: "(b & 0x0f) | 0x50",
  },
  {
    name: "UUID variant bits 11 instead of 10",
    file: "assembly/uuid.ts",
    from: "(b & 0x3f) | 0x80",
    to: "(b & 0x3f) | 0xc0",
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
    file: "assembly/stream.ts",
    from: "if (outcome == Outcome.KEEP) tracker.counters.add(Counter.KEPT);",
    to: "if (outcome == Outcome.KEEP) tracker.counters.add(Counter.REPLACED);",
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
    file: "assembly/stream.ts",
    from: "const adding = outcome == Outcome.ADD;",
    to: "const adding = outcome != Outcome.REPLACE;",
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
    file: "assembly/stream.ts",
    from: "replace_header_map_value(HeaderMapTypeValues.ResponseHeaders, settings.headerBytes, value)",
    to: "add_header_map_value(HeaderMapTypeValues.ResponseHeaders, settings.headerBytes, value)",
  },
];
