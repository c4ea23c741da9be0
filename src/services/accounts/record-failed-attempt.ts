/**
 * A failed sign-in step (wrong password or TOTP code): counts it toward the account lockout
 * and audits it, in one transaction. Returns the lock time when this failure locked the account.
 */
import type { Db } from '../../db/db.js';
import { recordLoginFailure } from '../../db/queries/users/record-login-failure.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { Keyring } from '../../security/keys/keyring.js';

export function recordFailedAttempt(
  db: Db,
  keyring: Keyring,
  userId: number,
  action: 'auth.login_failed' | 'auth.totp_failed',
  limits: { maxFailures: number; lockMinutes: number },
  details: Record<string, unknown> = {},
): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const locked = await recordLoginFailure(tx, userId, limits.maxFailures, limits.lockMinutes);
    await recordAudit(tx, keyring, { action, actorUserId: userId, targetType: 'user', targetId: userId, details: { ...details, locked: locked !== null } });
    return locked;
  });
}
