/** Revokes a key; returns its agency, or null when it was already revoked or does not exist. */
import type { Queryable } from '../../db.js';

export async function revokeApiKey(db: Queryable, id: number): Promise<number | null> {
  const { rows } = await db.query<{ agency_id: number }>(
    '/* revokeApiKey */ UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING agency_id',
    [id],
  );
  return rows[0] ? Number(rows[0].agency_id) : null;
}
