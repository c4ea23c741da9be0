/** Alert rules: a user's own (for the console), or every active one due for evaluation (for the job). */
import type { Queryable } from '../../db.js';
import type { NewAlertRule } from './insert-alert-rule.js';

export interface AlertRule extends NewAlertRule {
  id: number;
  savedSearchName: string;
  query: string;
  filters: Record<string, string>;
  baselineWindows: number;
  isActive: boolean;
  lastEvaluatedAt: Date | null;
  lastFiredAt: Date | null;
}

export async function listAlertRules(db: Queryable, by: { userId: number; id?: number } | { dueBefore: Date }): Promise<AlertRule[]> {
  const own = 'userId' in by;
  const { rows } = await db.query<AlertRule>(
    `/* listAlertRules */ SELECT r.id, r.saved_search_id AS "savedSearchId", s.name AS "savedSearchName", s.query, s.filters, r.user_id AS "userId",
            r.agency_id AS "agencyId", r.name, r.kind, r.threshold, r.window_minutes AS "windowMinutes", r.min_mentions AS "minMentions",
            r.baseline_windows AS "baselineWindows", r.webhook_url AS "webhookUrl", r.webhook_secret_enc AS "webhookSecretEnc",
            r.is_active AS "isActive", r.last_evaluated_at AS "lastEvaluatedAt", r.last_fired_at AS "lastFiredAt"
       FROM alert_rules r JOIN saved_searches s ON s.id = r.saved_search_id
      WHERE ${own ? 'r.user_id = $1 AND ($2::bigint IS NULL OR r.id = $2)' : 'r.is_active AND (r.last_evaluated_at IS NULL OR r.last_evaluated_at <= $1)'}
      ORDER BY r.id LIMIT 1000`,
    own ? [by.userId, by.id ?? null] : [by.dueBefore],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), savedSearchId: Number(r.savedSearchId), userId: Number(r.userId), agencyId: Number(r.agencyId) }));
}
