/** Ends one session. */
import type { Queryable } from '../../db.js';

export async function deleteSession(db: Queryable, tokenHash: Buffer): Promise<void> {
  await db.query('/* deleteSession */ DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}
