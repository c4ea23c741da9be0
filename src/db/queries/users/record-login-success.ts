/** Clears the failure counter and stamps the last sign-in. */
import type { Queryable } from '../../db.js';

export async function recordLoginSuccess(db: Queryable, userId: number): Promise<void> {
  await db.query(
    '/* recordLoginSuccess */ UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1',
    [userId],
  );
}
