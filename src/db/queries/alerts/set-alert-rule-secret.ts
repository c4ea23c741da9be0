/** Stores a rule's sealed webhook secret (sealed with the rule id as AAD, so it needs the id first). */
import type { Queryable } from '../../db.js';

export async function setAlertRuleSecret(db: Queryable, ruleId: number, sealed: string): Promise<void> {
  await db.query(`/* setAlertRuleSecret */ UPDATE alert_rules SET webhook_secret_sealed = $2 WHERE id = $1 AND webhook_url IS NOT NULL`, [ruleId, sealed]);
}
