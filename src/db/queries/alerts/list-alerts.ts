/** Alerts raised by a user's rules (newest first), or those waiting for webhook delivery. */
import type { Queryable } from '../../db.js';
import type { AlertKind } from './insert-alert-rule.js';

export interface AlertRow {
  id: number;
  ruleId: number;
  ruleName: string;
  kind: AlertKind;
  savedSearchName: string;
  query: string;
  agencyId: number;
  firedAt: Date;
  windowStart: Date;
  windowEnd: Date;
  mentions: number;
  value: number;
  threshold: number;
  delivery: 'none' | 'pending' | 'delivered' | 'failed';
  deliveryAttempts: number;
  webhookUrl: string | null;
  webhookSecretEnc: Uint8Array | null;
}

export async function listAlerts(db: Queryable, by: { userId: number; limit: number } | { pendingDelivery: true; limit: number }): Promise<AlertRow[]> {
  const own = 'userId' in by;
  const { rows } = await db.query<AlertRow>(
    `/* listAlerts */ SELECT a.id, a.rule_id AS "ruleId", r.name AS "ruleName", r.kind, s.name AS "savedSearchName", s.query, a.agency_id AS "agencyId",
            a.fired_at AS "firedAt", a.window_start AS "windowStart", a.window_end AS "windowEnd", a.mentions, a.value, a.threshold,
            a.delivery, a.delivery_attempts AS "deliveryAttempts", r.webhook_url AS "webhookUrl", r.webhook_secret_enc AS "webhookSecretEnc"
       FROM alerts a JOIN alert_rules r ON r.id = a.rule_id JOIN saved_searches s ON s.id = r.saved_search_id
      WHERE ${own ? 'r.user_id = $1' : "a.delivery = 'pending' AND $1::int IS NOT NULL"}
      ORDER BY a.fired_at DESC, a.id DESC LIMIT $2`,
    [own ? by.userId : 0, by.limit],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), ruleId: Number(r.ruleId), agencyId: Number(r.agencyId) }));
}
