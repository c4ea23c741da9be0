/**
 * Counts a failed sign-in; at `maxFailures` the account is locked for `lockMinutes` and the
 * counter starts again. Returns the lock time when this failure caused a lock.
 */
import type { Queryable } from '../../db.js';

export async function recordLoginFailure(db: Queryable, userId: number, maxFailures: number, lockMinutes: number): Promise<Date | null> {
  const { rows } = await db.query<{ locked_until: Date | null; locked_now: boolean }>(
    `/* recordLoginFailure */ UPDATE users SET
        failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
        locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3::int) ELSE locked_until END
      WHERE id = $1
      RETURNING locked_until, (failed_logins = 0) AS locked_now`,
    [userId, maxFailures, lockMinutes],
  );
  const row = rows[0];
  return row?.locked_now && row.locked_until ? row.locked_until : null;
}
