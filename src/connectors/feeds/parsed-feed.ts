/** What every feed format is read into: the fields `humas feed parse` prints and connectors map. */

export const FEED_VERSIONS = [
  'rss090', 'rss091', 'rss092', 'rss093', 'rss094', 'rss20', 'rss', 'rss10',
  'atom03', 'atom10', 'atom', 'json10', 'json11',
] as const;
export type FeedVersion = (typeof FEED_VERSIONS)[number];

export interface FeedItem {
  /** guid / atom:id / JSON Feed id; else the link; null when the feed gives neither. */
  id: string | null;
  title: string | null;
  /** Absolute http(s) URL, or null when none can be resolved. */
  link: string | null;
  published: Date | null;
  author: string | null;
  /** Plain text: HTML removed, entities decoded. */
  summary: string | null;
  /** Full content as plain text when the feed carries it apart from the summary. */
  content: string | null;
  lang: string | null;
}

export interface ParsedFeed {
  version: FeedVersion;
  title: string | null;
  link: string | null;
  lang: string | null;
  /** True when the document was not well-formed (or lied about its encoding) but could be read. */
  bozo: boolean;
  bozoReason: string | null;
  items: FeedItem[];
}
