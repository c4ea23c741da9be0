/**
 * Issues a new session for a sign-in step, ending the previous one (rotation), and records a
 * completed sign-in in the audit log together with the session in one transaction.
 */
import type { Db } from '../../db/db.js';
import { recordLoginSuccess } from '../../db/queries/users/record-login-success.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { createSession, endSession, type SessionStage, type SessionTimeouts } from '../../security/sessions/session-store.js';

export async function startSession(
  db: Db,
  keyring: Keyring,
  timeouts: SessionTimeouts,
  input: { userId: number; stage: SessionStage; authMethod: 'password' | 'oidc'; previousToken: unknown; factors: string[] },
): Promise<string> {
  return db.transaction(async (tx) => {
    await endSession(tx, input.previousToken);
    const token = await createSession(tx, timeouts, { userId: input.userId, stage: input.stage, authMethod: input.authMethod });
    if (input.stage === 'full') {
      await recordLoginSuccess(tx, input.userId);
      await recordAudit(tx, keyring, {
        action: 'auth.login',
        actorUserId: input.userId,
        targetType: 'user',
        targetId: input.userId,
        details: { method: input.authMethod, factors: input.factors },
      });
    }
    return token;
  });
}
