/** Removes and returns a recent (10 minutes) authorization request: each state is usable once. */
import type { Queryable } from '../../db.js';

export async function takeOidcState(db: Queryable, stateHash: Buffer): Promise<{ codeVerifier: string; nonce: string } | null> {
  const { rows } = await db.query<{ code_verifier: string; nonce: string }>(
    `/* takeOidcState */ DELETE FROM oidc_login_states WHERE state_hash = $1 AND created_at > now() - interval '10 minutes' RETURNING code_verifier, nonce`,
    [stateHash],
  );
  return rows[0] ? { codeVerifier: rows[0].code_verifier, nonce: rows[0].nonce } : null;
}
