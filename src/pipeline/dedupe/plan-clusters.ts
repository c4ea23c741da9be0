/**
 * Near-duplicate grouping for one batch, decided in memory: each post joins the most similar
 * open cluster, or pairs with a remembered singleton to open a new one, or is remembered as
 * a singleton itself. A cluster only spans a bounded time (MAX_SPAN): the same phrasing
 * written again weeks later is a new cluster, not the same campaign.
 */
import { estimateSimilarity } from './minhash.js';
import type { NearDuplicateIndex, Singleton } from './near-duplicate-index.js';

/** Estimated Jaccard similarity of word 3-shingles needed to count as a copy. */
export const JOIN_SIMILARITY = 0.6;
/** Longest time from a cluster's first to its last post. */
export const MAX_SPAN_MS = 48 * 3_600_000;

export interface ClusterDoc {
  /** Position in the batch. */
  index: number;
  mentionId: number;
  publishedAt: number;
  signature: Int32Array;
  bands: number[];
  authorKey: number | null;
  reach: number;
  engagement: number;
}

export interface OpenCluster {
  id: number;
  signature: ArrayLike<number>;
  firstSeen: number;
  lastSeen: number;
}

export interface PlannedCluster {
  /** Negative until the database gives the cluster its id. */
  tempId: number;
  representative: Singleton;
  /** True when the representative is a post stored by an earlier batch. */
  representativeIsStored: boolean;
  firstSeen: number;
}

export interface ClusterPlan {
  /** Cluster per batch position (existing id, or a negative temp id), or null. */
  assignment: (number | null)[];
  newClusters: PlannedCluster[];
  /** Posts of this batch to remember as singletons once the batch is committed. */
  newSingletons: Singleton[];
  /** Remembered singletons that opened a cluster (forget them once committed). */
  usedSingletons: Singleton[];
}

export function planClusters(
  docs: readonly ClusterDoc[],
  open: readonly (OpenCluster & { bandKeys: readonly number[] })[],
  index: NearDuplicateIndex,
  batchSize: number,
): ClusterPlan {
  const clustersByBand = new Map<number, OpenCluster[]>();
  const addClusterBand = (band: number, cluster: OpenCluster) => {
    const list = clustersByBand.get(band) ?? [];
    if (!list.includes(cluster)) list.push(cluster);
    clustersByBand.set(band, list);
  };
  for (const row of open) {
    const cluster: OpenCluster = { id: row.id, signature: row.signature, firstSeen: row.firstSeen, lastSeen: row.lastSeen };
    for (const band of row.bandKeys) addClusterBand(band, cluster);
  }

  const plan: ClusterPlan = { assignment: new Array<number | null>(batchSize).fill(null), newClusters: [], newSingletons: [], usedSingletons: [] };
  const batchSingletons = new Map<number, Singleton[]>();
  const stored = new Set<Singleton>();
  const used = new Set<Singleton>();
  let nextTemp = -1;

  const sorted = [...docs].sort((a, b) => a.publishedAt - b.publishedAt || a.index - b.index);
  for (const doc of sorted) {
    const cluster = bestCluster(doc, doc.bands.flatMap((b) => clustersByBand.get(b) ?? []));
    if (cluster) {
      plan.assignment[doc.index] = cluster.id;
      cluster.firstSeen = Math.min(cluster.firstSeen, doc.publishedAt);
      cluster.lastSeen = Math.max(cluster.lastSeen, doc.publishedAt);
      continue;
    }
    const fromIndex = index.lookup(doc.bands, doc.publishedAt, MAX_SPAN_MS).filter((s) => !used.has(s));
    for (const s of fromIndex) stored.add(s);
    const fromBatch = doc.bands.flatMap((b) => batchSingletons.get(b) ?? []).filter((s) => s.alive);
    const twin = bestSingleton(doc, [...fromIndex, ...fromBatch]);
    if (twin) {
      const isStored = stored.has(twin);
      const planned: PlannedCluster = { tempId: nextTemp--, representative: twin, representativeIsStored: isStored, firstSeen: Math.min(twin.publishedAt, doc.publishedAt) };
      plan.newClusters.push(planned);
      if (isStored) {
        plan.usedSingletons.push(twin);
        used.add(twin);
      }
      else {
        twin.alive = false;
        const twinDoc = docs.find((d) => d.mentionId === twin.mentionId);
        if (twinDoc) plan.assignment[twinDoc.index] = planned.tempId;
      }
      plan.assignment[doc.index] = planned.tempId;
      const opened: OpenCluster = { id: planned.tempId, signature: twin.signature, firstSeen: planned.firstSeen, lastSeen: Math.max(twin.publishedAt, doc.publishedAt) };
      for (const band of twin.bands) addClusterBand(band, opened);
      continue;
    }
    const singleton: Singleton = {
      mentionId: doc.mentionId, publishedAt: doc.publishedAt, signature: doc.signature, bands: doc.bands,
      authorKey: doc.authorKey, reach: doc.reach, engagement: doc.engagement, alive: true,
    };
    for (const band of doc.bands) {
      const list = batchSingletons.get(band) ?? [];
      list.push(singleton);
      batchSingletons.set(band, list);
    }
    plan.newSingletons.push(singleton);
  }
  plan.newSingletons = plan.newSingletons.filter((s) => s.alive);
  return plan;
}

function bestCluster(doc: ClusterDoc, candidates: readonly OpenCluster[]): OpenCluster | null {
  let best: OpenCluster | null = null;
  let bestScore = JOIN_SIMILARITY;
  for (const c of candidates) {
    if (Math.max(c.lastSeen, doc.publishedAt) - Math.min(c.firstSeen, doc.publishedAt) > MAX_SPAN_MS) continue;
    const score = estimateSimilarity(doc.signature, c.signature);
    if (score > bestScore || (score === bestScore && best !== null && c.id < best.id) || (best === null && score >= bestScore)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function bestSingleton(doc: ClusterDoc, candidates: readonly Singleton[]): Singleton | null {
  let best: Singleton | null = null;
  let bestScore = JOIN_SIMILARITY;
  for (const s of candidates) {
    if (s.mentionId === doc.mentionId || Math.abs(s.publishedAt - doc.publishedAt) > MAX_SPAN_MS) continue;
    const score = estimateSimilarity(doc.signature, s.signature);
    if (score > bestScore || (best === null && score >= bestScore)) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
