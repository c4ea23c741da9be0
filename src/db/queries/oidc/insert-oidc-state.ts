/** Remembers an authorization request in flight (by the hash of its state). */
import type { Queryable } from '../../db.js';

export async function insertOidcState(db: Queryable, s: { stateHash: Buffer; codeVerifier: string; nonce: string }): Promise<void> {
  await db.query('/* insertOidcState */ INSERT INTO oidc_login_states (state_hash, code_verifier, nonce) VALUES ($1, $2, $3)', [s.stateHash, s.codeVerifier, s.nonce]);
}
