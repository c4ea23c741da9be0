/**
 * Checks a TOTP code for a user: the code must be right and newer than the last one used.
 * Wrong codes count toward the same lockout as wrong passwords, so the 10^6 code space
 * cannot be searched.
 */
import type { Db } from '../../db/db.js';
import { claimTotpStep } from '../../db/queries/users/claim-totp-step.js';
import type { LoginUser } from '../../db/queries/users/find-user-for-login.js';
import { checkTotpCode } from '../../security/accounts/totp.js';
import { decryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { recordFailedAttempt } from './record-failed-attempt.js';

export type SecondFactorResult = { ok: true; step: number } | { ok: false; reason: 'wrong' } | { ok: false; reason: 'locked'; until: Date };

export async function verifySecondFactor(
  db: Db,
  keyring: Keyring,
  user: LoginUser,
  code: string,
  limits: { maxFailures: number; lockMinutes: number },
  options: { claim: boolean } = { claim: true },
): Promise<SecondFactorResult> {
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) return { ok: false, reason: 'locked', until: user.lockedUntil };
  if (!user.totpSecretEnc) return { ok: false, reason: 'wrong' };
  const secret = decryptPersonalData(keyring, user.totpSecretEnc, AAD.totpSecret);
  const step = await checkTotpCode(secret, code, user.totpLastStep).catch(() => null);
  if (step !== null && (!options.claim || (await claimTotpStep(db, user.id, step)))) return { ok: true, step };
  const until = await recordFailedAttempt(db, keyring, user.id, 'auth.totp_failed', limits);
  return until ? { ok: false, reason: 'locked', until } : { ok: false, reason: 'wrong' };
}
