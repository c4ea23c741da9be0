/** Removes a role; returns what was removed (for the audit entry), or null. */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export async function deleteMembership(db: Queryable, id: number): Promise<{ userId: number; agencyId: number; role: Role } | null> {
  const { rows } = await db.query<{ user_id: number; agency_id: number; role: Role }>(
    '/* deleteMembership */ DELETE FROM memberships WHERE id = $1 RETURNING user_id, agency_id, role',
    [id],
  );
  const r = rows[0];
  return r ? { userId: Number(r.user_id), agencyId: Number(r.agency_id), role: r.role } : null;
}
