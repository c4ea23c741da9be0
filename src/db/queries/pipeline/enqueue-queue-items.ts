/**
 * Queues raw items for the pipeline, skipping any whose (source, external id) is already
 * queued or already stored; returns the external ids actually queued. Each item carries its
 * publication time and the minute it was queued: workers claim by both (migration 0550).
 */
import type { Queryable } from '../../db.js';

export async function enqueueQueueItems(
  db: Queryable,
  sourceId: number,
  items: readonly { externalId: string; payload: string; publishedAt: Date }[],
): Promise<Set<string>> {
  if (items.length === 0) return new Set();
  const { rows } = await db.query<{ external_id: string }>(
    `INSERT INTO pipeline_queue (source_id, external_id, payload, published_at, claim_slot)
     SELECT $1::bigint, t.external_id, t.payload, to_timestamp(t.published_at), floor(extract(epoch FROM now()) / 60)::bigint
     FROM unnest($2::text[], $3::text[], $4::float8[]) AS t (external_id, payload, published_at)
     WHERE NOT EXISTS (SELECT 1 FROM mention_keys k WHERE k.source_id = $1::bigint AND k.external_id = t.external_id)
     ON CONFLICT (source_id, external_id) DO NOTHING
     RETURNING external_id`,
    [sourceId, items.map((i) => i.externalId), items.map((i) => i.payload), items.map((i) => i.publishedAt.getTime() / 1000)],
  );
  return new Set(rows.map((r) => r.external_id));
}
