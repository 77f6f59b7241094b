// Shared key-value data with compare-and-swap, and shared queues, as one VM sees them.

import { Status } from "./abi.ts";

export interface SharedQueue {
  token: number;
  items: Buffer[];
}

export class SharedData {
  private entries = new Map<string, { value: Buffer; cas: number }>();
  private cas = 0;
  private queues = new Map<string, SharedQueue>();

  get(key: string): { value: Buffer; cas: number } | undefined {
    return this.entries.get(key);
  }

  /** Stores a value; a non-zero `cas` must match the stored entry's. */
  set(key: string, value: Buffer, cas: number): number {
    const entry = this.entries.get(key);
    if (entry && cas !== 0 && cas >>> 0 !== entry.cas) return Status.CasMismatch;
    this.cas = this.cas >= 0xffffffff ? 1 : this.cas + 1;
    this.entries.set(key, { value, cas: this.cas });
    return Status.Ok;
  }

  /** The queue of that name, created on first registration. */
  register(name: string): SharedQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = { token: this.queues.size + 1, items: [] };
      this.queues.set(name, queue);
    }
    return queue;
  }

  queue(name: string): SharedQueue | undefined {
    return this.queues.get(name);
  }

  queueByToken(token: number): SharedQueue | undefined {
    for (const queue of this.queues.values()) if (queue.token === token) return queue;
    return undefined;
  }
}
