/**
 * Second stage of issue grouping: the online pass splits one topic into many clusters (one per
 * wording, and more when a topic pauses longer than its window), so clusters that share core
 * terms are merged. A cluster's core terms are those in at least half of its posts; a core term
 * of one cluster only cannot link two, and one that is core in many clusters ("tolong", "kepada
 * wartawan") links little, so terms weigh log(clusters / clusters having it as core). Leader
 * merging, largest cluster first: each joins the most similar group at or above the threshold,
 * or founds a new one. Callers pass clusters big enough to say which of their terms are core.
 * Deterministic.
 */
import { addInto, getCosine, getNorm, type Centroid } from './centroid.js';

export interface MergeableCluster {
  members: number[];
}

/** Share of a cluster's posts a term must be in to be core. */
const CORE_SHARE = 0.5;

function getCoreTerms(cluster: MergeableCluster, terms: readonly (readonly string[])[]): string[] {
  const df = new Map<string, number>();
  for (const m of cluster.members) for (const t of new Set(terms[m])) df.set(t, (df.get(t) ?? 0) + 1);
  const need = cluster.members.length * CORE_SHARE;
  return [...df].filter(([, n]) => n >= need).map(([t]) => t);
}

/**
 * Merges `clusters` (post indices into `terms`, the issue terms of every post) whose core-term
 * vectors have cosine ≥ `threshold`. Clusters of fewer than `minSize` posts may join a group but
 * never found one, and term weights come from the others only: a handful of posts is too few to
 * say which terms are core. Returns groups of indices into `clusters`, each ascending.
 */
export function mergeClusters(clusters: readonly MergeableCluster[], terms: readonly (readonly string[])[], threshold: number): number[][] {
  const cores = clusters.map((c) => getCoreTerms(c, terms));
  const spread = new Map<string, number>();
  for (const core of cores) for (const t of core) spread.set(t, (spread.get(t) ?? 0) + 1);
  const vectors: Centroid[] = cores.map((core) => {
    const v: Centroid = new Map();
    for (const t of core) {
      const k = spread.get(t) as number;
      if (k >= 2) v.set(t, Math.log(clusters.length / k));
    }
    return v;
  });
  const order = clusters.map((_, i) => i).sort((a, b) => (clusters[b] as MergeableCluster).members.length - (clusters[a] as MergeableCluster).members.length || a - b);
  const groups: { vector: Centroid; norm: number; clusters: number[] }[] = [];
  for (const i of order) {
    const vector = vectors[i] as Centroid;
    const norm = getNorm(vector);
    let best: (typeof groups)[number] | undefined;
    let bestSim = threshold;
    for (const group of groups) {
      const sim = getCosine(vector, norm, group.vector, group.norm);
      if (sim > bestSim || (sim === bestSim && best === undefined)) {
        best = group;
        bestSim = sim;
      }
    }
    if (best === undefined || norm === 0) {
      groups.push({ vector: new Map(vector), norm, clusters: [i] });
      continue;
    }
    addInto(best.vector, vector);
    best.norm = getNorm(best.vector);
    best.clusters.push(i);
  }
  return groups.map((g) => g.clusters.sort((a, b) => a - b));
}
