// Which root context a callback belongs to. A VM holds one root context per configuration
// (usually one; a second while a configuration update drains the first), and a stream
// record only when a later callback needs something of its request: its root when there
// are several, its value for echo or the debug line. So the common request touches no map.

import { LogLevelValues } from "@solo-io/proxy-runtime/assembly/runtime";
import { onStreamDone, StreamRecord } from "./request";
import { Root } from "./root";

// The root contexts, oldest first, as a list through Root.next (a VM holds one or two).
let oldest: Root | null = null;
const records = new Map<u32, StreamRecord>();
/** Records of finished streams, reused. */
const idle: StreamRecord[] = [];

export function rootById(id: u32): Root | null {
  let root = oldest;
  while (root !== null && root.id != id) root = root.next;
  return root;
}

export function createRoot(id: u32): void {
  if (rootById(id) !== null) return;
  const root = new Root(id);
  if (oldest === null) {
    oldest = root;
    return;
  }
  let last = oldest!;
  while (last.next !== null) last = last.next!;
  last.next = root;
}

/** A context's end: a root's counters flushed, a stream's debug line; true for a stream. */
export function deleteContext(id: u32): bool {
  if (deleteRoot(id)) return false;
  const record = recordOf(id);
  if (record !== null) {
    onStreamDone(record);
    records.delete(id);
    idle.push(record);
  }
  return true;
}

/** Forgets a root context; false when `id` is not one. */
function deleteRoot(id: u32): bool {
  let previous: Root | null = null;
  let root = oldest;
  while (root !== null && root.id != id) {
    previous = root;
    root = root.next;
  }
  if (root === null) return false;
  root.counters.flush();
  if (previous === null) oldest = root.next;
  else previous.next = root.next;
  return true;
}

/** A new stream of root `rootId`: recorded when a later callback will need it. */
export function createStream(id: u32, rootId: u32): void {
  const root = rootById(rootId);
  if (root === null) return;
  const settings = root.settings;
  const severalRoots = oldest!.next !== null;
  const needed = severalRoots || (settings !== null && settings.echoResponse) || root.logLevel <= LogLevelValues.debug;
  if (!needed) return;
  let record: StreamRecord;
  if (idle.length > 0) {
    record = idle.pop();
    record.root = root;
  } else {
    record = new StreamRecord(root);
  }
  records.set(id, record);
}

/** The record of stream `id`, if it has one. */
export function recordOf(id: u32): StreamRecord | null {
  return records.size > 0 && records.has(id) ? records.get(id) : null;
}

/**
 * The root of an unrecorded stream: the only one, or, while there are several, the oldest
 * (streams created while it was alone are the ones not recorded).
 */
export function defaultRoot(): Root | null {
  return oldest;
}
