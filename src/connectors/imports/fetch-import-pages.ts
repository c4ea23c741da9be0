/**
 * Reads a social platform's API endpoint page by page with a bearer token, following each
 * platform's own paging: X `next_token`, Meta `paging.next` (same origin only, so the token
 * never travels elsewhere), YouTube `nextPageToken`, TikTok `cursor` + `search_id` in the POST body.
 */
import { AppError } from '../../lib/app-error.js';
import { safeFetch, type FetchPolicy } from '../http/safe-fetch.js';
import { mergeBatches, type ImportBatch } from '../shared/import-report.js';
import { parseJsonKeepingBigIds } from '../shared/parse-json-keeping-big-ids.js';
import { PAGE_READERS, type PageFormat } from './import-formats.js';

export interface EndpointRequest {
  url: string;
  method: 'GET' | 'POST';
  /** JSON body for POST endpoints (TikTok Research API queries). */
  body?: Record<string, unknown>;
  token: string | null;
  maxPages: number;
}

export async function fetchImportPages(format: PageFormat, request: EndpointRequest, policy: FetchPolicy): Promise<ImportBatch & { pagesRead: number }> {
  const reader = PAGE_READERS[format];
  const origin = new URL(request.url).origin;
  let url = request.url;
  let body = request.body;
  const batches: ImportBatch[] = [];
  let pagesRead = 0;
  while (pagesRead < request.maxPages) {
    const res = await safeFetch(
      {
        url,
        method: request.method,
        headers: {
          accept: 'application/json',
          ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      },
      policy,
    );
    pagesRead++;
    if (res.status === 401 || res.status === 403) throw new AppError('unavailable', `the endpoint refused the token (HTTP ${res.status})`, { details: { reason: `http_${res.status}` } });
    if (res.status !== 200) throw new AppError('unavailable', `the endpoint answered HTTP ${res.status}`, { details: { reason: `http_${res.status}` } });
    let doc: unknown;
    try {
      doc = parseJsonKeepingBigIds(res.body.toString('utf8'));
    } catch {
      throw new AppError('unprocessable', `page ${pagesRead}: not valid JSON`);
    }
    const page = reader(doc, `page ${pagesRead}`);
    batches.push(page.batch);
    const next = nextRequest(format, url, body, page.next, doc, origin);
    if (!next) break;
    ({ url, body } = next);
  }
  return { ...mergeBatches(batches), pagesRead };
}

function nextRequest(
  format: PageFormat,
  url: string,
  body: Record<string, unknown> | undefined,
  cursor: string | null,
  doc: unknown,
  origin: string,
): { url: string; body: Record<string, unknown> | undefined } | null {
  if (cursor === null) return null;
  const next = new URL(url);
  switch (format) {
    case 'x-v2':
      // Search endpoints page with next_token, timelines and lists with pagination_token.
      next.searchParams.set(next.pathname.includes('/search/') ? 'next_token' : 'pagination_token', cursor);
      return { url: next.href, body };
    case 'youtube':
      next.searchParams.set('pageToken', cursor);
      return { url: next.href, body };
    case 'meta': {
      let followed: URL;
      try {
        followed = new URL(cursor);
      } catch {
        return null;
      }
      return followed.origin === origin ? { url: followed.href, body } : null;
    }
    case 'tiktok': {
      const searchId = (doc as { data?: { search_id?: unknown } }).data?.search_id;
      return { url, body: { ...body, cursor: Number(cursor), ...(typeof searchId === 'string' ? { search_id: searchId } : {}) } };
    }
  }
}
