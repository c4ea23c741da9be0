/**
 * Reads any supported feed — RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1 — from bytes.
 * Recoverable damage (bad encoding, malformed XML) sets `bozo` with the reason; input that is
 * not a feed raises AppError('unprocessable', 'not a feed: …').
 */
import { AppError } from '../../lib/app-error.js';
import { decodeFeedBytes } from './decode-feed-bytes.js';
import { parseAtom } from './parse-atom.js';
import { parseJsonFeed } from './parse-json-feed.js';
import { parseRss } from './parse-rss.js';
import type { ParsedFeed } from './parsed-feed.js';
import { NS, readXml } from './xml-tree.js';

/** Far above any real feed; bounds memory and time for hostile input. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

export interface ParseFeedOptions {
  /** Where the feed was fetched from: the base for relative links. */
  url?: string | null;
  /** The charset from the HTTP Content-Type header, if any. */
  httpCharset?: string | null;
}

export function parseFeed(bytes: Uint8Array, options: ParseFeedOptions = {}): ParsedFeed {
  if (bytes.byteLength > MAX_FEED_BYTES) {
    throw new AppError('payload_too_large', `not a feed: larger than ${MAX_FEED_BYTES / 1024 / 1024} MiB`);
  }
  const decoded = decodeFeedBytes(bytes, options.httpCharset);
  const text = decoded.text;
  const start = text.trimStart();
  if (start === '') throw notAFeed('the document is empty');
  const url = options.url ?? null;

  if (start.startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(start);
    } catch {
      throw notAFeed('the document is neither XML nor valid JSON');
    }
    const feed = parseJsonFeed(value, url);
    if (!feed) throw notAFeed('JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)');
    return withProblems(feed, [decoded.problem]);
  }

  const doc = readXml(text);
  const root = doc.root;
  if (!root) throw notAFeed('no XML root element found');
  let body: Omit<ParsedFeed, 'bozo' | 'bozoReason'>;
  if (root.local === 'rss' || root.local === 'channel' || (root.local === 'rdf' && (root.ns === NS.rdf || root.ns === null))) {
    body = parseRss(root, url);
  } else if (root.local === 'feed') {
    body = parseAtom(root, url);
  } else {
    const name = /^[a-z][\w.-]{0,39}$/.test(root.local) ? `<${root.local}>` : 'unreadable';
    throw notAFeed(`the root element is ${name}, not rss, rdf:RDF or feed`);
  }
  return withProblems({ ...body, bozo: false, bozoReason: null }, [decoded.problem, doc.error]);
}

function withProblems(feed: ParsedFeed, problems: (string | null)[]): ParsedFeed {
  const all = [...problems.filter((p): p is string => p !== null), ...(feed.bozoReason ? [feed.bozoReason] : [])];
  return { ...feed, bozo: all.length > 0, bozoReason: all.length > 0 ? all.join('; ') : null };
}

function notAFeed(reason: string): AppError {
  return new AppError('unprocessable', `not a feed: ${reason}`);
}
