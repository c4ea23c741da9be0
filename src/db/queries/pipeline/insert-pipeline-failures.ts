/** Keeps items that cannot be processed (already claimed out of the queue) for a later retry. */
import type { Queryable } from '../../db.js';

export async function insertPipelineFailures(
  tx: Queryable,
  items: readonly { sourceId: number; externalId: string; payload: string }[],
  errorCode: string,
): Promise<void> {
  if (items.length === 0) return;
  await tx.query(
    `INSERT INTO pipeline_failures (source_id, external_id, payload, error_code)
     SELECT t.source_id, t.external_id, t.payload, $4 FROM unnest($1::bigint[], $2::text[], $3::text[]) AS t (source_id, external_id, payload)`,
    [items.map((i) => i.sourceId), items.map((i) => i.externalId), items.map((i) => i.payload), errorCode],
  );
}
