/**
 * Writes one attempt to the log and moves its delivery on: delivered, failed (given up), or
 * pending again at `nextAttemptAt` with the lease released. Call inside one transaction.
 */
import type { Queryable } from '../../db.js';
import type { AttemptOutcome } from '../../../domain/syndication.js';

export interface DeliveryAttempt {
  deliveryId: number;
  attemptNo: number;
  outcome: AttemptOutcome;
  httpStatus: number | null;
  error: string | null;
  durationMs: number;
  externalId: string | null;
  nextAttemptAt: Date | null;
}

export async function recordDeliveryAttempt(db: Queryable, a: DeliveryAttempt): Promise<void> {
  await db.query(
    `/* recordDeliveryAttempt:log */
     INSERT INTO syndication_attempts (delivery_id, attempt_no, outcome, http_status, error, duration_ms) VALUES ($1, $2, $3, $4, $5, $6)`,
    [a.deliveryId, a.attemptNo, a.outcome, a.httpStatus, a.error, a.durationMs],
  );
  await db.query(
    `/* recordDeliveryAttempt:delivery */
     UPDATE syndication_deliveries
        SET status = CASE $2::text WHEN 'delivered' THEN 'delivered' WHEN 'gave_up' THEN 'failed' ELSE 'pending' END,
            next_attempt_at = coalesce($3, next_attempt_at),
            locked_until = NULL,
            last_error = $4,
            external_id = coalesce($5, external_id),
            finished_at = CASE WHEN $2::text = 'retry' THEN NULL ELSE now() END
      WHERE id = $1`,
    [a.deliveryId, a.outcome, a.nextAttemptAt, a.error, a.externalId],
  );
}
