/** Stores a source's sealed webhook signing secret (replacing any previous one). */
import type { Queryable } from '../../db.js';

export async function setWebhookSecret(db: Queryable, sourceId: number, sealed: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `UPDATE sources SET config = jsonb_set(config, '{webhook}', jsonb_build_object('secret', $2::text, 'rotated_at', now()))
     WHERE id = $1`,
    [sourceId, sealed],
  );
  return rowCount > 0;
}
