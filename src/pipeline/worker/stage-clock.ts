/** Adds up time spent per pipeline stage, for the bench's "where the time goes" table. */
import { performance } from 'node:perf_hooks';

export type StageName = 'claim' | 'normalize' | 'protect' | 'signals' | 'enrich' | 'issue' | 'minhash' | 'dedupe-exact' | 'cluster-find' | 'cluster-plan' | 'cluster-write' | 'store' | 'rollup';

export class StageClock {
  readonly totals = new Map<StageName, number>();

  now(): number {
    return performance.now();
  }

  /** Adds the time since `since` (a `now()` value) to a stage. */
  add(stage: StageName, since: number | undefined): void {
    if (since === undefined) return;
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + performance.now() - since);
  }
}
