/** Turns a channel on or off; returns its agency (for the audit entry), or null if it does not exist. */
import type { Queryable } from '../../db.js';

export async function setSyndicationChannelActive(db: Queryable, id: number, active: boolean): Promise<number | null> {
  const { rows } = await db.query<{ agencyId: number }>(
    `/* setSyndicationChannelActive */
     UPDATE syndication_channels SET is_active = $2, updated_at = now() WHERE id = $1 RETURNING agency_id AS "agencyId"`,
    [id, active],
  );
  return rows[0] ? Number(rows[0].agencyId) : null;
}
