/**
 * Claims the exact de-duplication keys of a batch and gives each new one a mention id; keys
 * already stored are skipped. Returns the new keys' ids by "sourceId:externalId". (Times go as
 * epoch seconds: numbers cost the driver far less to send than Date values.)
 */
import type { Queryable } from '../../db.js';

export async function insertMentionKeys(
  tx: Queryable,
  keys: readonly { sourceId: number; externalId: string; publishedAt: Date }[],
): Promise<Map<string, number>> {
  if (keys.length === 0) return new Map();
  const { rows } = await tx.query<{ source_id: number; external_id: string; mention_id: number }>(
    `INSERT INTO mention_keys (source_id, external_id, mention_id, published_at)
     SELECT t.source_id, t.external_id, nextval('mentions_id_seq'), to_timestamp(t.published_at)
     FROM unnest($1::bigint[], $2::text[], $3::float8[]) AS t (source_id, external_id, published_at)
     ON CONFLICT (source_id, external_id) DO NOTHING
     RETURNING source_id, external_id, mention_id`,
    [keys.map((k) => k.sourceId), keys.map((k) => k.externalId), keys.map((k) => k.publishedAt.getTime() / 1000)],
  );
  return new Map(rows.map((r) => [`${r.source_id}:${r.external_id}`, r.mention_id]));
}
