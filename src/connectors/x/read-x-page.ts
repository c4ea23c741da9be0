/**
 * X API v2 responses (`GET /2/tweets/search/recent`, timelines, lookups) with `expansions=author_id`:
 * posts in `data`, their authors in `includes.users`, `public_metrics` on both.
 * Reach: impression_count when present, else the author's followers_count.
 * Engagement: like_count + reply_count + retweet_count + quote_count + bookmark_count.
 */
import { z } from 'zod';
import type { AuthorType } from '../../domain/mention.js';
import { parseFeedDate } from '../feeds/parse-feed-date.js';
import { emptyBatch } from '../shared/import-report.js';
import { notThisFormat, type PageRead } from '../shared/page-reader.js';
import { addMention } from '../shared/validate-mention.js';
import { zodReason } from '../shared/zod-reason.js';

const count = z.number().int().min(0);

const ZXPost = z.object({
  id: z.string().regex(/^\d{1,25}$/, 'must be a numeric id string'),
  text: z.string(),
  author_id: z.string().optional(),
  created_at: z.string(),
  lang: z.string().optional(),
  note_tweet: z.object({ text: z.string() }).optional(),
  public_metrics: z.object({
    retweet_count: count,
    reply_count: count,
    like_count: count,
    quote_count: count,
    bookmark_count: count.optional(),
    impression_count: count.optional(),
  }),
});

const ZXUser = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  verified_type: z.string().optional(),
  public_metrics: z.object({ followers_count: count.optional() }).optional(),
});

const ZXPage = z
  .object({
    data: z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]).optional(),
    includes: z.object({ users: z.array(z.unknown()).optional() }).optional(),
    meta: z.object({ next_token: z.string().optional(), result_count: z.number().optional() }).optional(),
    errors: z.array(z.unknown()).optional(),
  })
  .refine((page) => page.data !== undefined || page.meta !== undefined, 'neither data nor meta');

const AUTHOR_TYPES: Record<string, AuthorType> = { government: 'government', business: 'organization' };

export function readXPage(doc: unknown, at: string): PageRead {
  const page = ZXPage.safeParse(doc);
  if (!page.success) throw notThisFormat(at, 'an X API v2 response (data, includes.users, meta)');
  const users = new Map<string, z.infer<typeof ZXUser>>();
  for (const raw of page.data.includes?.users ?? []) {
    const user = ZXUser.safeParse(raw);
    if (user.success) users.set(user.data.id, user.data);
  }
  const data = page.data.data === undefined ? [] : Array.isArray(page.data.data) ? page.data.data : [page.data.data];
  const batch = emptyBatch();
  data.forEach((raw, index) => {
    const where = `${at} data[${index}]`;
    const parsed = ZXPost.safeParse(raw);
    if (!parsed.success) return void batch.rejected.push({ at: where, reason: zodReason(parsed.error) });
    const post = parsed.data;
    const publishedAt = parseFeedDate(post.created_at);
    if (!publishedAt) return void batch.rejected.push({ at: where, reason: 'created_at: not a date' });
    const author = post.author_id ? users.get(post.author_id) : undefined;
    const m = post.public_metrics;
    addMention(batch, where, {
      platform: 'x',
      externalId: post.id,
      url: author ? `https://x.com/${encodeURIComponent(author.username)}/status/${post.id}` : `https://x.com/i/web/status/${post.id}`,
      publishedAt,
      author: {
        handle: author?.username ?? null,
        name: author?.name ?? null,
        followers: author?.public_metrics?.followers_count ?? null,
        type: AUTHOR_TYPES[author?.verified_type ?? ''] ?? 'unknown',
      },
      title: null,
      // Long posts carry their full text in note_tweet; `text` is then truncated.
      text: post.note_tweet?.text ?? post.text,
      metrics: {
        likes: m.like_count,
        replies: m.reply_count,
        shares: m.retweet_count,
        quotes: m.quote_count,
        ...(m.bookmark_count !== undefined ? { saves: m.bookmark_count } : {}),
        views: m.impression_count ?? null,
      },
      lang: normaliseLang(post.lang),
    });
  });
  return { batch, next: page.data.meta?.next_token ?? null };
}

/** X tags Indonesian with the retired code "in"; "und" and "zxx" mean no language. */
function normaliseLang(lang: string | undefined): string | null {
  if (!lang || lang === 'und' || lang === 'zxx' || lang === 'qme' || lang === 'qht') return null;
  return lang === 'in' ? 'id' : lang;
}
