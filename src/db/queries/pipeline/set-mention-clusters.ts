/** Files already stored mentions into a cluster (a post that found its twin later). */
import type { Queryable } from '../../db.js';

export async function setMentionClusters(
  tx: Queryable,
  rows: readonly { mentionId: number; publishedAt: Date; clusterId: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `UPDATE mentions m SET cluster_id = d.cluster_id
     FROM unnest($1::bigint[], $2::timestamptz[], $3::bigint[]) AS d (id, published_at, cluster_id)
     WHERE m.id = d.id AND m.published_at = d.published_at`,
    [rows.map((r) => r.mentionId), rows.map((r) => r.publishedAt), rows.map((r) => r.clusterId)],
  );
}
