/** Sets an agency's comment pre-moderation (null: follow the national setting). */
import type { Queryable } from '../../db.js';

export async function setAgencyCommentPremoderation(db: Queryable, agencyId: number, value: boolean | null): Promise<void> {
  await db.query(`/* setAgencyCommentPremoderation */ UPDATE agencies SET comments_premoderated = $2 WHERE id = $1`, [agencyId, value]);
}
