/** Near-duplicate clusters inserted or updated after change number `afterSeq`, in change order. */
import type { Queryable } from '../../db.js';
import type { ClusterRow } from '../../../pipeline/dedupe/cluster-memory.js';
import { toClusterRow } from './load-recent-clusters.js';

export async function findChangedClusters(tx: Queryable, afterSeq: number): Promise<ClusterRow[]> {
  const { rows } = await tx.query<{ id: number; signature: number[]; first_seen: Date; last_seen: Date; change_seq: number }>(
    'SELECT id, signature, first_seen, last_seen, change_seq FROM mention_clusters WHERE change_seq > $1 ORDER BY change_seq',
    [afterSeq],
  );
  return rows.map(toClusterRow);
}
