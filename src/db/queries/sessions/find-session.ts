/** A session that is neither past its absolute expiry nor idle too long, of an active user. */
import type { Queryable } from '../../db.js';

export interface SessionRow {
  userId: number;
  stage: 'full' | 'totp' | 'enrol';
  authMethod: 'password' | 'oidc';
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

export async function findSession(db: Queryable, tokenHash: Buffer, idleMinutes: number): Promise<SessionRow | null> {
  const { rows } = await db.query<{
    user_id: number;
    stage: SessionRow['stage'];
    auth_method: SessionRow['authMethod'];
    created_at: Date;
    last_seen_at: Date;
    expires_at: Date;
  }>(
    `/* findSession */ SELECT s.user_id, s.stage, s.auth_method, s.created_at, s.last_seen_at, s.expires_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2::int)
        AND u.status = 'active'`,
    [tokenHash, idleMinutes],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    userId: Number(row.user_id),
    stage: row.stage,
    authMethod: row.auth_method,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
  };
}
