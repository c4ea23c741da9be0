/** Replaces a password hash and lifts any lock (after a reset proved control of the mailbox). */
import type { Queryable } from '../../db.js';

export async function setUserPassword(db: Queryable, userId: number, passwordHash: string): Promise<void> {
  await db.query(
    `/* setUserPassword */ UPDATE users SET password_hash = $2, password_changed_at = now(), updated_at = now(),
        failed_logins = 0, locked_until = NULL WHERE id = $1`,
    [userId, passwordHash],
  );
}
