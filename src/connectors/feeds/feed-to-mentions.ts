/**
 * Feed items as RawMentions. Feeds carry no audience numbers, so metrics are zero and views null:
 * reach falls back to followers (unknown, so 0) and engagement is 0 — documented in docs/connectors.md.
 */
import crypto from 'node:crypto';
import type { AuthorType, Platform } from '../../domain/mention.js';
import { emptyBatch, type ImportBatch } from '../shared/import-report.js';
import { addMention } from '../shared/validate-mention.js';
import type { ParsedFeed } from './parsed-feed.js';

export interface FeedMappingOptions {
  platform: Platform;
  /** Used as the publication time of undated items: the first time they were seen. */
  fetchedAt: Date;
}

const AUTHOR_TYPE_BY_PLATFORM: Partial<Record<Platform, AuthorType>> = { news: 'media', portal: 'government' };

export function feedToMentions(feed: ParsedFeed, options: FeedMappingOptions): ImportBatch {
  const batch = emptyBatch();
  feed.items.forEach((item, index) => {
    const at = `items[${index}]`;
    const text = item.content ?? item.summary ?? item.title;
    if (!text) {
      batch.rejected.push({ at, reason: 'item has neither title nor text' });
      return;
    }
    // Without guid or link, the content itself is the only stable identity the item has.
    const externalId = item.id ?? item.link ?? `sha256:${crypto.createHash('sha256').update(`${item.title ?? ''}\n${text}`).digest('hex')}`;
    addMention(batch, at, {
      platform: options.platform,
      externalId: externalId.slice(0, 512),
      url: item.link,
      publishedAt: item.published ?? options.fetchedAt,
      author: { handle: null, name: item.author, followers: null, type: AUTHOR_TYPE_BY_PLATFORM[options.platform] ?? 'unknown' },
      title: item.title,
      text,
      metrics: { likes: 0, replies: 0, shares: 0, views: null },
      lang: item.lang ?? feed.lang,
    });
  });
  return batch;
}
