/** Stores a password reset token hash for a user. */
import type { Queryable } from '../../db.js';

export async function insertPasswordReset(db: Queryable, reset: { tokenHash: Buffer; userId: number; expiresAt: Date }): Promise<void> {
  await db.query('/* insertPasswordReset */ INSERT INTO password_resets (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    reset.tokenHash,
    reset.userId,
    reset.expiresAt,
  ]);
}
