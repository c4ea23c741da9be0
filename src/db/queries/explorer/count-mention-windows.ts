/**
 * Matching mentions (and negative ones) in consecutive windows ending at `end`: window 0 is
 * [end − w, end), window 1 the one before, … — what alert rules compare. Bounded by the
 * windows asked for.
 */
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import { mentionConditions, type MentionSearch } from './mention-conditions.js';

export interface WindowCount {
  window: number;
  mentions: number;
  negative: number;
}

export async function countMentionWindows(db: Queryable, search: Omit<MentionSearch, 'from' | 'to'>, end: Date, windowMs: number, windows: number): Promise<WindowCount[]> {
  const p = createSqlParams();
  const from = new Date(end.getTime() - windowMs * windows);
  const where = mentionConditions(p, { ...search, from, to: end });
  const { rows } = await db.query<WindowCount>(
    `/* countMentionWindows */ SELECT floor(extract(epoch FROM (${p.add(end, 'timestamptz')} - m.published_at)) * 1000 / ${p.add(windowMs, 'bigint')})::int AS window,
            count(*) AS mentions, count(*) FILTER (WHERE m.sentiment = 'negative') AS negative
       FROM mentions m WHERE ${where} GROUP BY 1 ORDER BY 1`,
    p.values,
  );
  return rows;
}
