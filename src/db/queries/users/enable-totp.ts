/** Turns two-factor on once the user proved their authenticator works. */
import type { Queryable } from '../../db.js';

export async function enableTotp(db: Queryable, userId: number, step: number): Promise<void> {
  await db.query('/* enableTotp */ UPDATE users SET totp_enabled_at = now(), totp_last_step = $2 WHERE id = $1', [userId, step]);
}

/** Records the step of an accepted code; false when another request used this or a later step first. */
