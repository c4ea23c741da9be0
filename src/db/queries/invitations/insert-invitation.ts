/** Stores an invitation (token hash only). */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export async function insertInvitation(
  db: Queryable,
  inv: { tokenHash: Buffer; email: string; displayName: string; agencyId: number; role: Role; includesSubAgencies: boolean; invitedBy: number | null; expiresAt: Date },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertInvitation */ INSERT INTO invitations (token_hash, email, display_name, agency_id, role, includes_sub_agencies, invited_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [inv.tokenHash, inv.email, inv.displayName, inv.agencyId, inv.role, inv.includesSubAgencies, inv.invitedBy, inv.expiresAt],
  );
  return Number(rows[0]!.id);
}
