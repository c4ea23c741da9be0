/**
 * Claims up to `limit` queued items inside the caller's transaction. On PostgreSQL the rows
 * stay locked until that transaction ends, and SKIP LOCKED lets other workers take the next
 * ones; a worker that dies releases its claim with its connection.
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
    `SELECT id, source_id, external_id, payload, attempts
     FROM pipeline_queue
     WHERE available_at <= now() AND ($2::bigint IS NULL OR id = $2::bigint)
     ORDER BY id
     LIMIT $1
     FOR UPDATE SKIP LOCKED`,
    [limit, onlyId ?? null],
  );
  return rows;
}
