/** Turns an open invitation into an account with its role, in one transaction. */
import { closeInvitation } from '../../db/queries/invitations/close-invitation.js';
import { findOpenInvitation } from '../../db/queries/invitations/find-open-invitation.js';
import { insertMembership } from '../../db/queries/users/insert-membership.js';
import { insertUser } from '../../db/queries/users/insert-user.js';
import { normalizePassword } from '../../security/accounts/password-policy.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { hashPassword } from '../../security/password-hash.js';
import type { SecurityContext } from '../../security/security-context.js';
import { hashSecretToken, looksLikeSecretToken } from '../../security/sessions/secret-token.js';
import { passwordProblem, type SetPasswordResult } from './set-new-password.js';

export async function acceptInvitation(
  security: SecurityContext,
  input: { token: string; displayName: string; password: string; confirm: string },
): Promise<SetPasswordResult | { ok: false; problem: 'name_missing' }> {
  if (!looksLikeSecretToken(input.token)) return { ok: false, problem: 'invalid_token' };
  const invitation = await findOpenInvitation(security.db, hashSecretToken(input.token));
  if (!invitation) return { ok: false, problem: 'invalid_token' };
  const displayName = input.displayName.trim();
  if (!displayName) return { ok: false, problem: 'name_missing' };
  const problem = passwordProblem(input.password, input.confirm, { email: invitation.email, displayName });
  if (problem) return { ok: false, problem };
  const hash = await hashPassword(normalizePassword(input.password));
  return security.db.transaction(async (tx) => {
    const open = await findOpenInvitation(tx, hashSecretToken(input.token), true);
    if (!open || (await closeInvitation(tx, open.id, 'accepted')) === null) return { ok: false, problem: 'invalid_token' } as const;
    const userId = await insertUser(tx, { email: open.email, displayName, passwordHash: hash });
    // Someone created this e-mail's account meanwhile: the invitation cannot claim it.
    if (userId === null) throw new InvitationConflict();
    await insertMembership(tx, { userId, agencyId: open.agencyId, role: open.role, includesSubAgencies: open.includesSubAgencies });
    await recordAudit(tx, security.keyring, {
      action: 'user.invitation_accepted',
      actorUserId: userId,
      agencyId: open.agencyId,
      targetType: 'user',
      targetId: userId,
      details: { invitationId: open.id, role: open.role, invitedBy: open.invitedBy },
    });
    return { ok: true, userId } as const;
  }).catch((error: unknown) => {
    if (error instanceof InvitationConflict) return { ok: false, problem: 'invalid_token' } as const;
    throw error;
  });
}

class InvitationConflict extends Error {}
