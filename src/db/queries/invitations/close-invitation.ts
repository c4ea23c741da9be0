/** Marks an invitation accepted or revoked; false when it was no longer open. */
import type { Queryable } from '../../db.js';

export async function closeInvitation(db: Queryable, id: number, how: 'accepted' | 'revoked'): Promise<boolean> {
  const column = how === 'accepted' ? 'accepted_at' : 'revoked_at';
  const result = await db.query(
    `/* closeInvitation */ UPDATE invitations SET ${column} = now() WHERE id = $1 AND accepted_at IS NULL AND revoked_at IS NULL`,
    [id],
  );
  return result.rowCount === 1;
}
