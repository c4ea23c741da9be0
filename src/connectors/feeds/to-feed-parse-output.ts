/** The JSON shape `humas feed parse` prints (snake_case, dates as ISO 8601 UTC or null). */
import type { ParsedFeed } from './parsed-feed.js';

export interface FeedParseOutput {
  version: string;
  title: string | null;
  link: string | null;
  bozo: boolean;
  bozo_reason: string | null;
  items: { id: string | null; title: string | null; link: string | null; published: string | null; author: string | null; summary: string | null }[];
}

export function toFeedParseOutput(feed: ParsedFeed): FeedParseOutput {
  return {
    version: feed.version,
    title: feed.title,
    link: feed.link,
    bozo: feed.bozo,
    bozo_reason: feed.bozoReason,
    items: feed.items.map((item) => ({
      id: item.id,
      title: item.title,
      link: item.link,
      published: item.published ? item.published.toISOString().replace(/\.000Z$/, 'Z') : null,
      author: item.author,
      summary: item.summary,
    })),
  };
}
