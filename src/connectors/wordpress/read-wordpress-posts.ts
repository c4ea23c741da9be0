/**
 * WordPress REST API posts (`/wp-json/wp/v2/posts?_embed=author`), which many agency sites run.
 * `date_gmt` is UTC without a zone suffix; titles and bodies are rendered HTML.
 * Reach and engagement: WordPress reports neither views nor followers, so both are 0.
 */
import { z } from 'zod';
import type { AuthorType, Platform } from '../../domain/mention.js';
import { htmlToText } from '../feeds/html-text.js';
import { parseFeedDate } from '../feeds/parse-feed-date.js';
import { resolveLink } from '../feeds/resolve-link.js';
import { emptyBatch, type ImportBatch } from '../shared/import-report.js';
import { notThisFormat } from '../shared/page-reader.js';
import { addMention } from '../shared/validate-mention.js';
import { zodReason } from '../shared/zod-reason.js';

const ZRendered = z.object({ rendered: z.string() });

const ZWordpressPost = z.object({
  id: z.number().int().min(1),
  date: z.string().optional(),
  date_gmt: z.string().nullable().optional(),
  link: z.string().optional(),
  status: z.string().optional(),
  type: z.string().optional(),
  title: ZRendered.optional(),
  excerpt: ZRendered.optional(),
  content: ZRendered.optional(),
  _embedded: z.object({ author: z.array(z.object({ name: z.string().optional(), slug: z.string().optional() }).passthrough()).optional() }).optional(),
});

const AUTHOR_TYPE_BY_PLATFORM: Partial<Record<Platform, AuthorType>> = { portal: 'government', news: 'media' };

export function readWordpressPosts(doc: unknown, at: string, options: { platform: Platform; siteUrl: string | null }): ImportBatch {
  if (!Array.isArray(doc)) throw notThisFormat(at, 'a WordPress posts list (a JSON array)');
  const batch = emptyBatch();
  doc.forEach((raw, index) => {
    const where = `${at} [${index}]`;
    const parsed = ZWordpressPost.safeParse(raw);
    if (!parsed.success) return void batch.rejected.push({ at: where, reason: zodReason(parsed.error) });
    const post = parsed.data;
    // date_gmt has no zone designator but is UTC; `date` is site-local and only a fallback.
    const publishedAt = post.date_gmt ? parseFeedDate(`${post.date_gmt.replace(/Z$/, '')}Z`) : parseFeedDate(post.date);
    if (!publishedAt) return void batch.rejected.push({ at: where, reason: 'date_gmt: missing or not a date' });
    const title = post.title ? htmlToText(post.title.rendered) || null : null;
    const text = (post.content && htmlToText(post.content.rendered)) || (post.excerpt && htmlToText(post.excerpt.rendered)) || title || '';
    const author = post._embedded?.author?.[0];
    addMention(batch, where, {
      platform: options.platform,
      externalId: String(post.id),
      url: resolveLink(post.link, [options.siteUrl]),
      publishedAt,
      author: { handle: author?.slug ?? null, name: author?.name ?? null, followers: null, type: AUTHOR_TYPE_BY_PLATFORM[options.platform] ?? 'unknown' },
      title,
      text,
      metrics: { likes: 0, replies: 0, shares: 0, views: null },
      lang: null,
    });
  });
  return batch;
}

