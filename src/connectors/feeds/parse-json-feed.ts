/** Maps a JSON Feed 1.0 / 1.1 document to a ParsedFeed; items that break the spec are kept where usable and reported. */
import { z } from 'zod';
import { collapseWhitespace, htmlToText } from './html-text.js';
import { nonEmpty } from './feed-fields.js';
import { parseFeedDate } from './parse-feed-date.js';
import type { FeedItem, ParsedFeed } from './parsed-feed.js';
import { resolveLink } from './resolve-link.js';

const VERSIONS = {
  'https://jsonfeed.org/version/1': 'json10',
  'https://jsonfeed.org/version/1.1': 'json11',
} as const;

const optionalString = z.string().optional().catch(undefined);
const ZAuthor = z.object({ name: optionalString, url: optionalString }).partial().catch({});

const ZJsonFeedItem = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  url: optionalString,
  external_url: optionalString,
  title: optionalString,
  content_html: optionalString,
  content_text: optionalString,
  summary: optionalString,
  date_published: optionalString,
  date_modified: optionalString,
  authors: z.array(ZAuthor).optional().catch(undefined),
  author: ZAuthor.optional(),
  language: optionalString,
});

const ZJsonFeed = z.object({
  version: z.string(),
  title: optionalString,
  home_page_url: optionalString,
  feed_url: optionalString,
  language: optionalString,
  authors: z.array(ZAuthor).optional().catch(undefined),
  author: ZAuthor.optional(),
  items: z.array(z.unknown()).catch([]),
});

/** Returns null when the value is not a JSON Feed at all (the caller then says "not a feed"). */
export function parseJsonFeed(value: unknown, documentUrl: string | null): ParsedFeed | null {
  const parsed = ZJsonFeed.safeParse(value);
  if (!parsed.success) return null;
  const feed = parsed.data;
  const version = VERSIONS[feed.version.trim().replace(/\/+$/, '') as keyof typeof VERSIONS];
  if (!version) return null;
  const problems: string[] = [];
  const base = documentUrl ?? resolveLink(feed.feed_url, []) ?? resolveLink(feed.home_page_url, []);
  const feedAuthor = authorOf(feed.authors, feed.author);
  const items: FeedItem[] = [];
  feed.items.forEach((raw, index) => {
    const item = ZJsonFeedItem.safeParse(raw);
    if (!item.success) {
      problems.push(`item ${index + 1} has no id`);
      return;
    }
    const i = item.data;
    const contentText = nonEmpty(i.content_text ? collapseWhitespace(i.content_text) : i.content_html ? htmlToText(i.content_html) : null);
    const summary = nonEmpty(i.summary ? collapseWhitespace(i.summary) : null) ?? contentText;
    items.push({
      id: i.id,
      title: nonEmpty(i.title ? collapseWhitespace(i.title) : null),
      link: resolveLink(i.url, [base]) ?? resolveLink(i.external_url, [base]),
      published: parseFeedDate(i.date_published) ?? parseFeedDate(i.date_modified),
      author: authorOf(i.authors, i.author) ?? feedAuthor,
      summary,
      content: contentText ?? summary,
      lang: i.language ?? feed.language ?? null,
    });
  });
  return {
    version,
    title: nonEmpty(feed.title ? collapseWhitespace(feed.title) : null),
    link: resolveLink(feed.home_page_url, [base]),
    lang: feed.language ?? null,
    bozo: problems.length > 0,
    bozoReason: problems.length > 0 ? problems.slice(0, 3).join('; ') : null,
    items,
  };
}

function authorOf(authors: { name?: string | undefined }[] | undefined, author: { name?: string | undefined } | undefined): string | null {
  const names = (authors ?? (author ? [author] : []))
    .map((a) => (a.name ? collapseWhitespace(a.name) : ''))
    .filter((name) => name !== '');
  return names.length > 0 ? names.join(', ') : null;
}
