/**
 * Polls one source once: fetch (conditionally where the source supports it), read, validate,
 * hand the items to the sink. Never throws: every failure becomes an outcome with a reason code
 * (no content, no URLs with tokens), so the caller can record it and back off.
 */
import type { Platform } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { feedToMentions } from '../feeds/feed-to-mentions.js';
import { parseFeedSafely } from '../feeds/read-feed-file.js';
import { charsetOf, getFetchFailure, safeFetch, type FetchPolicy } from '../http/safe-fetch.js';
import { fetchImportPages } from '../imports/fetch-import-pages.js';
import { DEFAULT_TOKEN_ENV } from '../imports/import-formats.js';
import { summarizeBatch, type ImportBatch, type ImportSummary } from '../shared/import-report.js';
import type { IngestSink } from '../shared/ingest-sink.js';
import { fetchWordpressPosts } from '../wordpress/fetch-wordpress-posts.js';
import { parseRetryAfter } from './compute-next-poll.js';
import type { PolledKind, SourceConfig } from './source-config.js';

export interface PollTarget {
  id: number;
  kind: PolledKind;
  platform: Platform;
  url: string;
  isInternal: boolean;
  config: SourceConfig;
  etag: string | null;
  lastModified: string | null;
}

export interface PollDeps {
  /** Null for a dry run: everything is fetched and read, nothing is stored. */
  sink: IngestSink | null;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** Limits and test seams (resolver, address rule) on top of the source's own is_internal. */
  fetch?: Omit<FetchPolicy, 'allowPrivate'>;
}

export type PollOutcome =
  | { status: 'ok'; summary: ImportSummary; accepted: number; duplicates: number; etag: string | null; lastModified: string | null; dryRun: boolean }
  | { status: 'not_modified' }
  | { status: 'failed'; reason: string; retryAfterSeconds: number | null };

interface Fetched {
  batch: ImportBatch | null;
  etag: string | null;
  lastModified: string | null;
}

export async function pollSource(target: PollTarget, deps: PollDeps): Promise<PollOutcome> {
  const policy: FetchPolicy = { ...deps.fetch, allowPrivate: target.isInternal };
  let fetched: Fetched;
  try {
    fetched = await fetchSource(target, deps, policy);
  } catch (error) {
    return { status: 'failed', reason: reasonOf(error), retryAfterSeconds: retryAfterOf(error) };
  }
  if (!fetched.batch) return { status: 'not_modified' };
  const summary = summarizeBatch(fetched.batch);
  let stored = { accepted: 0, duplicates: 0, refused: 0 };
  if (deps.sink && fetched.batch.items.length > 0) {
    try {
      stored = await deps.sink(target.id, fetched.batch.items);
    } catch (error) {
      // The validators are not saved on this path, so the next poll fetches the same items again.
      return { status: 'failed', reason: `sink_${error instanceof AppError ? error.code : 'error'}`, retryAfterSeconds: null };
    }
  }
  return { status: 'ok', summary, ...stored, etag: fetched.etag, lastModified: fetched.lastModified, dryRun: deps.sink === null };
}

async function fetchSource(target: PollTarget, deps: PollDeps, policy: FetchPolicy): Promise<Fetched> {
  switch (target.kind) {
    case 'feed':
      return fetchFeed(target, deps, policy);
    case 'wordpress': {
      const result = await fetchWordpressPosts(
        target.url,
        { platform: target.platform, perPage: target.config.perPage, maxPages: target.config.maxPages, etag: target.etag, lastModified: target.lastModified },
        policy,
      );
      return { batch: result.notModified ? null : result.batch, etag: result.etag, lastModified: result.lastModified };
    }
    default: {
      const tokenEnv = target.config.tokenEnv ?? DEFAULT_TOKEN_ENV[target.kind];
      const token = deps.env[tokenEnv] ?? null;
      if (target.config.tokenEnv && !token) throw new AppError('validation_failed', 'token missing', { details: { reason: 'token_missing' } });
      const batch = await fetchImportPages(
        target.kind,
        { url: target.url, method: target.config.method ?? (target.kind === 'tiktok' ? 'POST' : 'GET'), ...(target.config.body ? { body: target.config.body } : {}), token, maxPages: target.config.maxPages },
        policy,
      );
      return { batch, etag: null, lastModified: null };
    }
  }
}

async function fetchFeed(target: PollTarget, deps: PollDeps, policy: FetchPolicy): Promise<Fetched> {
  const headers: Record<string, string> = { accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5' };
  if (target.etag) headers['if-none-match'] = target.etag;
  if (target.lastModified) headers['if-modified-since'] = target.lastModified;
  const res = await safeFetch({ url: target.url, headers }, policy);
  if (res.status === 304) return { batch: null, etag: target.etag, lastModified: target.lastModified };
  if (res.status !== 200) {
    throw new AppError('unavailable', `HTTP ${res.status}`, { details: { reason: `http_${res.status}`, retryAfter: parseRetryAfter(res.headers['retry-after'], deps.now()) } });
  }
  const feed = parseFeedSafely(res.body, { url: res.url, httpCharset: charsetOf(res.headers['content-type']) });
  const batch = feedToMentions(feed, { platform: target.platform, fetchedAt: deps.now() });
  const etag = res.headers.etag ?? null;
  const lastModified = res.headers['last-modified'] ?? null;
  return { batch, etag: Array.isArray(etag) ? (etag[0] ?? null) : etag, lastModified };
}

function reasonOf(error: unknown): string {
  const fetchReason = getFetchFailure(error);
  if (fetchReason) return fetchReason;
  if (error instanceof AppError) return error.code === 'unprocessable' ? 'unreadable' : error.code;
  return 'error';
}

function retryAfterOf(error: unknown): number | null {
  const value = error instanceof AppError ? error.details?.['retryAfter'] : undefined;
  return typeof value === 'number' ? value : null;
}
