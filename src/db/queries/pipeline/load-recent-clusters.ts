/**
 * The newest near-duplicate clusters (by first post), up to `limit`, and the change number
 * they are current as of: a worker's starting copy (ClusterMemory). Read under the cluster
 * write lock, so no change slips in between the two statements.
 */
import type { Queryable } from '../../db.js';
import type { ClusterRow } from '../../../pipeline/dedupe/cluster-memory.js';

export async function loadRecentClusters(tx: Queryable, limit: number): Promise<{ rows: ClusterRow[]; changeSeq: number }> {
  const seq = await tx.query<{ seq: number }>('SELECT coalesce(max(change_seq), 0)::int8 AS seq FROM mention_clusters');
  const { rows } = await tx.query<{ id: number; signature: number[]; first_seen: Date; last_seen: Date; change_seq: number }>(
    `SELECT id, signature, first_seen, last_seen, change_seq FROM mention_clusters ORDER BY first_seen DESC LIMIT $1`,
    [limit],
  );
  return { rows: rows.map(toClusterRow), changeSeq: seq.rows[0]?.seq ?? 0 };
}

export function toClusterRow(r: { id: number; signature: number[]; first_seen: Date; last_seen: Date; change_seq: number }): ClusterRow {
  return { id: r.id, signature: r.signature, firstSeen: r.first_seen.getTime(), lastSeen: r.last_seen.getTime(), changeSeq: r.change_seq };
}
