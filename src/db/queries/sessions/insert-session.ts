/** Stores a new session under the hash of its cookie value. */
import type { Queryable } from '../../db.js';

export async function insertSession(
  db: Queryable,
  session: { tokenHash: Buffer; userId: number; stage: 'full' | 'totp' | 'enrol'; authMethod: 'password' | 'oidc'; expiresAt: Date },
): Promise<void> {
  await db.query(
    '/* insertSession */ INSERT INTO sessions (token_hash, user_id, stage, auth_method, expires_at) VALUES ($1, $2, $3, $4, $5)',
    [session.tokenHash, session.userId, session.stage, session.authMethod, session.expiresAt],
  );
}
