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

/**
 * Where a worker's last claim ended. Claimed rows are deleted, but their index entries stay
 * until VACUUM: a claim that always scanned from the front of the queue walked every row
 * claimed before it, so draining a backlog of n items cost O(n²) (measured: 370 ms a claim
 * after 100,000 claimed rows). A worker starts after its last claim instead, and goes back to
 * the front only when it reaches the end — which also picks up whatever was left behind
 * (items put back after a failed batch, items queued late into an earlier minute).
 */
export interface QueueCursor {
  after: { slot: number; publishedAt: Date; id: number } | null;
}

const claimSql = (afterCursor: boolean) => `DELETE FROM pipeline_queue
     WHERE id IN (
       SELECT id FROM pipeline_queue
       WHERE available_at <= now() AND ($2::bigint IS NULL OR id = $2::bigint)
         ${afterCursor ? 'AND (claim_slot, published_at, id) > ($3::bigint, $4::timestamptz, $5::bigint)' : ''}
       ORDER BY claim_slot, published_at, id
       LIMIT $1
       FOR UPDATE SKIP LOCKED)
     RETURNING id, source_id, external_id, payload, attempts, claim_slot, published_at`;
const FROM_FRONT = claimSql(false);
const AFTER_CURSOR = claimSql(true);

export async function claimQueueBatch(tx: Queryable, limit: number, onlyId?: number, cursor?: QueueCursor): Promise<QueueRow[]> {
  const after = onlyId === undefined ? cursor?.after : undefined;
  let rows: ClaimedRow[] = after ? (await tx.query<ClaimedRow>(AFTER_CURSOR, [limit, null, after.slot, after.publishedAt, after.id])).rows : [];
  // Where the next claim starts: after the last row taken in this scan order.
  let scan = rows;
  if (rows.length < limit) {
    // From the front: the whole claim, or (the cursor reached the end) the rest of it. Rows this
    // transaction just deleted are not seen again.
    scan = (await tx.query<ClaimedRow>(FROM_FRONT, [limit - rows.length, onlyId ?? null])).rows;
    rows = rows.concat(scan);
  }
  // RETURNING follows the delete's scan order, not the claim's: restore the claim order.
  rows.sort(byClaimOrder);
  if (cursor && onlyId === undefined) {
    const last = scan.reduce<ClaimedRow | undefined>((max, r) => (max && byClaimOrder(max, r) > 0 ? max : r), undefined);
    // Items queued before migration 0550 have no publication time: they are claimed from the front.
    cursor.after = last?.published_at ? { slot: Number(last.claim_slot), publishedAt: last.published_at, id: Number(last.id) } : null;
  }
  return rows.map(({ claim_slot: _slot, published_at: _at, ...row }) => row);
}

const at = (r: ClaimedRow) => (r.published_at === null ? Number.POSITIVE_INFINITY : r.published_at.getTime());
const byClaimOrder = (a: ClaimedRow, b: ClaimedRow) => Number(a.claim_slot) - Number(b.claim_slot) || at(a) - at(b) || a.id - b.id;
