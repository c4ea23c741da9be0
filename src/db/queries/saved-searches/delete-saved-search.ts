/** Deletes a user's saved search (and, by cascade, its alert rules); false when it was not theirs. */
import type { Queryable } from '../../db.js';

export async function deleteSavedSearch(db: Queryable, userId: number, id: number): Promise<boolean> {
  const { rowCount } = await db.query(`/* deleteSavedSearch */ DELETE FROM saved_searches WHERE id = $1 AND user_id = $2`, [id, userId]);
  return rowCount > 0;
}
