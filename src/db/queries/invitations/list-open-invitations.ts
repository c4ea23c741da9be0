/** Invitations still open in the given agencies (null: all). */
import type { Role } from '../../../domain/role.js';
import type { Queryable } from '../../db.js';

export interface InvitationListItem {
  id: number;
  email: string;
  displayName: string;
  agencyAbbreviation: string;
  role: Role;
  expiresAt: Date;
}

export async function listOpenInvitations(db: Queryable, agencyIds: number[] | null): Promise<InvitationListItem[]> {
  const { rows } = await db.query<{ id: number; email: string; display_name: string; abbreviation: string; role: Role; expires_at: Date }>(
    `/* listOpenInvitations */ SELECT i.id, i.email, i.display_name, a.abbreviation, i.role, i.expires_at
       FROM invitations i JOIN agencies a ON a.id = i.agency_id
      WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > now()
        AND ($1::bigint[] IS NULL OR i.agency_id = ANY($1::bigint[]))
      ORDER BY i.id DESC LIMIT 200`,
    [agencyIds],
  );
  return rows.map((r) => ({ id: Number(r.id), email: r.email, displayName: r.display_name, agencyAbbreviation: r.abbreviation, role: r.role, expiresAt: r.expires_at }));
}
