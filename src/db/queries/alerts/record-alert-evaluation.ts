/**
 * Records one evaluation of a rule and, when it fired, the alert — in one statement each,
 * inside the caller's transaction. The alert is unique per (rule, window end), so a second
 * evaluator running at the same moment cannot raise it twice. Returns the new alert's id.
 */
import type { Queryable } from '../../db.js';

export interface FiredAlert {
  windowStart: Date;
  windowEnd: Date;
  mentions: number;
  value: number;
  threshold: number;
  delivery: 'none' | 'pending';
}

export async function recordAlertEvaluation(db: Queryable, ruleId: number, agencyId: number, now: Date, fired: FiredAlert | null): Promise<number | null> {
  let alertId: number | null = null;
  if (fired) {
    const { rows } = await db.query<{ id: number }>(
      `/* recordAlertEvaluation */ INSERT INTO alerts (rule_id, agency_id, fired_at, window_start, window_end, mentions, value, threshold, delivery)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (rule_id, window_end) DO NOTHING RETURNING id`,
      [ruleId, agencyId, now, fired.windowStart, fired.windowEnd, fired.mentions, fired.value, fired.threshold, fired.delivery],
    );
    alertId = rows[0] ? Number(rows[0].id) : null;
  }
  await db.query(
    `/* recordAlertEvaluation */ UPDATE alert_rules SET last_evaluated_at = $2, last_fired_at = CASE WHEN $3 THEN $2 ELSE last_fired_at END WHERE id = $1`,
    [ruleId, now, alertId !== null],
  );
  return alertId;
}
