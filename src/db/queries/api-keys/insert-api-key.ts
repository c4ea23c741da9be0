/** Stores a new API key (hash of the secret only). */
import type { Permission } from '../../../security/permissions/permission.js';
import type { Queryable } from '../../db.js';

export async function insertApiKey(
  db: Queryable,
  key: { publicId: string; secretHash: Buffer; name: string; agencyId: number; includesSubAgencies: boolean; permissions: readonly Permission[]; createdBy: number | null },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertApiKey */ INSERT INTO api_keys (public_id, secret_hash, name, agency_id, includes_sub_agencies, permissions, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [key.publicId, key.secretHash, key.name, key.agencyId, key.includesSubAgencies, key.permissions, key.createdBy],
  );
  return Number(rows[0]!.id);
}
