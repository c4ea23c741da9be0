/** Records one poll's outcome, releases the lease and schedules the next poll. */
import type { Queryable } from '../../db.js';

export interface PollResultRow {
  sourceId: number;
  polledAt: Date;
  nextPollAt: Date;
  status: string;
  succeeded: boolean;
  consecutiveFailures: number;
  /** Only replaced when given: a failed poll keeps the last good validators. */
  etag?: string | null;
  lastModified?: string | null;
  accepted?: number | null;
  rejected?: number | null;
}

export async function savePollResult(db: Queryable, r: PollResultRow): Promise<void> {
  await db.query(
    `INSERT INTO source_poll_state AS p (source_id, etag, last_modified, next_poll_at, lease_until, consecutive_failures,
       last_polled_at, last_success_at, last_status, last_accepted, last_rejected)
     VALUES ($1, $2, $3, $4, NULL, $5, $6, CASE WHEN $7 THEN $6::timestamptz END, $8, $9, $10)
     ON CONFLICT (source_id) DO UPDATE SET
       etag = CASE WHEN $11 THEN EXCLUDED.etag ELSE p.etag END,
       last_modified = CASE WHEN $11 THEN EXCLUDED.last_modified ELSE p.last_modified END,
       next_poll_at = EXCLUDED.next_poll_at,
       lease_until = NULL,
       consecutive_failures = EXCLUDED.consecutive_failures,
       last_polled_at = EXCLUDED.last_polled_at,
       last_success_at = COALESCE(EXCLUDED.last_success_at, p.last_success_at),
       last_status = EXCLUDED.last_status,
       last_accepted = EXCLUDED.last_accepted,
       last_rejected = EXCLUDED.last_rejected`,
    [
      r.sourceId,
      r.etag ?? null,
      r.lastModified ?? null,
      r.nextPollAt,
      r.consecutiveFailures,
      r.polledAt,
      r.succeeded,
      r.status,
      r.accepted ?? null,
      r.rejected ?? null,
      r.etag !== undefined || r.lastModified !== undefined,
    ],
  );
}
