/**
 * Gives someone a role in an agency: an existing account gets the role at once; a new
 * address gets an e-mailed invitation (valid 7 days). The caller has already checked that
 * the agency is in the granter's `users.manage` scope; the role check is here.
 */
import type { Role } from '../../domain/role.js';
import { insertInvitation } from '../../db/queries/invitations/insert-invitation.js';
import { findUserForLogin } from '../../db/queries/users/find-user-for-login.js';
import { insertMembership } from '../../db/queries/users/insert-membership.js';
import { listAgenciesById } from '../../db/queries/agencies/list-agencies-by-id.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { canGrantRole } from '../../security/permissions/permission.js';
import { isNationalAdmin, type Principal } from '../../security/permissions/principal.js';
import type { SecurityContext } from '../../security/security-context.js';
import { generateSecretToken, hashSecretToken } from '../../security/sessions/secret-token.js';
import type { LinkMail } from './request-password-reset.js';

export type InviteResult = { ok: true; outcome: 'granted' | 'invited' } | { ok: false; problem: 'role_not_allowed' | 'already_has_role' };

export async function inviteUser(
  security: SecurityContext,
  granter: Principal,
  input: { email: string; displayName: string; agencyId: number; role: Role; includesSubAgencies: boolean },
  compose: (agencyName: string) => LinkMail,
  linkSuffix = '',
): Promise<InviteResult> {
  if (!canGrantRole(isNationalAdmin(granter), input.role)) return { ok: false, problem: 'role_not_allowed' };
  const existing = await findUserForLogin(security.db, input.email);
  if (existing) {
    return security.db.transaction(async (tx) => {
      const membershipId = await insertMembership(tx, { userId: existing.id, ...input });
      if (membershipId === null) return { ok: false, problem: 'already_has_role' } as const;
      await recordAudit(tx, security.keyring, {
        action: 'user.role_granted',
        actorUserId: granter.userId,
        agencyId: input.agencyId,
        targetType: 'user',
        targetId: existing.id,
        details: { role: input.role, includesSubAgencies: input.includesSubAgencies, membershipId },
      });
      return { ok: true, outcome: 'granted' } as const;
    });
  }
  const token = generateSecretToken();
  const [agency] = await listAgenciesById(security.db, [input.agencyId]);
  await security.db.transaction(async (tx) => {
    const id = await insertInvitation(tx, {
      tokenHash: hashSecretToken(token),
      email: input.email,
      displayName: input.displayName,
      agencyId: input.agencyId,
      role: input.role,
      includesSubAgencies: input.includesSubAgencies,
      invitedBy: granter.userId,
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    });
    await recordAudit(tx, security.keyring, {
      action: 'user.invited',
      actorUserId: granter.userId,
      agencyId: input.agencyId,
      targetType: 'invitation',
      targetId: id,
      details: { role: input.role, includesSubAgencies: input.includesSubAgencies },
    });
  });
  const link = `${security.config.http.publicUrl}/console/invitation?token=${token}${linkSuffix}`;
  await security.mail.send({ to: input.email, ...compose(agency?.name ?? '')(link) });
  return { ok: true, outcome: 'invited' };
}
