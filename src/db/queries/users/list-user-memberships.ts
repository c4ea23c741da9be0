/** The roles a user holds, with their agencies. */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export interface MembershipRow {
  id: number;
  userId: number;
  agencyId: number;
  agencyName: string;
  agencyAbbreviation: string;
  role: Role;
  includesSubAgencies: boolean;
}

export async function listUserMemberships(db: Queryable, userId: number): Promise<MembershipRow[]> {
  const { rows } = await db.query<{
    id: number;
    user_id: number;
    agency_id: number;
    name: string;
    abbreviation: string;
    role: Role;
    includes_sub_agencies: boolean;
  }>(
    `/* listUserMemberships */ SELECT m.id, m.user_id, m.agency_id, a.name, a.abbreviation, m.role, m.includes_sub_agencies
       FROM memberships m JOIN agencies a ON a.id = m.agency_id WHERE m.user_id = $1 ORDER BY m.id`,
    [userId],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    userId: Number(r.user_id),
    agencyId: Number(r.agency_id),
    agencyName: r.name,
    agencyAbbreviation: r.abbreviation,
    role: r.role,
    includesSubAgencies: r.includes_sub_agencies,
  }));
}
