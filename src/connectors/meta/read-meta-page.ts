/**
 * Meta Graph API pages: Facebook Page posts (`/{page-id}/posts`) and comments
 * (`/{object-id}/comments`), Instagram media (`/{ig-user-id}/media`) and their comments,
 * each as `{ data: [...], paging: { cursors: { before, after }, next } }`. Comments embedded in a
 * post (`comments.data`) are imported too.
 * Reach: post_impressions (or IG views/impressions) from `insights` when requested, else the
 * author's followers (`from.followers_count`, IG `followers_count`), else 0.
 * Engagement: Facebook posts reactions + comments + shares; comments like_count + comment_count;
 * Instagram like_count + comments_count (+ saved from insights).
 */
import { z } from 'zod';
import type { Platform, RawMetrics } from '../../domain/mention.js';
import { parseFeedDate } from '../feeds/parse-feed-date.js';
import { emptyBatch, type ImportBatch } from '../shared/import-report.js';
import { ZCount, notThisFormat, toCount, type PageRead } from '../shared/page-reader.js';
import { addMention } from '../shared/validate-mention.js';
import { zodReason } from '../shared/zod-reason.js';

const ZSummary = z.object({ summary: z.object({ total_count: ZCount.optional() }).optional(), data: z.array(z.unknown()).optional() }).optional();
const ZInsights = z
  .object({ data: z.array(z.object({ name: z.string(), values: z.array(z.object({ value: z.unknown() })).optional() })) })
  .optional();

const ZMetaRecord = z.object({
  id: z.string().regex(/^[\d_]{1,64}$/, 'must be a Graph object id'),
  message: z.string().optional(),
  caption: z.string().optional(),
  text: z.string().optional(),
  created_time: z.string().optional(),
  timestamp: z.string().optional(),
  permalink_url: z.string().optional(),
  permalink: z.string().optional(),
  media_type: z.string().optional(),
  username: z.string().optional(),
  from: z.object({ id: z.string().optional(), name: z.string().optional(), username: z.string().optional(), followers_count: ZCount }).partial().optional(),
  followers_count: ZCount.optional(),
  shares: z.object({ count: ZCount.optional() }).optional(),
  reactions: ZSummary,
  likes: ZSummary,
  comments: ZSummary,
  like_count: ZCount.optional(),
  comment_count: ZCount.optional(),
  comments_count: ZCount.optional(),
  insights: ZInsights,
});
type MetaRecord = z.infer<typeof ZMetaRecord>;

const ZMetaPage = z.object({
  data: z.array(z.unknown()),
  paging: z.object({ cursors: z.object({ after: z.string().optional() }).partial().optional(), next: z.string().optional() }).optional(),
});

export function readMetaPage(doc: unknown, at: string): PageRead {
  const page = ZMetaPage.safeParse(doc);
  if (!page.success) throw notThisFormat(at, 'a Meta Graph API list response (data, paging)');
  const batch = emptyBatch();
  page.data.data.forEach((raw, index) => readRecord(batch, raw, `${at} data[${index}]`, 0));
  return { batch, next: page.data.paging?.next ?? null };
}

function readRecord(batch: ImportBatch, raw: unknown, where: string, depth: number): void {
  const parsed = ZMetaRecord.safeParse(raw);
  if (!parsed.success) return void batch.rejected.push({ at: where, reason: zodReason(parsed.error) });
  const r = parsed.data;
  const kind = kindOf(r);
  const publishedAt = parseFeedDate(r.created_time ?? r.timestamp);
  const text = r.message ?? r.caption ?? r.text;
  if (!publishedAt) return void batch.rejected.push({ at: where, reason: `${r.timestamp !== undefined ? 'timestamp' : 'created_time'}: missing or not a date` });
  if (!text) return void batch.rejected.push({ at: where, reason: 'no message, caption or text' });
  const platform: Platform = kind.startsWith('ig') ? 'instagram' : 'facebook';
  const url = r.permalink_url ?? r.permalink ?? (platform === 'facebook' ? `https://www.facebook.com/${r.id}` : null);
  addMention(batch, where, {
    platform,
    externalId: r.id,
    url: url && /^https?:\/\//.test(url) ? url : null,
    publishedAt,
    author: {
      handle: r.username ?? r.from?.username ?? null,
      name: r.from?.name ?? null,
      followers: r.from?.followers_count ?? r.followers_count ?? null,
      type: 'unknown',
    },
    title: null,
    text,
    metrics: metricsOf(kind, r),
    lang: null,
  });
  // A post fetched with comments{…} carries its first comments inline; one level is enough.
  if (depth === 0) r.comments?.data?.forEach((c, i) => readRecord(batch, c, `${where}.comments.data[${i}]`, 1));
}

type Kind = 'fb-post' | 'fb-comment' | 'ig-media' | 'ig-comment';

/** Graph responses carry no type field, so the fields each object type has decide. */
function kindOf(r: MetaRecord): Kind {
  if (r.media_type !== undefined || r.caption !== undefined || r.comments_count !== undefined) return 'ig-media';
  if (r.timestamp !== undefined && r.text !== undefined) return 'ig-comment';
  if (r.comment_count !== undefined || r.like_count !== undefined) return 'fb-comment';
  return 'fb-post';
}

function metricsOf(kind: Kind, r: MetaRecord): RawMetrics {
  const views = insight(r, ['post_impressions', 'views', 'impressions', 'plays']);
  switch (kind) {
    case 'fb-post':
      return {
        likes: r.reactions?.summary?.total_count ?? r.likes?.summary?.total_count ?? 0,
        replies: r.comments?.summary?.total_count ?? 0,
        shares: r.shares?.count ?? 0,
        views,
      };
    case 'fb-comment':
      return { likes: r.like_count ?? 0, replies: r.comment_count ?? 0, shares: 0, views: null };
    case 'ig-media': {
      const saved = insight(r, ['saved']);
      return { likes: r.like_count ?? 0, replies: r.comments_count ?? 0, shares: insight(r, ['shares']) ?? 0, views, ...(saved !== null ? { saves: saved } : {}) };
    }
    case 'ig-comment':
      return { likes: r.like_count ?? 0, replies: 0, shares: 0, views: null };
  }
}

function insight(r: MetaRecord, names: readonly string[]): number | null {
  for (const name of names) {
    const metric = r.insights?.data.find((d) => d.name === name);
    const value = toCount(metric?.values?.[0]?.value);
    if (value !== undefined) return value;
  }
  return null;
}
