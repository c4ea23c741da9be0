/**
 * Spike detection over counts per time bucket: an exponentially weighted mean and variance
 * form the baseline, and a bucket far above it (z-score, with a Poisson floor so quiet series
 * do not alarm on two posts) raises an alert with a severity. Pure.
 */

export type SpikeSeverity = 'low' | 'medium' | 'high';

export interface SpikeAlert {
  /** The issue id or agency code the series belongs to. */
  key: string;
  bucketStart: Date;
  count: number;
  baseline: number;
  zScore: number;
  severity: SpikeSeverity;
}

export interface DetectSpikesOptions {
  /**
   * Bucket length. Default 3 hours. minZ and minCount were chosen by scripts/tune-issues.ts on the
   * demo generator's `tune` seed (20,000 mentions in 30 days), never on the seed the bench reports.
   */
  bucketMs?: number;
  /** EWMA smoothing factor. Default 0.05 (a baseline of roughly the last week). */
  alpha?: number;
  /** Buckets before any alert, to learn a baseline. Default 16 (two days). */
  warmup?: number;
  /** Smallest z-score that alerts (low). Default 3; medium at 1.5×, high at 2.5×. */
  minZ?: number;
  /** Fewest posts in a bucket that may alert. Default 12. */
  minCount?: number;
}

export interface TimedItem {
  key: string | null | undefined;
  publishedAt: Date;
}

/** Alerts for every key, in time order then key order. */
export function detectSpikes(items: readonly TimedItem[], options: DetectSpikesOptions = {}): SpikeAlert[] {
  const bucketMs = options.bucketMs ?? 3 * 3_600_000;
  const counts: BucketCount[] = [];
  const index = new Map<string, BucketCount>();
  for (const item of items) {
    if (item.key === null || item.key === undefined) continue;
    const bucket = Math.floor(item.publishedAt.getTime() / bucketMs);
    const id = `${bucket}\u0001${item.key}`;
    const found = index.get(id);
    if (found) found.count++;
    else {
      const entry = { key: item.key, bucket, count: 1 };
      index.set(id, entry);
      counts.push(entry);
    }
  }
  return detectSpikesInCounts(counts, options);
}

export interface BucketCount {
  key: string;
  /** Bucket number: floor(epoch ms / bucketMs). */
  bucket: number;
  count: number;
}

/**
 * The same alerts from counts already grouped per bucket (e.g. read from hourly rollups), so
 * dashboards need not load every post. Buckets run from the first to the last bucket seen
 * (or `range`, when given), absent buckets counting zero.
 */
export function detectSpikesInCounts(
  counts: readonly BucketCount[],
  options: DetectSpikesOptions = {},
  range?: { firstBucket: number; lastBucket: number },
): SpikeAlert[] {
  const bucketMs = options.bucketMs ?? 3 * 3_600_000;
  const alpha = options.alpha ?? 0.05;
  const warmup = options.warmup ?? 16;
  const minZ = options.minZ ?? 3;
  const minCount = options.minCount ?? 12;
  if (counts.length === 0) return [];
  let first = range?.firstBucket ?? Infinity;
  let last = range?.lastBucket ?? -Infinity;
  const series = new Map<string, Map<number, number>>();
  for (const c of counts) {
    if (!range) {
      first = Math.min(first, c.bucket);
      last = Math.max(last, c.bucket);
    }
    const s = series.get(c.key) ?? new Map<number, number>();
    s.set(c.bucket, (s.get(c.bucket) ?? 0) + c.count);
    series.set(c.key, s);
  }
  const alerts: SpikeAlert[] = [];
  for (const key of [...series.keys()].sort()) {
    const perBucket = series.get(key) as Map<number, number>;
    let mean = 0;
    let variance = 0;
    for (let b = first, seen = 0; b <= last; b += 1, seen += 1) {
      const count = perBucket.get(b) ?? 0;
      if (seen >= warmup && count >= minCount) {
        const z = (count - mean) / Math.sqrt(variance + mean + 1);
        if (z >= minZ) {
          const severity: SpikeSeverity = z >= minZ * 2.5 ? 'high' : z >= minZ * 1.5 ? 'medium' : 'low';
          alerts.push({ key, bucketStart: new Date(b * bucketMs), count, baseline: Number(mean.toFixed(3)), zScore: Number(z.toFixed(2)), severity });
        }
      }
      // Standard EWMA update of mean and variance.
      const diff = count - mean;
      const increment = alpha * diff;
      mean += increment;
      variance = (1 - alpha) * (variance + diff * increment);
    }
  }
  return alerts.sort((a, b) => a.bucketStart.getTime() - b.bucketStart.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
