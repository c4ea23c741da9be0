/**
 * Collects hashed feature counts for one document without allocating: an open-addressing table
 * cleared by a generation stamp, so featurizing thousands of documents a second stays cheap.
 */

export class SparseAccumulator {
  private readonly table: Int32Array;
  private readonly stamps: Uint32Array;
  private readonly slotOf: Int32Array;
  private readonly mask: number;
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
    this.mask = capacity - 1;
    // Leave half the table free so probing stays short; overflow beyond that is ignored.
    this.keys = new Int32Array(capacity >> 1);
    this.counts = new Float64Array(capacity >> 1);
  }

  reset(): void {
    this.size = 0;
    this.stamp += 1;
    if (this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  add(key: number, amount = 1): void {
    let slot = (key * 0x9e3779b1) & this.mask;
    while (this.stamps[slot] === this.stamp) {
      if (this.table[slot] === key) {
        const at = this.slotOf[slot] as number;
        this.counts[at] = (this.counts[at] as number) + amount;
        return;
      }
      slot = (slot + 1) & this.mask;
    }
    if (this.size >= this.keys.length) return;
    this.stamps[slot] = this.stamp;
    this.table[slot] = key;
    this.slotOf[slot] = this.size;
    this.keys[this.size] = key;
    this.counts[this.size] = amount;
    this.size += 1;
  }
}
