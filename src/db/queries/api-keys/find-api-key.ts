/** An API key row by its public id (revoked keys included; the caller decides). */
import type { Permission } from '../../../security/permissions/permission.js';
import type { Queryable } from '../../db.js';

export interface ApiKeyRow {
  id: number;
  publicId: string;
  secretHash: Buffer;
  name: string;
  agencyId: number;
  includesSubAgencies: boolean;
  permissions: Permission[];
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

export interface RawApiKey {
  id: number;
  public_id: string;
  secret_hash: Uint8Array;
  name: string;
  agency_id: number;
  includes_sub_agencies: boolean;
  permissions: Permission[];
  created_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

export function toApiKeyRow(r: RawApiKey): ApiKeyRow {
  return {
    id: Number(r.id),
    publicId: r.public_id,
    secretHash: Buffer.from(r.secret_hash),
    name: r.name,
    agencyId: Number(r.agency_id),
    includesSubAgencies: r.includes_sub_agencies,
    permissions: r.permissions,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export async function findApiKey(db: Queryable, publicId: string): Promise<ApiKeyRow | null> {
  const { rows } = await db.query<RawApiKey>('/* findApiKey */ SELECT * FROM api_keys WHERE public_id = $1', [publicId]);
  return rows[0] ? toApiKeyRow(rows[0]) : null;
}
