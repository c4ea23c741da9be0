/** Clusters whose representative shares an LSH band key with a new post, within a time range. */
import type { Queryable } from '../../db.js';

export interface ClusterCandidateRow {
  id: number;
  band_key: number;
  signature: number[];
  first_seen: Date;
  last_seen: Date;
}

export async function findClusterCandidates(
  tx: Queryable,
  bandKeys: readonly number[],
  from: Date,
  to: Date,
): Promise<ClusterCandidateRow[]> {
  if (bandKeys.length === 0) return [];
  const { rows } = await tx.query<ClusterCandidateRow>(
    `SELECT c.id, b.band_key, c.signature, c.first_seen, c.last_seen
     FROM unnest($1::int[]) AS k (band_key)
     JOIN mention_cluster_bands b ON b.band_key = k.band_key
     JOIN mention_clusters c ON c.id = b.cluster_id
     WHERE c.last_seen >= $2 AND c.first_seen <= $3`,
    [bandKeys, from, to],
  );
  return rows;
}
