/**
 * Two-factor enrolment: a pending secret is created once and shown until the user proves
 * their app works with a valid code; only then is 2FA switched on.
 */
import type { Db } from '../../db/db.js';
import { enableTotp } from '../../db/queries/users/enable-totp.js';
import type { LoginUser } from '../../db/queries/users/find-user-for-login.js';
import { savePendingTotpSecret } from '../../db/queries/users/save-pending-totp-secret.js';
import { checkTotpCode, createTotpSecret } from '../../security/accounts/totp.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { decryptPersonalData, encryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import type { Keyring } from '../../security/keys/keyring.js';

/** The secret to show: the pending one if enrolment already started, otherwise a new one. */
export async function getOrCreatePendingTotpSecret(db: Db, keyring: Keyring, user: LoginUser): Promise<string> {
  if (user.totpSecretEnc && !user.totpEnabledAt) return decryptPersonalData(keyring, user.totpSecretEnc, AAD.totpSecret);
  const secret = createTotpSecret();
  await savePendingTotpSecret(db, user.id, encryptPersonalData(keyring, secret, AAD.totpSecret));
  return secret;
}

export async function confirmTotpEnrolment(db: Db, keyring: Keyring, user: LoginUser, code: string): Promise<boolean> {
  if (!user.totpSecretEnc || user.totpEnabledAt) return false;
  const step = await checkTotpCode(decryptPersonalData(keyring, user.totpSecretEnc, AAD.totpSecret), code, null).catch(() => null);
  if (step === null) return false;
  await db.transaction(async (tx) => {
    await enableTotp(tx, user.id, step);
    await recordAudit(tx, keyring, { action: 'auth.totp_enabled', actorUserId: user.id, targetType: 'user', targetId: user.id });
  });
  return true;
}
