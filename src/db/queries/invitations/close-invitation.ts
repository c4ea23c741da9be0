/** Marks an invitation accepted or revoked; returns its agency, or null when it was no longer open. */
import type { Queryable } from '../../db.js';

export async function closeInvitation(db: Queryable, id: number, how: 'accepted' | 'revoked'): Promise<number | null> {
  const column = how === 'accepted' ? 'accepted_at' : 'revoked_at';
  const { rows } = await db.query<{ agency_id: number }>(
    `/* closeInvitation */ UPDATE invitations SET ${column} = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL RETURNING agency_id`,
    [id],
  );
  return rows[0] ? Number(rows[0].agency_id) : null;
}
