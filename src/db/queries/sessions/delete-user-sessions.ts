/** Ends every session of a user (password reset, account disabled, roles revoked). */
import type { Queryable } from '../../db.js';

export async function deleteUserSessions(db: Queryable, userId: number): Promise<number> {
  const result = await db.query('/* deleteUserSessions */ DELETE FROM sessions WHERE user_id = $1', [userId]);
  return result.rowCount;
}
