/** Puts items back for a later attempt after a failed batch, counting the attempt. */
import type { Queryable } from '../../db.js';

export async function deferQueueItems(db: Queryable, ids: readonly number[], delaySeconds: number): Promise<void> {
  if (ids.length === 0) return;
  await db.query(
    `UPDATE pipeline_queue SET attempts = attempts + 1, available_at = now() + make_interval(secs => $2::int)
     WHERE id = ANY($1::bigint[])`,
    [ids, delaySeconds],
  );
}
