/** Stores a new, not yet confirmed two-factor secret (enrolment). */
import type { Queryable } from '../../db.js';

export async function savePendingTotpSecret(db: Queryable, userId: number, secretEnc: Buffer): Promise<void> {
  await db.query('/* savePendingTotpSecret */ UPDATE users SET totp_secret_enc = $2, totp_enabled_at = NULL, totp_last_step = NULL WHERE id = $1', [
    userId,
    secretEnc,
  ]);
}
