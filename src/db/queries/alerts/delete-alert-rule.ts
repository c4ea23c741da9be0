/** Deletes a user's alert rule (and its alerts); false when it was not theirs. */
import type { Queryable } from '../../db.js';

export async function deleteAlertRule(db: Queryable, userId: number, id: number): Promise<boolean> {
  const { rowCount } = await db.query(`/* deleteAlertRule */ DELETE FROM alert_rules WHERE id = $1 AND user_id = $2`, [id, userId]);
  return rowCount > 0;
}
