/** A source's sealed signing secret and agency, for verifying webhook requests. */
import type { Queryable } from '../../db.js';

export async function getWebhookSource(
  db: Queryable,
  sourceId: number,
): Promise<{ id: number; agencyId: number | null; platform: string; sealedSecret: string | null; isActive: boolean } | null> {
  const { rows } = await db.query<{ id: number; agency_id: number | null; platform: string; sealed: string | null; is_active: boolean }>(
    "SELECT id, agency_id, platform, config #>> '{webhook,secret}' AS sealed, is_active FROM sources WHERE id = $1",
    [sourceId],
  );
  const row = rows[0];
  return row ? { id: row.id, agencyId: row.agency_id, platform: row.platform, sealedSecret: row.sealed, isActive: row.is_active } : null;
}
