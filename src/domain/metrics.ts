/**
 * Reach and engagement of one mention, the same for every platform:
 * reach = impressions/views when the platform reports them, else the author's followers;
 * engagement = likes + replies + shares (+ quotes and saves where they exist).
 */
import type { RawMention } from './mention.js';

export function computeReach(item: Pick<RawMention, 'metrics' | 'author'>): number {
  if (item.metrics.views !== null && item.metrics.views !== undefined) return Math.max(0, item.metrics.views);
  return Math.max(0, item.author.followers ?? 0);
}

export function computeEngagement(item: Pick<RawMention, 'metrics'>): number {
  const m = item.metrics;
  return Math.max(0, m.likes + m.replies + m.shares + (m.quotes ?? 0) + (m.saves ?? 0));
}
