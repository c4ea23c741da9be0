/**
 * The salt of one WIB day for reader vote hashes, created on first use by whichever process
 * asks first (the insert is a no-op for the others), and the salts before yesterday deleted.
 */
import type { Queryable } from '../../db.js';

export async function getDailySalt(db: Queryable, day: string, candidate: Buffer): Promise<Buffer> {
  await db.query(`/* getDailySalt:insert */ INSERT INTO portal_daily_salts (day, salt) VALUES ($1::date, $2) ON CONFLICT (day) DO NOTHING`, [day, candidate]);
  await db.query(`/* getDailySalt:prune */ DELETE FROM portal_daily_salts WHERE day < $1::date - 1`, [day]);
  const { rows } = await db.query<{ salt: Uint8Array }>(`/* getDailySalt */ SELECT salt FROM portal_daily_salts WHERE day = $1::date`, [day]);
  return Buffer.from(rows[0]!.salt);
}
