/** Records activity on a session (the idle timeout counts from here). */
import type { Queryable } from '../../db.js';

export async function touchSession(db: Queryable, tokenHash: Buffer): Promise<void> {
  await db.query('/* touchSession */ UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1', [tokenHash]);
}
