/**
 * One page of the mentions explorer, newest (or most reach, most engagement) first, paged by
 * keyset: the page after a row is "rows sorting strictly after it" on (sort value,
 * published_at, id), so pages never skip or repeat rows while new mentions arrive.
 */
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import { mentionConditions, type MentionSearch } from './mention-conditions.js';

export const MENTION_SORTS = ['time', 'reach', 'engagement'] as const;
export type MentionSort = (typeof MENTION_SORTS)[number];

export interface MentionCursor {
  /** The sort value of the last row (reach or engagement); absent for time. */
  value?: number | undefined;
  publishedAt: Date;
  id: number;
}

export interface MentionRow {
  id: number;
  publishedAt: Date;
  platform: string;
  url: string | null;
  authorHandle: string | null;
  authorName: string | null;
  authorType: string;
  authorFollowers: number | null;
  title: string | null;
  text: string;
  language: string | null;
  sentiment: string | null;
  reach: number;
  engagement: number;
  likes: number;
  replies: number;
  shares: number;
  agencyId: number | null;
  issueId: number | null;
  provinceCode: string | null;
  regionCode: string | null;
  hashtags: string[];
}

const COLUMNS = `m.id, m.published_at AS "publishedAt", m.platform, m.url, m.author_handle AS "authorHandle", m.author_name AS "authorName",
  m.author_type AS "authorType", m.author_followers AS "authorFollowers", m.title, m.text, m.language, m.sentiment, m.reach, m.engagement,
  m.likes, m.replies, m.shares, m.agency_id AS "agencyId", m.issue_id AS "issueId", m.province_code AS "provinceCode",
  m.region_code AS "regionCode", m.hashtags`;

export async function searchMentions(db: Queryable, s: MentionSearch, sort: MentionSort, after: MentionCursor | null, limit: number): Promise<MentionRow[]> {
  const p = createSqlParams();
  let where = mentionConditions(p, s);
  const column = sort === 'reach' ? 'm.reach' : sort === 'engagement' ? 'm.engagement' : null;
  if (after) {
    const t = p.add(after.publishedAt, 'timestamptz');
    const id = p.add(after.id, 'bigint');
    where += column ? `\n AND (${column}, m.published_at, m.id) < (${p.add(after.value ?? 0, 'bigint')}, ${t}, ${id})` : `\n AND (m.published_at, m.id) < (${t}, ${id})`;
  }
  const order = column ? `${column} DESC, m.published_at DESC, m.id DESC` : 'm.published_at DESC, m.id DESC';
  const { rows } = await db.query<MentionRow>(
    `/* searchMentions */ SELECT ${COLUMNS} FROM mentions m WHERE ${where} ORDER BY ${order} LIMIT ${p.add(limit, 'int')}`,
    p.values,
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
