/** Lists agencies (optionally one level), parents before children for a stable tree order. */
import type { Queryable } from '../../db.js';
import type { Agency, AgencyLevel } from '../../../domain/agency.js';

export async function listAgencies(db: Queryable, filter: { level?: AgencyLevel } = {}): Promise<Agency[]> {
  const { rows } = await db.query<Agency>(
    `SELECT id, code, slug, name, abbreviation, level, kind, parent_id AS "parentId",
            region_code AS "regionCode", website
       FROM agencies
      WHERE ($1::text IS NULL OR level = $1)
        AND (valid_to IS NULL OR valid_to >= current_date)
      ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'province' THEN 1 ELSE 2 END, code`,
    [filter.level ?? null],
  );
  return rows;
}
