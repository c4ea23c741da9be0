/**
 * Claims up to `limit` active, due sources of the given kinds for one poller by setting a lease:
 * `FOR UPDATE SKIP LOCKED` lets several pollers on one PostgreSQL share the work without ever
 * taking the same source; an expired lease (a poller that died) makes the source due again.
 */
import type { Queryable } from '../../db.js';

export async function claimDueSources(db: Queryable, options: { kinds: readonly string[]; now: Date; leaseSeconds: number; limit: number }): Promise<number[]> {
  // Sources added since the last tick get their state row first, due at once.
  await db.query(
    `INSERT INTO source_poll_state (source_id, next_poll_at)
     SELECT s.id, $2 FROM sources s
     WHERE s.kind = ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM source_poll_state p WHERE p.source_id = s.id)
     ON CONFLICT (source_id) DO NOTHING`,
    [options.kinds, options.now],
  );
  const { rows } = await db.query<{ source_id: number }>(
    `UPDATE source_poll_state p
     SET lease_until = $2::timestamptz + make_interval(secs => $3)
     WHERE p.source_id IN (
       SELECT q.source_id FROM source_poll_state q JOIN sources s ON s.id = q.source_id
       WHERE s.is_active AND s.url IS NOT NULL AND s.kind = ANY($1::text[])
         AND q.next_poll_at <= $2 AND (q.lease_until IS NULL OR q.lease_until <= $2)
       ORDER BY q.next_poll_at
       LIMIT $4
       FOR UPDATE OF q SKIP LOCKED
     )
     RETURNING p.source_id`,
    [options.kinds, options.now, options.leaseSeconds, options.limit],
  );
  return rows.map((r) => r.source_id).sort((a, b) => a - b);
}
