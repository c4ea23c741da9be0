/** Removes processed items from the queue (in the transaction that stored their mentions). */
import type { Queryable } from '../../db.js';

export async function deleteQueueItems(tx: Queryable, ids: readonly number[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.query('DELETE FROM pipeline_queue WHERE id = ANY($1::bigint[])', [ids]);
}
