/** Creates an active staff account; null when the e-mail is already taken. */
import type { Queryable } from '../../db.js';

export async function insertUser(db: Queryable, user: { email: string; displayName: string; passwordHash: string | null }): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertUser */ INSERT INTO users (email, display_name, password_hash, password_changed_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
    [user.email, user.displayName, user.passwordHash],
  );
  return rows[0] ? Number(rows[0].id) : null;
}
