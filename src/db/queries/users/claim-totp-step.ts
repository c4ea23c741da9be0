/** Records the time step of an accepted code; false when this or a later step was already used (replay). */
import type { Queryable } from '../../db.js';

export async function claimTotpStep(db: Queryable, userId: number, step: number): Promise<boolean> {
  const result = await db.query(
    '/* claimTotpStep */ UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)',
    [userId, step],
  );
  return result.rowCount === 1;
}
