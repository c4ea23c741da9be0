/** Creates an alert rule on a saved search; returns its id. */
import type { Queryable } from '../../db.js';

export const ALERT_KINDS = ['volume', 'negative_share', 'spike'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface NewAlertRule {
  savedSearchId: number;
  userId: number;
  agencyId: number;
  name: string;
  kind: AlertKind;
  threshold: number;
  windowMinutes: number;
  minMentions: number;
  webhookUrl: string | null;
  /** The signing secret, encrypted with the data keys; present exactly when webhookUrl is. */
  webhookSecretEnc: Uint8Array | null;
}

export async function insertAlertRule(db: Queryable, r: NewAlertRule): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertAlertRule */ INSERT INTO alert_rules (saved_search_id, user_id, agency_id, name, kind, threshold, window_minutes, min_mentions, webhook_url, webhook_secret_enc)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [r.savedSearchId, r.userId, r.agencyId, r.name, r.kind, r.threshold, r.windowMinutes, r.minMentions, r.webhookUrl, r.webhookSecretEnc],
  );
  return Number(rows[0]!.id);
}
