/** Grants a role in an agency; null when the user already holds it there. */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export async function insertMembership(db: Queryable, m: { userId: number; agencyId: number; role: Role; includesSubAgencies: boolean }): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertMembership */ INSERT INTO memberships (user_id, agency_id, role, includes_sub_agencies) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, agency_id, role) DO NOTHING RETURNING id`,
    [m.userId, m.agencyId, m.role, m.includesSubAgencies],
  );
  return rows[0] ? Number(rows[0].id) : null;
}
