/**
 * Records a webhook signature as used; false when it was already used (a replay). Entries
 * older than the acceptance window are dropped on the way, since a stale timestamp is
 * refused anyway.
 */
import type { Queryable } from '../../db.js';

export async function rememberSignature(db: Queryable, sourceId: number, signatureHash: Buffer, windowSeconds: number): Promise<boolean> {
  await db.query('DELETE FROM ingest_signatures WHERE seen_at < now() - make_interval(secs => $1::int)', [windowSeconds * 2]);
  const { rowCount } = await db.query(
    'INSERT INTO ingest_signatures (source_id, signature_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING',
    [sourceId, signatureHash],
  );
  return rowCount > 0;
}
