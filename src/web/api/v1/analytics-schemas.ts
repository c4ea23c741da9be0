/** Response schemas of the analytics and mentions API (they also document it in OpenAPI). */
import { z } from 'zod';
import type { TopAccount } from '../../../db/queries/analytics/list-top-accounts.js';
import type { MentionRow } from '../../../db/queries/explorer/search-mentions.js';
import type { MetricSummary } from '../../../domain/analytics-metrics.js';
import type { Breakdown, Overview } from '../../../services/analytics/get-overview.js';

export const ZMetrics = z
  .object({
    mentions: z.number().int(),
    reach: z.number().int(),
    engagement: z.number().int(),
    positive: z.number().int(),
    neutral: z.number().int(),
    negative: z.number().int(),
    engagementRate: z.number().nullable().describe('engagement ÷ reach'),
    netSentiment: z.number().nullable().describe('(positive − negative) ÷ all mentions, −1…1'),
  })
  .meta({ id: 'Metrics' });

export const ZBreakdown = ZMetrics.extend({
  key: z.string().nullable().describe('The dimension value; null = none or unknown'),
  share: z.number().nullable().describe('Share of all mentions in the filtered range'),
}).meta({ id: 'Breakdown' });

const ZRange = z.object({ from: z.string(), to: z.string() });

export const ZTopAccount = z
  .object({ platform: z.string(), handle: z.string(), authorType: z.string(), followers: z.number(), mentions: z.number(), reach: z.number(), engagement: z.number() })
  .meta({ id: 'TopAccount' });

export const ZSpike = z.object({ bucketStart: z.string(), count: z.number(), baseline: z.number(), zScore: z.number(), severity: z.enum(['low', 'medium', 'high']) });

export const ZOverview = z
  .object({
    range: ZRange,
    previous: ZRange,
    totals: ZMetrics,
    previousTotals: ZMetrics,
    change: z.object({ mentions: z.number().nullable(), reach: z.number().nullable(), engagement: z.number().nullable(), netSentiment: z.number().nullable() }),
    grain: z.enum(['hour', 'day']),
    series: z.array(z.object({ bucket: z.string(), mentions: z.number(), reach: z.number(), engagement: z.number(), positive: z.number(), neutral: z.number(), negative: z.number() })),
    platforms: z.array(ZBreakdown),
    provinces: z.array(ZBreakdown),
    regions: z.array(ZBreakdown),
    languages: z.array(ZBreakdown),
    accountTypes: z.array(ZBreakdown),
    agencies: z.array(ZBreakdown.extend({ name: z.string() })),
    issues: z.array(
      z.object({
        issue: z.object({ id: z.number(), key: z.string(), label: z.string(), agencyId: z.number().nullable() }),
        totals: ZMetrics,
        share: z.number().nullable(),
        change: z.number().nullable(),
        spikes: z.array(ZSpike),
      }),
    ),
    accountsAvailable: z.boolean().describe('false when a filter other than time, agency and platform is set (top accounts are then empty)'),
    topAccounts: z.array(ZTopAccount),
    topNews: z.array(ZTopAccount),
  })
  .meta({ id: 'Overview' });

export const ZMention = z
  .object({
    id: z.number(),
    publishedAt: z.string(),
    platform: z.string(),
    url: z.string().nullable(),
    authorHandle: z.string().nullable(),
    authorName: z.string().nullable(),
    authorType: z.string(),
    authorFollowers: z.number().nullable(),
    title: z.string().nullable(),
    text: z.string(),
    language: z.string().nullable(),
    sentiment: z.string().nullable(),
    reach: z.number(),
    engagement: z.number(),
    likes: z.number(),
    replies: z.number(),
    shares: z.number(),
    agencyId: z.number().nullable(),
    issueId: z.number().nullable(),
    provinceCode: z.string().nullable(),
    regionCode: z.string().nullable(),
    hashtags: z.array(z.string()),
  })
  .meta({ id: 'Mention' });

const iso = (d: Date) => new Date(d).toISOString();
const metrics = (m: MetricSummary) => ({
  mentions: m.mentions, reach: m.reach, engagement: m.engagement, positive: m.positive, neutral: m.neutral, negative: m.negative,
  engagementRate: m.engagementRate, netSentiment: m.netSentiment,
});
const breakdown = (b: Breakdown) => ({ ...metrics(b), key: b.key, share: b.share });
const account = (a: TopAccount) => ({ ...a, followers: Number(a.followers) });

export function overviewJson(o: Overview): z.infer<typeof ZOverview> {
  return {
    range: { from: iso(o.range.from), to: iso(o.range.to) },
    previous: { from: iso(o.previous.from), to: iso(o.previous.to) },
    totals: metrics(o.totals),
    previousTotals: metrics(o.previousTotals),
    change: o.change,
    grain: o.grain,
    series: o.series.map((p) => ({ bucket: iso(p.bucket), mentions: p.mentions, reach: p.reach, engagement: p.engagement, positive: p.positive, neutral: p.neutral, negative: p.negative })),
    platforms: o.platforms.map(breakdown),
    provinces: o.provinces.map(breakdown),
    regions: o.regions.map(breakdown),
    languages: o.languages.map(breakdown),
    accountTypes: o.accountTypes.map(breakdown),
    agencies: o.agencies.map((a) => ({ ...breakdown(a), name: a.name })),
    issues: o.issues.map((i) => ({
      issue: { id: Number(i.issue.id), key: i.issue.key, label: i.issue.label, agencyId: i.issue.agencyId === null ? null : Number(i.issue.agencyId) },
      totals: metrics(i.totals),
      share: i.share,
      change: i.change,
      spikes: i.spikes.map((s) => ({ bucketStart: iso(s.bucketStart), count: s.count, baseline: s.baseline, zScore: s.zScore, severity: s.severity })),
    })),
    accountsAvailable: o.accountsAvailable,
    topAccounts: o.topAccounts.map(account),
    topNews: o.topNews.map(account),
  };
}

export function mentionJson(m: MentionRow): z.infer<typeof ZMention> {
  return {
    ...m,
    publishedAt: iso(m.publishedAt),
    agencyId: m.agencyId === null ? null : Number(m.agencyId),
    issueId: m.issueId === null ? null : Number(m.issueId),
    authorFollowers: m.authorFollowers === null ? null : Number(m.authorFollowers),
  };
}
