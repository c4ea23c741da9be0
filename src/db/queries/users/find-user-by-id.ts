/** The account fields sign-in needs, by id. */
import type { Queryable } from '../../db.js';
import { LOGIN_USER_COLUMNS, toLoginUser, type LoginUser, type LoginUserRow } from './find-user-for-login.js';

export async function findUserById(db: Queryable, id: number): Promise<LoginUser | null> {
  const { rows } = await db.query<LoginUserRow>(`/* findUserById */ SELECT ${LOGIN_USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  return rows[0] ? toLoginUser(rows[0]) : null;
}
