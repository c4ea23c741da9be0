/** Agencies with the given ids (null: all) and their comment pre-moderation setting. */
import type { Queryable } from '../../db.js';

export async function listAgencyCommentSettings(db: Queryable, ids: number[] | null): Promise<{ id: number; name: string; abbreviation: string; commentsPremoderated: boolean | null }[]> {
  const { rows } = await db.query<{ id: number; name: string; abbreviation: string; commentsPremoderated: boolean | null }>(
    `/* listAgencyCommentSettings */ SELECT id, name, abbreviation, comments_premoderated AS "commentsPremoderated"
       FROM agencies WHERE ($1::int8[] IS NULL OR id = ANY($1::int8[]))
      ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'province' THEN 1 ELSE 2 END, code LIMIT 1000`,
    [ids],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}
