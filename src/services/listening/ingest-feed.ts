/** `humas ingest feed <url|file>`: reads one feed now and hands its items to the pipeline. */
import path from 'node:path';
import type { Platform } from '../../domain/mention.js';
import type { Db } from '../../db/db.js';
import { feedToMentions } from '../../connectors/feeds/feed-to-mentions.js';
import { parseFeedSafely, readFeedFile } from '../../connectors/feeds/read-feed-file.js';
import type { ParsedFeed } from '../../connectors/feeds/parsed-feed.js';
import { charsetOf, safeFetch, type FetchPolicy } from '../../connectors/http/safe-fetch.js';
import { summarizeBatch } from '../../connectors/shared/import-report.js';
import type { IngestSink } from '../../connectors/shared/ingest-sink.js';
import { AppError } from '../../lib/app-error.js';
import type { IngestReport } from './ingest-report.js';
import { findNamedSource, resolveImportSource } from './resolve-import-source.js';

export interface IngestFeedInput {
  target: string;
  sourceName?: string | undefined;
  platform: Platform;
  /** Allow private addresses for this URL (an intranet feed). */
  isInternal: boolean;
}

export async function ingestFeed(
  db: Db,
  sink: IngestSink | null,
  input: IngestFeedInput,
  deps: { now: () => Date; fetch?: Omit<FetchPolicy, 'allowPrivate'> },
): Promise<IngestReport> {
  const isUrl = /^https?:\/\//i.test(input.target);
  const name = input.sourceName ?? (isUrl ? input.target : `file:${path.basename(input.target)}`);
  const known = sink ? await findNamedSource(db, name) : null;
  const feed = isUrl ? await fetchFeed(input.target, { ...deps.fetch, allowPrivate: input.isInternal || (known?.isInternal ?? false) }) : await readFeedFile(input.target);
  const batch = feedToMentions(feed, { platform: input.platform, fetchedAt: deps.now() });
  const source = sink ? await resolveImportSource(db, { name, platform: input.platform, url: isUrl ? input.target : null }) : null;
  const stored = sink && source && batch.items.length > 0 ? await sink(source.id, batch.items) : { accepted: 0, duplicates: 0, refused: 0 };
  return { source: source ? { id: source.id, name: source.name } : null, ...summarizeBatch(batch), ...stored, dryRun: sink === null, bozo: feed.bozo ? { reason: feed.bozoReason } : undefined };
}

async function fetchFeed(url: string, policy: FetchPolicy): Promise<ParsedFeed> {
  const res = await safeFetch({ url, headers: { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5' } }, policy);
  if (res.status !== 200) throw new AppError('unavailable', `the feed answered HTTP ${res.status}`);
  return parseFeedSafely(res.body, { url: res.url, httpCharset: charsetOf(res.headers['content-type']) });
}
