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
  const alpha = options.alpha ?? 0.05;
  const warmup = options.warmup ?? 16;
  const minZ = options.minZ ?? 3;
  const minCount = options.minCount ?? 12;
  if (items.length === 0) return [];
  let first = Infinity;
  let last = -Infinity;
  const counts = new Map<string, Map<number, number>>();
  for (const item of items) {
    if (item.key === null || item.key === undefined) continue;
    const bucket = Math.floor(item.publishedAt.getTime() / bucketMs);
    first = Math.min(first, bucket);
    last = Math.max(last, bucket);
    const series = counts.get(item.key) ?? new Map<number, number>();
    series.set(bucket, (series.get(bucket) ?? 0) + 1);
    counts.set(item.key, series);
  }
  const alerts: SpikeAlert[] = [];
  for (const key of [...counts.keys()].sort()) {
    const series = counts.get(key) as Map<number, number>;
    let mean = 0;
    let variance = 0;
    for (let b = first, seen = 0; b <= last; b += 1, seen += 1) {
      const count = series.get(b) ?? 0;
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
