/**
 * A worker's memory of recent posts that have no twin yet (singletons), looked up by LSH band
 * key. Clusters live in the database (shared by all workers); a singleton only needs to be
 * remembered until its twin arrives, so keeping them here saves writing ~8 index rows per
 * post. Bounded: the oldest entries are forgotten first. Losing it (a restart) costs at most
 * the pairing of a post with a twin that arrived before the restart.
 */

export interface Singleton {
  mentionId: number;
  publishedAt: number;
  signature: Int32Array;
  bands: number[];
  authorKey: number | null;
  reach: number;
  engagement: number;
  alive: boolean;
}

export class NearDuplicateIndex {
  private readonly byBand = new Map<number, Singleton[]>();
  private readonly order: Singleton[] = [];
  private head = 0;
  private live = 0;

  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly capacity = 250_000) {}

  /** Takes the index for one batch's write phase; call the returned function to let go. */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.queue;
    this.queue = previous.then(() => next);
    await previous;
    return release;
  }

  get size(): number {
    return this.live;
  }

  /** Live singletons sharing at least one band key with `bands`, posted within `spanMs` of `at`. */
  lookup(bands: readonly number[], at: number, spanMs: number): Singleton[] {
    const found = new Set<Singleton>();
    for (const band of bands) {
      const list = this.byBand.get(band);
      if (!list) continue;
      for (const s of list) if (s.alive && Math.abs(s.publishedAt - at) <= spanMs) found.add(s);
    }
    return [...found];
  }

  add(singleton: Singleton): void {
    for (const band of singleton.bands) {
      const list = this.byBand.get(band);
      if (list) list.push(singleton);
      else this.byBand.set(band, [singleton]);
    }
    this.order.push(singleton);
    this.live++;
    while (this.live > this.capacity && this.head < this.order.length) this.forget(this.order[this.head++]!);
    if (this.head > 65_536 && this.head * 2 > this.order.length) {
      this.order.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Removes a singleton (it found its twin, or is too old to matter). */
  forget(singleton: Singleton): void {
    if (!singleton.alive) return;
    singleton.alive = false;
    this.live--;
    for (const band of singleton.bands) {
      const list = this.byBand.get(band);
      if (!list) continue;
      const kept = list.filter((s) => s.alive);
      if (kept.length === 0) this.byBand.delete(band);
      else this.byBand.set(band, kept);
    }
  }
}
