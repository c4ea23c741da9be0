/**
 * Pages through `/wp-json/wp/v2/posts` newest first, following X-WP-TotalPages up to a page
 * limit. The first page is requested conditionally (ETag / Last-Modified), so an unchanged site
 * costs one 304.
 */
import type { Platform } from '../../domain/mention.js';
import { AppError } from '../../lib/app-error.js';
import { safeFetch, type FetchPolicy } from '../http/safe-fetch.js';
import { mergeBatches, type ImportBatch } from '../shared/import-report.js';
import { parseJsonKeepingBigIds } from '../shared/parse-json-keeping-big-ids.js';
import { readWordpressPosts } from './read-wordpress-posts.js';

export interface WordpressFetchResult {
  notModified: boolean;
  batch: ImportBatch;
  etag: string | null;
  lastModified: string | null;
  pagesRead: number;
}

export async function fetchWordpressPosts(
  siteUrl: string,
  options: { platform: Platform; perPage: number; maxPages: number; etag?: string | null; lastModified?: string | null },
  policy: FetchPolicy,
): Promise<WordpressFetchResult> {
  const endpoint = postsEndpoint(siteUrl);
  endpoint.searchParams.set('per_page', String(options.perPage));
  const batches: ImportBatch[] = [];
  let etag: string | null = null;
  let lastModified: string | null = null;
  let totalPages = 1;
  let page = 1;
  for (; page <= Math.min(totalPages, options.maxPages); page++) {
    endpoint.searchParams.set('page', String(page));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (page === 1 && options.etag) headers['if-none-match'] = options.etag;
    if (page === 1 && options.lastModified) headers['if-modified-since'] = options.lastModified;
    const res = await safeFetch({ url: endpoint.href, headers }, policy);
    if (page === 1 && res.status === 304) {
      return { notModified: true, batch: { items: [], rejected: [] }, etag: options.etag ?? null, lastModified: options.lastModified ?? null, pagesRead: 0 };
    }
    // WordPress answers 400 rest_post_invalid_page_number past the last page.
    if (res.status === 400 && page > 1) break;
    if (res.status !== 200) throw new AppError('unavailable', `WordPress answered HTTP ${res.status}`, { details: { reason: `http_${res.status}` } });
    if (page === 1) {
      etag = headerValue(res.headers.etag);
      lastModified = headerValue(res.headers['last-modified']);
      const declared = Number(headerValue(res.headers['x-wp-totalpages']));
      totalPages = Number.isInteger(declared) && declared > 0 ? declared : 1;
    }
    let doc: unknown;
    try {
      doc = parseJsonKeepingBigIds(res.body.toString('utf8'));
    } catch {
      throw new AppError('unprocessable', `page ${page}: not valid JSON`);
    }
    batches.push(readWordpressPosts(doc, `page ${page}`, { platform: options.platform, siteUrl }));
  }
  return { notModified: false, batch: mergeBatches(batches), etag, lastModified, pagesRead: page - 1 };
}

/** Accepts the site root or the posts endpoint itself. */
export function postsEndpoint(siteUrl: string): URL {
  const url = new URL(siteUrl);
  if (!/\/wp-json\/wp\/v2\/posts\/?$/.test(url.pathname)) url.pathname = `${url.pathname.replace(/\/+$/, '')}/wp-json/wp/v2/posts`;
  url.searchParams.set('_embed', 'author');
  url.searchParams.set('orderby', 'date');
  url.searchParams.set('order', 'desc');
  if (!url.searchParams.has('per_page')) url.searchParams.set('per_page', '20');
  return url;
}

function headerValue(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}
