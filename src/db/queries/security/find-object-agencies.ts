/**
 * Runs an object type's agency lookup (`sql` comes from code in object-types.ts, never from
 * requests; the id is a bound parameter). Null when no row exists.
 */
import type { Queryable } from '../../db.js';

export async function findObjectAgencies(db: Queryable, sql: string, id: number): Promise<number[] | null> {
  const { rows } = await db.query<{ agency_id: number | null }>(`/* findObjectAgencies */ ${sql}`, [id]);
  if (rows.length === 0) return null;
  return rows.filter((r) => r.agency_id !== null).map((r) => Number(r.agency_id));
}
