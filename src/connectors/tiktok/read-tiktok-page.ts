/**
 * TikTok Research API responses: video query (`/v2/research/video/query/`, data.videos) and
 * video comments (`/v2/research/video/comment/list/`, data.comments), with `error.code` "ok".
 * Ids are 64-bit integers, read exactly (the JSON is parsed keeping big integers as strings).
 * Reach: view_count (videos); comments have none, so 0.
 * Engagement: like_count + comment_count + share_count + favorites_count (videos);
 * like_count + reply_count (comments).
 */
import { z } from 'zod';
import { emptyBatch, type ImportBatch } from '../shared/import-report.js';
import { ZCount, notThisFormat, type PageRead } from '../shared/page-reader.js';
import { addMention } from '../shared/validate-mention.js';
import { zodReason } from '../shared/zod-reason.js';

const ZId = z.union([z.string().regex(/^\d{1,25}$/, 'must be a numeric id'), z.number().int().min(0).transform(String)]);
const ZUnixTime = z.union([z.number().int().min(0), z.string().regex(/^\d{1,12}$/).transform(Number)]);

const ZVideo = z.object({
  id: ZId,
  video_description: z.string().optional(),
  voice_to_text: z.string().optional(),
  create_time: ZUnixTime,
  username: z.string().optional(),
  region_code: z.string().optional(),
  like_count: ZCount.optional(),
  comment_count: ZCount.optional(),
  share_count: ZCount.optional(),
  view_count: ZCount.optional(),
  favorites_count: ZCount.optional(),
});

const ZComment = z.object({
  id: ZId,
  video_id: ZId.optional(),
  text: z.string(),
  like_count: ZCount.optional(),
  reply_count: ZCount.optional(),
  parent_comment_id: ZId.optional(),
  create_time: ZUnixTime,
});

const ZPage = z.object({
  data: z.object({
    videos: z.array(z.unknown()).optional(),
    comments: z.array(z.unknown()).optional(),
    cursor: z.union([z.number(), z.string()]).optional(),
    has_more: z.boolean().optional(),
    search_id: z.string().optional(),
  }),
  error: z.object({ code: z.string(), message: z.string().optional() }).optional(),
});

export function readTiktokPage(doc: unknown, at: string): PageRead {
  const page = ZPage.safeParse(doc);
  if (!page.success || (page.data.data.videos === undefined && page.data.data.comments === undefined)) {
    throw notThisFormat(at, 'a TikTok Research API response (data.videos or data.comments)');
  }
  if (page.data.error && page.data.error.code !== 'ok') throw notThisFormat(at, `a successful TikTok response (error.code ${page.data.error.code.slice(0, 40)})`);
  const batch = emptyBatch();
  page.data.data.videos?.forEach((raw, i) => addVideo(batch, raw, `${at} data.videos[${i}]`));
  page.data.data.comments?.forEach((raw, i) => addComment(batch, raw, `${at} data.comments[${i}]`));
  const { has_more: hasMore, cursor } = page.data.data;
  return { batch, next: hasMore && cursor !== undefined ? String(cursor) : null };
}

function addVideo(batch: ImportBatch, raw: unknown, where: string): void {
  const parsed = ZVideo.safeParse(raw);
  if (!parsed.success) return void batch.rejected.push({ at: where, reason: zodReason(parsed.error) });
  const v = parsed.data;
  addMention(batch, where, {
    platform: 'tiktok',
    externalId: v.id,
    url: v.username ? `https://www.tiktok.com/@${encodeURIComponent(v.username)}/video/${v.id}` : null,
    publishedAt: new Date(v.create_time * 1000),
    author: { handle: v.username ?? null, name: null, followers: null, type: 'unknown' },
    title: null,
    // A video without a description still says something; its transcript is the text then.
    text: v.video_description || v.voice_to_text || '',
    metrics: {
      likes: v.like_count ?? 0,
      replies: v.comment_count ?? 0,
      shares: v.share_count ?? 0,
      views: v.view_count ?? null,
      ...(v.favorites_count !== undefined ? { saves: v.favorites_count } : {}),
    },
    lang: null,
  });
}

function addComment(batch: ImportBatch, raw: unknown, where: string): void {
  const parsed = ZComment.safeParse(raw);
  if (!parsed.success) return void batch.rejected.push({ at: where, reason: zodReason(parsed.error) });
  const c = parsed.data;
  addMention(batch, where, {
    platform: 'tiktok',
    externalId: `comment:${c.id}`,
    // The Research API gives no commenter and no comment URL; the video id is all there is.
    url: null,
    publishedAt: new Date(c.create_time * 1000),
    author: { handle: null, name: null, followers: null, type: 'unknown' },
    title: null,
    text: c.text,
    metrics: { likes: c.like_count ?? 0, replies: c.reply_count ?? 0, shares: 0, views: null },
    lang: null,
  });
}
