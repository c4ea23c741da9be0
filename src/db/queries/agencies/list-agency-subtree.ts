/** The given agencies and every agency below them in the hierarchy. */
import type { Queryable } from '../../db.js';

export async function listAgencySubtree(db: Queryable, rootIds: readonly number[]): Promise<number[]> {
  const { rows } = await db.query<{ id: number }>(
    `/* listAgencySubtree */ WITH RECURSIVE tree AS (
       SELECT id FROM agencies WHERE id = ANY($1::bigint[])
       UNION
       SELECT a.id FROM agencies a JOIN tree t ON a.parent_id = t.id
     ) SELECT id FROM tree`,
    [rootIds],
  );
  return rows.map((r) => Number(r.id));
}
