/**
 * Server-side sessions: the cookie holds a random token, the database its hash, the stage
 * (full, or waiting for a second factor or for 2FA enrolment) and two clocks — an absolute
 * expiry and an idle timeout. A new session is created at every sign-in step (rotation), so
 * a token planted before sign-in is worthless afterwards.
 */
import type { Queryable } from '../../db/db.js';
import { deleteSession } from '../../db/queries/sessions/delete-session.js';
import { findSession, type SessionRow } from '../../db/queries/sessions/find-session.js';
import { insertSession } from '../../db/queries/sessions/insert-session.js';
import { touchSession } from '../../db/queries/sessions/touch-session.js';
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from './secret-token.js';

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

export interface ActiveSession extends SessionRow {
  tokenHash: Buffer;
}

export type SessionStage = SessionRow['stage'];

/** Touches last_seen_at at most this often, so busy pages do not write on every request. */
const TOUCH_AFTER_MS = 60_000;

export async function createSession(
  db: Queryable,
  timeouts: SessionTimeouts,
  session: { userId: number; stage: SessionStage; authMethod: 'password' | 'oidc' },
): Promise<string> {
  const token = generateSecretToken();
  // A session waiting for its second factor lives minutes, not hours.
  const lifetimeMs = session.stage === 'full' ? timeouts.absoluteHours * 3_600_000 : 15 * 60_000;
  await insertSession(db, { ...session, tokenHash: hashSecretToken(token), expiresAt: new Date(Date.now() + lifetimeMs) });
  return token;
}

export async function findActiveSession(db: Queryable, timeouts: SessionTimeouts, token: unknown): Promise<ActiveSession | null> {
  if (!looksLikeSecretToken(token)) return null;
  const tokenHash = hashSecretToken(token);
  const row = await findSession(db, tokenHash, timeouts.idleMinutes);
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) await touchSession(db, tokenHash);
  return { ...row, tokenHash };
}

export async function endSession(db: Queryable, token: unknown): Promise<void> {
  if (looksLikeSecretToken(token)) await deleteSession(db, hashSecretToken(token));
}
