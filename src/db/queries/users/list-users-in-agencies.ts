/** Staff holding a role in the given agencies (null: all), with those roles. */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export interface UserListItem {
  id: number;
  email: string;
  displayName: string;
  status: 'invited' | 'active' | 'disabled';
  memberships: { id: number; agencyId: number; agencyAbbreviation: string; role: Role; includesSubAgencies: boolean }[];
}

export async function listUsersInAgencies(db: Queryable, agencyIds: number[] | null): Promise<UserListItem[]> {
  const { rows } = await db.query<{
    id: number;
    email: string;
    display_name: string;
    status: UserListItem['status'];
    membership_id: number;
    agency_id: number;
    abbreviation: string;
    role: Role;
    includes_sub_agencies: boolean;
  }>(
    `/* listUsersInAgencies */ SELECT u.id, u.email, u.display_name, u.status, m.id AS membership_id, m.agency_id, a.abbreviation, m.role, m.includes_sub_agencies
       FROM memberships m JOIN users u ON u.id = m.user_id JOIN agencies a ON a.id = m.agency_id
      WHERE ($1::bigint[] IS NULL OR m.agency_id = ANY($1::bigint[]))
      ORDER BY u.display_name, u.id, m.id LIMIT 2000`,
    [agencyIds],
  );
  const users = new Map<number, UserListItem>();
  for (const r of rows) {
    const id = Number(r.id);
    let user = users.get(id);
    if (!user) {
      user = { id, email: r.email, displayName: r.display_name, status: r.status, memberships: [] };
      users.set(id, user);
    }
    user.memberships.push({ id: Number(r.membership_id), agencyId: Number(r.agency_id), agencyAbbreviation: r.abbreviation, role: r.role, includesSubAgencies: r.includes_sub_agencies });
  }
  return [...users.values()];
}
