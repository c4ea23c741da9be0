/** The outcome of one webhook delivery attempt; after `maxAttempts` failures the alert is marked failed. */
import type { Queryable } from '../../db.js';

export async function recordAlertDelivery(db: Queryable, alertId: number, outcome: { ok: boolean; status: number | null; maxAttempts: number }): Promise<void> {
  await db.query(
    `/* recordAlertDelivery */ UPDATE alerts SET delivery_attempts = delivery_attempts + 1, last_delivery_status = $2,
            delivered_at = CASE WHEN $3 THEN now() ELSE delivered_at END,
            delivery = CASE WHEN $3 THEN 'delivered' WHEN delivery_attempts + 1 >= $4 THEN 'failed' ELSE 'pending' END
      WHERE id = $1 AND delivery = 'pending'`,
    [alertId, outcome.status, outcome.ok, outcome.maxAttempts],
  );
}
