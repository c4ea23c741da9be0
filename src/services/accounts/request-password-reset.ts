/**
 * Sends a single-use reset link (valid 1 hour) to an active account's e-mail. The caller shows
 * the same answer whether or not the address exists, so the form reveals no accounts.
 */
import { insertPasswordReset } from '../../db/queries/password-resets/insert-password-reset.js';
import { findUserForLogin } from '../../db/queries/users/find-user-for-login.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { SecurityContext } from '../../security/security-context.js';
import { generateSecretToken, hashSecretToken } from '../../security/sessions/secret-token.js';

/** Composes the e-mail (in the requester's language) around the link; the web layer owns the wording. */
export type LinkMail = (link: string) => { subject: string; text: string };

export async function requestPasswordReset(security: SecurityContext, email: string, compose: LinkMail, linkSuffix = ''): Promise<void> {
  const user = await findUserForLogin(security.db, email.trim());
  if (!user || user.status !== 'active') return;
  const token = generateSecretToken();
  await security.db.transaction(async (tx) => {
    await insertPasswordReset(tx, { tokenHash: hashSecretToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) });
    await recordAudit(tx, security.keyring, { action: 'auth.password_reset_requested', actorUserId: user.id, targetType: 'user', targetId: user.id });
  });
  await security.mail.send({ to: user.email, ...compose(`${security.config.http.publicUrl}/console/password/reset?token=${token}${linkSuffix}`) });
}
