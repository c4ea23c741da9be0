/**
 * Collects hashed feature counts for one document without allocating: an open-addressing table
 * cleared by a generation stamp, so featurizing thousands of documents a second stays cheap.
 * A document that announces how many keys it may add uses only a prefix of the table sized to
 * that, which stays in the CPU cache.
 */

export class SparseAccumulator {
  private readonly table: Int32Array;
  private readonly stamps: Uint32Array;
  private readonly slotOf: Int32Array;
  private readonly capacity: number;
  private mask: number;
  private limit: number;
  private stamp = 1;
  /** Distinct feature ids of the current document, in first-seen order. */
  readonly keys: Int32Array;
  /** Count per entry of `keys`. */
  readonly counts: Float64Array;
  size = 0;

  constructor(capacityLog2 = 16) {
    const capacity = 1 << capacityLog2;
    this.table = new Int32Array(capacity);
    this.stamps = new Uint32Array(capacity);
    this.slotOf = new Int32Array(capacity);
    this.capacity = capacity;
    this.mask = capacity - 1;
    // Leave half the table free so probing stays short; overflow beyond that is ignored.
    this.limit = capacity >> 1;
    this.keys = new Int32Array(this.limit);
    this.counts = new Float64Array(this.limit);
  }

  /** Starts a new document; `maxKeys` (an upper bound on distinct keys to come) shrinks the table in use. */
  reset(maxKeys = Infinity): void {
    let used = Math.min(256, this.capacity);
    while (used < this.capacity && used < maxKeys * 2) used *= 2;
    this.mask = used - 1;
    this.limit = used >> 1;
    this.size = 0;
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(key: number, amount = 1): void {
    let slot = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.stamps[slot] === this.stamp) {
      if (this.table[slot] === key) {
        const at = this.slotOf[slot] as number;
        this.counts[at] = (this.counts[at] as number) + amount;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= this.limit) return;
    this.stamps[slot] = this.stamp;
    this.table[slot] = key;
    this.slotOf[slot] = this.size;
    this.keys[this.size] = key;
    this.counts[this.size] = amount;
    this.size += 1;
  }
}
