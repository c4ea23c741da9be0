/**
 * Maps an identity from the OpenID provider to a staff account: by an existing link, or on
 * first use by a verified e-mail that matches an active account (then linked). Accounts are
 * never created here — roles come from an agency admin's invitation, not from the provider.
 */
import type { Db } from '../../db/db.js';
import { findOidcIdentity } from '../../db/queries/oidc/find-oidc-identity.js';
import { insertOidcIdentity } from '../../db/queries/oidc/insert-oidc-identity.js';
import { findUserById } from '../../db/queries/users/find-user-by-id.js';
import { findUserForLogin, type LoginUser } from '../../db/queries/users/find-user-for-login.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { Keyring } from '../../security/keys/keyring.js';
import type { OidcIdentity } from '../../security/oidc/oidc-client.js';

export async function findUserForOidc(db: Db, keyring: Keyring, identity: OidcIdentity): Promise<LoginUser | null> {
  const linked = await findOidcIdentity(db, identity.issuer, identity.subject);
  if (linked !== null) {
    const user = await findUserById(db, linked);
    return user?.status === 'active' ? user : null;
  }
  if (!identity.email || !identity.emailVerified) return null;
  const user = await findUserForLogin(db, identity.email);
  if (!user || user.status !== 'active') return null;
  await db.transaction(async (tx) => {
    await insertOidcIdentity(tx, { issuer: identity.issuer, subject: identity.subject, userId: user.id });
    await recordAudit(tx, keyring, { action: 'auth.sso_linked', actorUserId: user.id, targetType: 'user', targetId: user.id, details: { issuer: identity.issuer } });
  });
  return user;
}
