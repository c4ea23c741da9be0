/**
 * Claims up to `limit` queued items by deleting them inside the caller's transaction and
 * returning them (oldest first). The deletion commits together with the mentions stored from
 * them — or rolls back with them, putting the items back: a worker that dies mid-batch loses
 * nothing, and a committed batch can never be processed again. On PostgreSQL, SKIP LOCKED
 * lets other workers take the next rows meanwhile; a dead worker's claim is released with its
 * connection.
 *
 * Order: the minute an item was queued, then its publication time (migration 0550) — a
 * backfill queued at once is processed oldest first, which keeps each batch's rollup rows few.
 */
import type { Queryable } from '../../db.js';

export interface QueueRow {
  id: number;
  source_id: number;
  external_id: string;
  payload: string;
  attempts: number;
}

type ClaimedRow = QueueRow & { claim_slot: number; published_at: Date | null };

export async function claimQueueBatch(tx: Queryable, limit: number, onlyId?: number): Promise<QueueRow[]> {
  const { rows } = await tx.query<ClaimedRow>(
    `DELETE FROM pipeline_queue
     WHERE id IN (
       SELECT id FROM pipeline_queue
       WHERE available_at <= now() AND ($2::bigint IS NULL OR id = $2::bigint)
       ORDER BY claim_slot, published_at, id
       LIMIT $1
       FOR UPDATE SKIP LOCKED)
     RETURNING id, source_id, external_id, payload, attempts, claim_slot, published_at`,
    [limit, onlyId ?? null],
  );
  // RETURNING follows the delete's scan order, not the claim's: restore the claim order.
  const at = (r: ClaimedRow) => (r.published_at === null ? Number.POSITIVE_INFINITY : r.published_at.getTime());
  return rows
    .sort((a, b) => Number(a.claim_slot) - Number(b.claim_slot) || at(a) - at(b) || a.id - b.id)
    .map(({ claim_slot: _slot, published_at: _at, ...row }) => row);
}
