/**
 * Open clusters near a batch's posts: those whose representative shares an LSH band key with
 * a post and whose time span lies within `spanMs` of that post. One row per cluster, with the
 * band keys it matched.
 */
import type { Queryable } from '../../db.js';

export interface ClusterCandidateRow {
  id: number;
  band_keys: number[];
  signature: number[];
  first_seen: Date;
  last_seen: Date;
}

export async function findClusterCandidates(
  tx: Queryable,
  probes: readonly { bandKey: number; at: Date }[],
  spanMs: number,
): Promise<ClusterCandidateRow[]> {
  if (probes.length === 0) return [];
  // Times go as epoch seconds: numbers cost the driver far less to send than Date values.
  const { rows } = await tx.query<ClusterCandidateRow>(
    `WITH hits AS (
       SELECT DISTINCT b.cluster_id, b.band_key
       FROM (SELECT band_key, to_timestamp(at) AS at FROM unnest($1::int[], $2::float8[]) AS p (band_key, at)) AS k
       JOIN mention_cluster_bands b ON b.band_key = k.band_key
         -- A cluster spans at most spanMs, so one that can take a post at k.at began in this range.
         AND b.first_seen >= k.at - make_interval(secs => 2 * $3::float8)
         AND b.first_seen <= k.at + make_interval(secs => $3::float8)
     )
     SELECT c.id, array_agg(h.band_key) AS band_keys, c.signature, c.first_seen, c.last_seen
     FROM hits h JOIN mention_clusters c ON c.id = h.cluster_id
     GROUP BY c.id, c.signature, c.first_seen, c.last_seen`,
    [probes.map((p) => p.bandKey), probes.map((p) => p.at.getTime() / 1000), spanMs / 1000],
  );
  return rows;
}
