/**
 * Adds members to clusters: records their authors (distinct per cluster) and adds counts,
 * reach, engagement and the time span, in two statements for the whole batch.
 */
import type { Queryable } from '../../db.js';

/** Posting times are summed as hours since this instant (small numbers keep the squares exact). */
const EPOCH_2020 = Date.UTC(2020, 0, 1);

export interface ClusterMember {
  clusterId: number;
  authorKey: number | null;
  publishedAt: Date;
  reach: number;
  engagement: number;
}

/** Returns the updated clusters as they now stand, with their new change numbers. */
export interface ClusterStatsRow {
  id: number;
  first_seen: Date;
  last_seen: Date;
  change_seq: number;
}

export async function updateClusterStats(tx: Queryable, members: readonly ClusterMember[]): Promise<ClusterStatsRow[]> {
  if (members.length === 0) return [];
  const withAuthor = members.filter((m) => m.authorKey !== null);
  const { rows } = await tx.query<{ cluster_id: number }>(
    `INSERT INTO mention_cluster_authors (cluster_id, author_key)
     SELECT DISTINCT * FROM unnest($1::bigint[], $2::bigint[])
     ON CONFLICT DO NOTHING RETURNING cluster_id`,
    [withAuthor.map((m) => m.clusterId), withAuthor.map((m) => m.authorKey)],
  );
  const newAuthors = new Map<number, number>();
  for (const r of rows) newAuthors.set(r.cluster_id, (newAuthors.get(r.cluster_id) ?? 0) + 1);
  const stats = new Map<number, { n: number; reach: number; engagement: number; first: number; last: number; sum: number; sq: number }>();
  for (const m of members) {
    const t = m.publishedAt.getTime();
    const s = stats.get(m.clusterId) ?? { n: 0, reach: 0, engagement: 0, first: t, last: t, sum: 0, sq: 0 };
    const hours = (t - EPOCH_2020) / 3_600_000;
    s.sum += hours;
    s.sq += hours * hours;
    s.n++;
    s.reach += m.reach;
    s.engagement += m.engagement;
    s.first = Math.min(s.first, t);
    s.last = Math.max(s.last, t);
    stats.set(m.clusterId, s);
  }
  const ids = [...stats.keys()].sort((a, b) => a - b);
  const updated = await tx.query<ClusterStatsRow>(
    `UPDATE mention_clusters c SET
       mentions = c.mentions + d.n, authors = c.authors + d.authors, reach = c.reach + d.reach,
       engagement = c.engagement + d.engagement,
       first_seen = least(c.first_seen, to_timestamp(d.first_seen)), last_seen = greatest(c.last_seen, to_timestamp(d.last_seen)),
       time_sum_hours = c.time_sum_hours + d.time_sum, time_sq_sum_hours = c.time_sq_sum_hours + d.time_sq_sum,
       change_seq = nextval('mention_clusters_change_seq')
     FROM unnest($1::bigint[], $2::int[], $3::int[], $4::int8[], $5::int8[], $6::float8[], $7::float8[],
       $8::float8[], $9::float8[])
       AS d (id, n, authors, reach, engagement, first_seen, last_seen, time_sum, time_sq_sum)
     WHERE c.id = d.id
     RETURNING c.id, c.first_seen, c.last_seen, c.change_seq`,
    [
      ids,
      ids.map((id) => stats.get(id)!.n),
      ids.map((id) => newAuthors.get(id) ?? 0),
      ids.map((id) => stats.get(id)!.reach),
      ids.map((id) => stats.get(id)!.engagement),
      // Times as epoch seconds (cheaper for the driver than Date values).
      ids.map((id) => stats.get(id)!.first / 1000),
      ids.map((id) => stats.get(id)!.last / 1000),
      ids.map((id) => stats.get(id)!.sum),
      ids.map((id) => stats.get(id)!.sq),
    ],
  );
  return updated.rows;
}
