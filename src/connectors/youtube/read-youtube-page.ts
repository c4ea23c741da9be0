/**
 * YouTube Data API v3 `commentThreads.list` responses (part=snippet,replies): each thread's
 * top-level comment and any replies included with it become mentions.
 * Reach: YouTube reports no views or followers per comment, so reach is 0.
 * Engagement: likeCount + totalReplyCount (top-level comments); likeCount (replies).
 */
import { z } from 'zod';
import { htmlToText } from '../feeds/html-text.js';
import { parseFeedDate } from '../feeds/parse-feed-date.js';
import { emptyBatch, type ImportBatch } from '../shared/import-report.js';
import { ZCount, notThisFormat, type PageRead } from '../shared/page-reader.js';
import { addMention } from '../shared/validate-mention.js';
import { zodReason } from '../shared/zod-reason.js';

const ZComment = z.object({
  id: z.string().min(1).max(200),
  snippet: z.object({
    videoId: z.string().optional(),
    textDisplay: z.string().optional(),
    textOriginal: z.string().optional(),
    authorDisplayName: z.string().optional(),
    authorChannelUrl: z.string().optional(),
    likeCount: ZCount,
    publishedAt: z.string(),
    parentId: z.string().optional(),
  }),
});

const ZThread = z.object({
  id: z.string(),
  snippet: z.object({
    videoId: z.string().optional(),
    topLevelComment: z.unknown(),
    totalReplyCount: ZCount,
  }),
  replies: z.object({ comments: z.array(z.unknown()) }).optional(),
});

const ZPage = z.object({
  kind: z.literal('youtube#commentThreadListResponse').optional(),
  items: z.array(z.unknown()),
  nextPageToken: z.string().optional(),
});

export function readYoutubePage(doc: unknown, at: string): PageRead {
  const page = ZPage.safeParse(doc);
  if (!page.success) throw notThisFormat(at, 'a YouTube commentThreads response (items, nextPageToken)');
  const batch = emptyBatch();
  page.data.items.forEach((raw, index) => {
    const where = `${at} items[${index}]`;
    const thread = ZThread.safeParse(raw);
    if (!thread.success) return void batch.rejected.push({ at: where, reason: zodReason(thread.error) });
    const videoId = thread.data.snippet.videoId;
    addComment(batch, thread.data.snippet.topLevelComment, `${where}.snippet.topLevelComment`, videoId, thread.data.snippet.totalReplyCount);
    thread.data.replies?.comments.forEach((reply, i) => addComment(batch, reply, `${where}.replies.comments[${i}]`, videoId, 0));
  });
  return { batch, next: page.data.nextPageToken ?? null };
}

function addComment(batch: ImportBatch, raw: unknown, where: string, threadVideoId: string | undefined, replies: number): void {
  const parsed = ZComment.safeParse(raw);
  if (!parsed.success) return void batch.rejected.push({ at: where, reason: zodReason(parsed.error) });
  const { id, snippet } = parsed.data;
  const publishedAt = parseFeedDate(snippet.publishedAt);
  if (!publishedAt) return void batch.rejected.push({ at: where, reason: 'snippet.publishedAt: not a date' });
  // textOriginal is the plain text as written; textDisplay is HTML and only a fallback.
  const text = snippet.textOriginal ?? (snippet.textDisplay !== undefined ? htmlToText(snippet.textDisplay) : '');
  const videoId = snippet.videoId ?? threadVideoId;
  const display = snippet.authorDisplayName ?? null;
  addMention(batch, where, {
    platform: 'youtube',
    externalId: id,
    url: videoId ? `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&lc=${encodeURIComponent(id)}` : null,
    publishedAt,
    author: {
      // Channels now display as "@handle"; older ones show a free-form name only.
      handle: display?.startsWith('@') ? display.slice(1) : null,
      name: display,
      followers: null,
      type: 'unknown',
    },
    title: null,
    text,
    metrics: { likes: snippet.likeCount, replies, shares: 0, views: null },
    lang: null,
  });
}
