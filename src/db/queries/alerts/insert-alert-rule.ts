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
}

export async function insertAlertRule(db: Queryable, r: NewAlertRule): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertAlertRule */ INSERT INTO alert_rules (saved_search_id, user_id, agency_id, name, kind, threshold, window_minutes, min_mentions, webhook_url, webhook_secret_sealed)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9::text IS NULL THEN NULL ELSE '' END) RETURNING id`,
    [r.savedSearchId, r.userId, r.agencyId, r.name, r.kind, r.threshold, r.windowMinutes, r.minMentions, r.webhookUrl],
  );
  return Number(rows[0]!.id);
}
