/**
 * The console's metric definitions, in one place (docs/console.md repeats them):
 * engagement rate = engagement ÷ reach; net sentiment = (positive − negative) ÷ all mentions
 * (unscored mentions count in "all", so a batch the model could not score pulls it to 0 rather
 * than being ignored); share of voice = a part's mentions ÷ all mentions in the caller's scope;
 * change = (current − previous) ÷ previous over the same-length period just before.
 */

export interface MetricTotals {
  mentions: number;
  reach: number;
  engagement: number;
  positive: number;
  neutral: number;
  negative: number;
}

/** null when there is no reach to divide by. */
export function engagementRate(t: Pick<MetricTotals, 'reach' | 'engagement'>): number | null {
  return t.reach > 0 ? t.engagement / t.reach : null;
}

/** Between −1 and 1; null when there are no mentions. */
export function netSentiment(t: Pick<MetricTotals, 'mentions' | 'positive' | 'negative'>): number | null {
  return t.mentions > 0 ? (t.positive - t.negative) / t.mentions : null;
}

export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Relative change; null when the previous period had nothing (a change from 0 has no ratio). */
export function relativeChange(current: number, previous: number): number | null {
  return previous > 0 ? (current - previous) / previous : null;
}

export interface MetricSummary extends MetricTotals {
  engagementRate: number | null;
  netSentiment: number | null;
}

export function summarizeMetrics(t: MetricTotals): MetricSummary {
  return { ...t, engagementRate: engagementRate(t), netSentiment: netSentiment(t) };
}
