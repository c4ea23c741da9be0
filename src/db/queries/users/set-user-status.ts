/** Activates or disables an account. */
import type { Queryable } from '../../db.js';

export async function setUserStatus(db: Queryable, userId: number, status: 'active' | 'disabled'): Promise<void> {
  await db.query('/* setUserStatus */ UPDATE users SET status = $2, updated_at = now() WHERE id = $1', [userId, status]);
}
