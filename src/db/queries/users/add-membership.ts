/** Grants a role in an agency (idempotent). */
import type { Queryable } from '../../db.js';
import type { Role } from '../../../domain/role.js';

export async function addMembership(
  db: Queryable,
  membership: { userId: number; agencyId: number; role: Role; includesSubAgencies: boolean },
): Promise<void> {
  await db.query(
    `INSERT INTO memberships (user_id, agency_id, role, includes_sub_agencies) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, agency_id, role) DO UPDATE SET includes_sub_agencies = EXCLUDED.includes_sub_agencies`,
    [membership.userId, membership.agencyId, membership.role, membership.includesSubAgencies],
  );
}
