/** Agencies with the given ids (null: all), for choosing one in a form. */
import type { Queryable } from '../../db.js';

export async function listAgenciesById(db: Queryable, ids: number[] | null): Promise<{ id: number; name: string; abbreviation: string }[]> {
  const { rows } = await db.query<{ id: number; name: string; abbreviation: string }>(
    `/* listAgenciesById */ SELECT id, name, abbreviation FROM agencies WHERE ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))
      ORDER BY CASE level WHEN 'national' THEN 0 WHEN 'province' THEN 1 ELSE 2 END, code LIMIT 1000`,
    [ids],
  );
  return rows.map((r) => ({ id: Number(r.id), name: r.name, abbreviation: r.abbreviation }));
}
