/** Moves one item that cannot be stored out of the queue, keeping it for a later retry. */
import type { Queryable } from '../../db.js';

export async function moveQueueItemToFailures(tx: Queryable, id: number, errorCode: string): Promise<void> {
  await tx.query(
    `WITH gone AS (DELETE FROM pipeline_queue WHERE id = $1 RETURNING source_id, external_id, payload)
     INSERT INTO pipeline_failures (source_id, external_id, payload, error_code)
     SELECT source_id, external_id, payload, $2 FROM gone`,
    [id, errorCode],
  );
}
