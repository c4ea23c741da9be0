/** The user of an unused, unexpired reset token; `consume` marks it used in the same statement. */
import type { Queryable } from '../../db.js';

export async function findPasswordReset(db: Queryable, tokenHash: Buffer, consume: boolean): Promise<number | null> {
  const sql = consume
    ? `/* findPasswordReset */ UPDATE password_resets SET used_at = now()
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`
    : `/* findPasswordReset */ SELECT user_id FROM password_resets WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()`;
  const { rows } = await db.query<{ user_id: number }>(sql, [tokenHash]);
  return rows[0] ? Number(rows[0].user_id) : null;
}
