/** Reserves `count` mention ids in one round trip, so bulk loads can COPY with known ids. */
import type { Queryable } from '../../src/db/db.js';

export async function allocateMentionIds(db: Queryable, count: number): Promise<number[]> {
  if (count <= 0) return [];
  const { rows } = await db.query<{ id: number }>("SELECT nextval('mentions_id_seq') AS id FROM generate_series(1, $1::int)", [count]);
  return rows.map((row) => row.id);
}
