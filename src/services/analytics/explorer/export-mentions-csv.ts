/**
 * The explorer's CSV export as a stream of lines: the header, then the matching mentions
 * page by page (keyset, 1,000 rows a query), so memory stays flat however many rows match.
 * Capped at MAX_EXPORT_ROWS; the caller records the export in the audit log before the
 * first byte is sent.
 */
import type { Queryable } from '../../../db/db.js';
import { searchMentions, type MentionCursor } from '../../../db/queries/explorer/search-mentions.js';
import type { ResolvedExplorerQuery } from './explorer-request.js';
import { csvLine } from './csv-cell.js';

export const MAX_EXPORT_ROWS = 100_000;
const PAGE = 1000;

export const CSV_HEADER = [
  'id', 'published_at', 'platform', 'url', 'author_handle', 'author_type', 'author_followers', 'title', 'text',
  'language', 'sentiment', 'reach', 'engagement', 'likes', 'replies', 'shares', 'agency_id', 'issue_id', 'province_code', 'region_code', 'hashtags',
] as const;

export async function* exportMentionsCsv(db: Queryable, q: Omit<ResolvedExplorerQuery, 'limit'>): AsyncGenerator<string> {
  // A byte-order mark so spreadsheet programs read the UTF-8 (Indonesian names, emoji) correctly.
  yield `\uFEFF${csvLine(CSV_HEADER)}`;
  let after: MentionCursor | null = q.after;
  let sent = 0;
  while (sent < MAX_EXPORT_ROWS) {
    const rows = await searchMentions(db, q.search, q.sort, after, Math.min(PAGE, MAX_EXPORT_ROWS - sent));
    if (rows.length === 0) return;
    let chunk = '';
    for (const m of rows) {
      chunk += csvLine([
        m.id, new Date(m.publishedAt).toISOString(), m.platform, m.url, m.authorHandle, m.authorType, m.authorFollowers, m.title, m.text,
        m.language, m.sentiment, m.reach, m.engagement, m.likes, m.replies, m.shares, m.agencyId, m.issueId, m.provinceCode, m.regionCode, m.hashtags.join(' '),
      ]);
    }
    yield chunk;
    sent += rows.length;
    const last = rows[rows.length - 1]!;
    after = { value: q.sort === 'reach' ? last.reach : q.sort === 'engagement' ? last.engagement : undefined, publishedAt: last.publishedAt, id: last.id };
    if (rows.length < PAGE) return;
  }
}
