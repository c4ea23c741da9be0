/** Revokes a key; false when it was already revoked or does not exist. */
import type { Queryable } from '../../db.js';

export async function revokeApiKey(db: Queryable, id: number): Promise<boolean> {
  const result = await db.query('/* revokeApiKey */ UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  return result.rowCount === 1;
}
