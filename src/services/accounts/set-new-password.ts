/**
 * Sets a password after a reset link or from the account page: the policy is checked first,
 * then in one transaction the token is used up, the hash replaced, every other session ended
 * and the change audited.
 */
import type { Tx } from '../../db/db.js';
import { findPasswordReset } from '../../db/queries/password-resets/find-password-reset.js';
import { deleteUserSessions } from '../../db/queries/sessions/delete-user-sessions.js';
import { findUserById } from '../../db/queries/users/find-user-by-id.js';
import { setUserPassword } from '../../db/queries/users/set-user-password.js';
import { checkPasswordPolicy, normalizePassword, type PasswordProblem } from '../../security/accounts/password-policy.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { hashPassword } from '../../security/password-hash.js';
import type { SecurityContext } from '../../security/security-context.js';
import { hashSecretToken, looksLikeSecretToken } from '../../security/sessions/secret-token.js';

export type SetPasswordResult = { ok: true; userId: number } | { ok: false; problem: PasswordProblem | 'mismatch' | 'invalid_token' };

export async function resetPasswordWithToken(security: SecurityContext, token: string, password: string, confirm: string): Promise<SetPasswordResult> {
  if (!looksLikeSecretToken(token)) return { ok: false, problem: 'invalid_token' };
  const userId = await findPasswordReset(security.db, hashSecretToken(token), false);
  const user = userId ? await findUserById(security.db, userId) : null;
  if (!user) return { ok: false, problem: 'invalid_token' };
  const problem = passwordProblem(password, confirm, user);
  if (problem) return { ok: false, problem };
  const hash = await hashPassword(normalizePassword(password));
  return security.db.transaction(async (tx) => {
    // Consumed inside the transaction: two racing submissions cannot both use the link.
    if ((await findPasswordReset(tx, hashSecretToken(token), true)) !== user.id) return { ok: false, problem: 'invalid_token' } as const;
    await replacePassword(tx, security, user.id, hash, 'reset_link');
    return { ok: true, userId: user.id } as const;
  });
}

export function passwordProblem(password: string, confirm: string, user: { email: string; displayName: string }): PasswordProblem | 'mismatch' | null {
  const problem = checkPasswordPolicy(password, { email: user.email, displayName: user.displayName });
  if (problem) return problem;
  return password === confirm ? null : 'mismatch';
}

export async function replacePassword(tx: Tx, security: SecurityContext, userId: number, hash: string, via: string): Promise<void> {
  await setUserPassword(tx, userId, hash);
  await deleteUserSessions(tx, userId);
  await recordAudit(tx, security.keyring, { action: 'auth.password_changed', actorUserId: userId, targetType: 'user', targetId: userId, details: { via } });
}
