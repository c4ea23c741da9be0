/**
 * A worker's copy of the near-duplicate clusters, looked up by LSH band key in memory instead
 * of one mention_cluster_bands query per batch. The database stays the truth: each batch's
 * write phase (serialised across workers) first catches up on clusters changed since the
 * copy's last change number (`mention_clusters.change_seq`), and after its commit adds the
 * clusters it wrote itself. Bounded: past `capacity` the clusters that began longest ago are
 * dropped, and posts old enough to belong to them are looked up in the database as before
 * (`horizon`). A cluster deleted behind the copy's back (a demo re-seed) is caught before use
 * by the batch (see process-queue-batch.ts), which then starts the copy afresh.
 */
import { bandKeys } from './minhash.js';

export interface RememberedCluster {
  id: number;
  signature: Int32Array;
  bands: number[];
  firstSeen: number;
  lastSeen: number;
}

export interface ClusterRow {
  id: number;
  signature: ArrayLike<number>;
  firstSeen: number;
  lastSeen: number;
  changeSeq: number;
}

export class ClusterMemory {
  private readonly byId = new Map<number, RememberedCluster>();
  private readonly byBand = new Map<number, RememberedCluster[]>();
  /** Highest change number applied; null until loaded. */
  changeSeq: number | null = null;
  /** Clusters that began at or before this instant (ms) may be missing from memory. */
  horizon = Number.NEGATIVE_INFINITY;

  constructor(readonly capacity = 100_000) {}

  get size(): number {
    return this.byId.size;
  }

  get loaded(): boolean {
    return this.changeSeq !== null;
  }

  /** Forgets everything; the next batch loads the copy again. */
  reset(): void {
    this.byId.clear();
    this.byBand.clear();
    this.changeSeq = null;
    this.horizon = Number.NEGATIVE_INFINITY;
  }

  /** A fresh copy: the newest `capacity` clusters (by first post) and the change number they are as of. */
  load(rows: readonly ClusterRow[], changeSeq: number, complete: boolean): void {
    this.reset();
    for (const row of rows) this.put(row);
    this.changeSeq = changeSeq;
    if (!complete) for (const row of rows) this.horizon = Math.min(this.horizon === Number.NEGATIVE_INFINITY ? row.firstSeen : this.horizon, row.firstSeen);
  }

  /** Applies clusters inserted or updated since (rows in change order, or all from one batch). */
  apply(rows: readonly ClusterRow[]): void {
    for (const row of rows) {
      if (row.firstSeen <= this.horizon) continue;
      this.put(row);
      if (this.changeSeq === null || row.changeSeq > this.changeSeq) this.changeSeq = row.changeSeq;
    }
    if (this.byId.size > this.capacity) this.evict();
  }

  /** Whether every cluster a post at `at` could join is in memory. */
  covers(at: number, spanMs: number): boolean {
    // A cluster that can take the post began no earlier than at - span; keep a span of margin.
    return at - 2 * spanMs > this.horizon;
  }

  /**
   * Remembered clusters sharing a band key with `bands` that could take a post at `at`: begun
   * within [at - 2·span, at + span] (a cluster spans at most `spanMs`; the same phrasing
   * recurs for weeks and would otherwise pile up on one key).
   */
  lookup(bands: readonly number[], at: number, spanMs: number): Set<RememberedCluster> {
    const found = new Set<RememberedCluster>();
    for (const band of bands) {
      for (const c of this.byBand.get(band) ?? []) if (c.firstSeen >= at - 2 * spanMs && c.firstSeen <= at + spanMs) found.add(c);
    }
    return found;
  }

  get(id: number): RememberedCluster | undefined {
    return this.byId.get(id);
  }

  private put(row: ClusterRow): void {
    const known = this.byId.get(row.id);
    if (known) {
      // The representative (so signature and bands) never changes; the time span does.
      known.firstSeen = row.firstSeen;
      known.lastSeen = row.lastSeen;
      return;
    }
    const signature = row.signature instanceof Int32Array ? row.signature : Int32Array.from(row.signature);
    const cluster: RememberedCluster = { id: row.id, signature, bands: bandKeys(signature), firstSeen: row.firstSeen, lastSeen: row.lastSeen };
    this.byId.set(row.id, cluster);
    for (const band of cluster.bands) {
      const list = this.byBand.get(band);
      if (list) list.push(cluster);
      else this.byBand.set(band, [cluster]);
    }
  }

  /** Drops the clusters that began longest ago, down to 90% of capacity, and moves the horizon. */
  private evict(): void {
    const byStart = [...this.byId.values()].sort((a, b) => a.firstSeen - b.firstSeen);
    const drop = byStart.slice(0, byStart.length - Math.floor(this.capacity * 0.9));
    const last = drop[drop.length - 1];
    if (!last) return;
    // Everything that began at or before the last dropped one is now possibly missing.
    this.horizon = Math.max(this.horizon, last.firstSeen);
    for (const c of byStart) {
      if (c.firstSeen > this.horizon) break;
      this.byId.delete(c.id);
      for (const band of c.bands) {
        const list = this.byBand.get(band)?.filter((x) => x !== c);
        if (!list || list.length === 0) this.byBand.delete(band);
        else this.byBand.set(band, list);
      }
    }
  }
}
