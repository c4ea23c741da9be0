/** How many of `ids` are clusters that exist (a worker's copy may hold one deleted since). */
import type { Queryable } from '../../db.js';

export async function countClusters(tx: Queryable, ids: readonly number[]): Promise<number> {
  if (ids.length === 0) return 0;
  const { rows } = await tx.query<{ n: number }>('SELECT count(*)::int8 AS n FROM mention_clusters WHERE id = ANY($1::bigint[])', [ids]);
  return rows[0]?.n ?? 0;
}
