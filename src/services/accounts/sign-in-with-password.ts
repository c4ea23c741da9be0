/**
 * Checks an e-mail and password: refuses locked accounts, counts failures (locking the
 * account at the configured limit), and decides the session stage that follows — a second
 * factor when TOTP is on, enrolment when an admin has none yet, otherwise a full session.
 * An unknown e-mail costs the same hashing time as a known one.
 */
import type { Db } from '../../db/db.js';
import { findUserForLogin, type LoginUser } from '../../db/queries/users/find-user-for-login.js';
import { listUserMemberships } from '../../db/queries/users/list-user-memberships.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { hashPassword, verifyPassword } from '../../security/password-hash.js';
import { ADMIN_ROLES } from '../../security/permissions/permission.js';
import type { SessionStage } from '../../security/sessions/session-store.js';
import { recordFailedAttempt } from './record-failed-attempt.js';

export type SignInResult =
  | { ok: true; user: LoginUser; stage: SessionStage }
  | { ok: false; reason: 'failed' }
  | { ok: false; reason: 'locked'; until: Date };

let dummyHash: Promise<string> | undefined;

export async function signInWithPassword(
  db: Db,
  keyring: Keyring,
  input: { email: string; password: string },
  limits: { maxFailures: number; lockMinutes: number },
): Promise<SignInResult> {
  const user = await findUserForLogin(db, input.email);
  if (!user || !user.passwordHash) {
    dummyHash ??= hashPassword('humas-timing-equaliser');
    await verifyPassword(await dummyHash, input.password);
    return { ok: false, reason: 'failed' };
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) return { ok: false, reason: 'locked', until: user.lockedUntil };
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk || user.status !== 'active') {
    const lockedUntil = await recordFailedAttempt(db, keyring, user.id, 'auth.login_failed', limits, {
      reason: passwordOk ? 'account_not_active' : 'wrong_password',
    });
    if (lockedUntil) return { ok: false, reason: 'locked', until: lockedUntil };
    return { ok: false, reason: 'failed' };
  }
  return { ok: true, user, stage: await nextStage(db, user) };
}

/** After the password: a second factor if set up; enrolment for admins without one; else done. */
export async function nextStage(db: Db, user: Pick<LoginUser, 'id' | 'totpEnabledAt'>): Promise<SessionStage> {
  if (user.totpEnabledAt) return 'totp';
  const memberships = await listUserMemberships(db, user.id);
  return memberships.some((m) => ADMIN_ROLES.includes(m.role)) ? 'enrol' : 'full';
}
