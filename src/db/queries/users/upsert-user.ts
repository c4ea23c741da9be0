/** Creates a staff user unless the e-mail exists (case-insensitive); returns the id. */
import type { Queryable } from '../../db.js';

export async function upsertUser(
  db: Queryable,
  user: { email: string; displayName: string; passwordHash: string | null; status?: 'invited' | 'active' | 'disabled' },
): Promise<number> {
  const existing = await db.query<{ id: number }>('SELECT id FROM users WHERE lower(email) = lower($1)', [user.email]);
  if (existing.rows[0]) return existing.rows[0].id;
  const { rows } = await db.query<{ id: number }>(
    'INSERT INTO users (email, display_name, password_hash, status) VALUES ($1, $2, $3, $4) RETURNING id',
    [user.email, user.displayName, user.passwordHash, user.status ?? 'active'],
  );
  return rows[0]!.id;
}
