/**
 * Claims up to `limit` queued items by deleting them inside the caller's transaction and
 * returning them (oldest first). The deletion commits together with the mentions stored from
 * them — or rolls back with them, putting the items back: a worker that dies mid-batch loses
 * nothing, and a committed batch can never be processed again. On PostgreSQL, SKIP LOCKED
 * lets other workers take the next rows meanwhile; a dead worker's claim is released with its
 * connection.
 */
import type { Queryable } from '../../db.js';

export interface QueueRow {
  id: number;
  source_id: number;
  external_id: string;
  payload: string;
  attempts: number;
}

export async function claimQueueBatch(tx: Queryable, limit: number, onlyId?: number): Promise<QueueRow[]> {
  const { rows } = await tx.query<QueueRow>(
    `DELETE FROM pipeline_queue
     WHERE id IN (
       SELECT id FROM pipeline_queue
       WHERE available_at <= now() AND ($2::bigint IS NULL OR id = $2::bigint)
       ORDER BY id
       LIMIT $1
       FOR UPDATE SKIP LOCKED)
     RETURNING id, source_id, external_id, payload, attempts`,
    [limit, onlyId ?? null],
  );
  // RETURNING follows the delete's scan order, not the claim's: restore queue order.
  return rows.sort((a, b) => a.id - b.id);
}
