/**
 * Opens new near-duplicate clusters (stats start at zero; `updateClusterStats` adds the
 * members) and indexes their representatives' band keys. Returns ids by representative.
 */
import type { Queryable } from '../../db.js';

export interface NewCluster {
  representativeMentionId: number;
  firstSeen: Date;
  signature: ArrayLike<number>;
  bandKeys: readonly number[];
}

export async function insertClusters(tx: Queryable, clusters: readonly NewCluster[]): Promise<Map<number, number>> {
  if (clusters.length === 0) return new Map();
  const { rows } = await tx.query<{ id: number; representative_mention_id: number }>(
    `INSERT INTO mention_clusters (representative_mention_id, first_seen, last_seen, mentions, authors, reach, engagement, signature)
     SELECT t.rep, t.first_seen, t.first_seen, 0, 0, 0, 0, string_to_array(t.signature, ',')::int[]
     FROM unnest($1::bigint[], $2::timestamptz[], $3::text[]) AS t (rep, first_seen, signature)
     RETURNING id, representative_mention_id`,
    [clusters.map((c) => c.representativeMentionId), clusters.map((c) => c.firstSeen), clusters.map((c) => Array.from(c.signature).join(','))],
  );
  const ids = new Map(rows.map((r) => [r.representative_mention_id, r.id]));
  const bandClusterIds: number[] = [];
  const bandKeys: number[] = [];
  // Times as epoch seconds: the driver formats each Date in JavaScript, and there are ~16 bands a cluster.
  const firstSeen: number[] = [];
  for (const cluster of clusters) {
    for (const key of cluster.bandKeys) {
      bandClusterIds.push(ids.get(cluster.representativeMentionId)!);
      bandKeys.push(key);
      firstSeen.push(cluster.firstSeen.getTime() / 1000);
    }
  }
  await tx.query(
    `INSERT INTO mention_cluster_bands (band_key, first_seen, cluster_id)
     SELECT t.band_key, to_timestamp(t.first_seen), t.cluster_id
     FROM unnest($1::int[], $2::float8[], $3::bigint[]) AS t (band_key, first_seen, cluster_id) ON CONFLICT DO NOTHING`,
    [bandKeys, firstSeen, bandClusterIds],
  );
  return ids;
}
