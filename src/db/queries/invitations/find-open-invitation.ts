/** An invitation that can still be accepted, with its agency's name; `lock` for the accepting transaction. */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export interface OpenInvitation {
  id: number;
  email: string;
  displayName: string;
  agencyId: number;
  agencyName: string;
  role: Role;
  includesSubAgencies: boolean;
  invitedBy: number | null;
}

export async function findOpenInvitation(db: Queryable, tokenHash: Buffer, lock = false): Promise<OpenInvitation | null> {
  const { rows } = await db.query<{
    id: number;
    email: string;
    display_name: string;
    agency_id: number;
    name: string;
    role: Role;
    includes_sub_agencies: boolean;
    invited_by: number | null;
  }>(
    `/* findOpenInvitation */ SELECT i.id, i.email, i.display_name, i.agency_id, a.name, i.role, i.includes_sub_agencies, i.invited_by
       FROM invitations i JOIN agencies a ON a.id = i.agency_id
      WHERE i.token_hash = $1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
      ${lock ? 'FOR UPDATE OF i' : ''}`,
    [tokenHash],
  );
  const r = rows[0];
  return r
    ? {
        id: Number(r.id),
        email: r.email,
        displayName: r.display_name,
        agencyId: Number(r.agency_id),
        agencyName: r.name,
        role: r.role,
        includesSubAgencies: r.includes_sub_agencies,
        invitedBy: r.invited_by === null ? null : Number(r.invited_by),
      }
    : null;
}
