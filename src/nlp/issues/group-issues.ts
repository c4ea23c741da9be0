/**
 * Groups posts into issues by single-pass online clustering of TF-IDF vectors in time order:
 * each post joins the most similar cluster active within the time window, or starts a new
 * one. Centroids keep only their strongest terms, so cost per post stays bounded. Labels are
 * the centroid's key phrases. Pure: the same input gives the same clusters.
 */
import { getIssueTerms } from './issue-terms.js';

export interface IssueDocument {
  id: string;
  text: string;
  publishedAt: Date;
  agencyCode?: string | null;
}

export interface IssueCluster {
  id: number;
  /** Readable label from the top key phrases: "bansos cair · dtks". */
  label: string;
  keyPhrases: string[];
  documentIds: string[];
  firstSeen: Date;
  lastSeen: Date;
}

export interface GroupIssuesOptions {
  /** Cosine similarity needed to join a cluster. Default 0.2. */
  threshold?: number;
  /** A cluster takes new posts only this long after its last one. Default 3 days. */
  windowMs?: number;
  /** Clusters smaller than this are dropped (their posts stay unassigned). Default 5. */
  minSize?: number;
  /** Terms kept per centroid. Default 40. */
  centroidTerms?: number;
}

export interface IssueGrouping {
  clusters: IssueCluster[];
  /** Cluster id per document id; documents in no kept cluster are absent. */
  assignments: Map<string, number>;
}

interface WorkingCluster {
  id: number;
  centroid: Map<string, number>;
  norm: number;
  members: number[];
  lastSeen: number;
}

function toVector(terms: readonly string[], idf: ReadonlyMap<string, number>): Map<string, number> {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, c] of tf) {
    const w = (1 + Math.log(c)) * (idf.get(t) ?? 0);
    if (w <= 0) continue;
    v.set(t, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

function prune(centroid: Map<string, number>, keep: number): void {
  if (centroid.size <= keep * 2) return;
  // Deterministic: ties broken by term.
  const top = [...centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  centroid.clear();
  for (const [t, w] of top) centroid.set(t, w);
}

function labelOf(centroid: ReadonlyMap<string, number>): string[] {
  const ranked = [...centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t);
  const phrases: string[] = [];
  for (const t of ranked) {
    if (phrases.length >= 3) break;
    // Skip a word already inside a chosen phrase, and a phrase that repeats chosen words.
    if (phrases.some((p) => p.split(' ').some((w) => t.split(' ').includes(w)))) continue;
    phrases.push(t);
  }
  return phrases;
}

export function groupIssues(documents: readonly IssueDocument[], options: GroupIssuesOptions = {}): IssueGrouping {
  const threshold = options.threshold ?? 0.2;
  const windowMs = options.windowMs ?? 3 * 86_400_000;
  const minSize = options.minSize ?? 5;
  const keep = options.centroidTerms ?? 40;
  const order = documents.map((_, i) => i).sort((a, b) => (documents[a] as IssueDocument).publishedAt.getTime() - (documents[b] as IssueDocument).publishedAt.getTime() || a - b);
  const terms = documents.map((d) => getIssueTerms(d.text));
  const df = new Map<string, number>();
  for (const ts of terms) for (const t of new Set(ts)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  // Terms seen once cannot link two posts; dropping them keeps vectors short.
  for (const [t, c] of df) if (c >= 2) idf.set(t, Math.log((1 + n) / (1 + c)) + 1);

  const clusters: WorkingCluster[] = [];
  const byTerm = new Map<string, Set<number>>();
  for (const i of order) {
    const doc = documents[i] as IssueDocument;
    const time = doc.publishedAt.getTime();
    const v = toVector(terms[i] as string[], idf);
    if (v.size === 0) continue;
    const scores = new Map<number, number>();
    for (const [t, w] of v) {
      const ids = byTerm.get(t);
      if (ids === undefined) continue;
      for (const id of ids) {
        const c = clusters[id] as WorkingCluster;
        if (time - c.lastSeen > windowMs) continue;
        scores.set(id, (scores.get(id) ?? 0) + w * (c.centroid.get(t) ?? 0));
      }
    }
    let best = -1;
    let bestSim = threshold;
    for (const [id, dot] of scores) {
      const sim = dot / ((clusters[id] as WorkingCluster).norm || 1);
      if (sim > bestSim || (sim === bestSim && best >= 0 && id < best)) {
        best = id;
        bestSim = sim;
      }
    }
    let cluster: WorkingCluster;
    if (best < 0) {
      cluster = { id: clusters.length, centroid: new Map(), norm: 0, members: [], lastSeen: time };
      clusters.push(cluster);
    } else {
      cluster = clusters[best] as WorkingCluster;
    }
    cluster.members.push(i);
    cluster.lastSeen = Math.max(cluster.lastSeen, time);
    for (const [t, w] of v) cluster.centroid.set(t, (cluster.centroid.get(t) ?? 0) + w);
    prune(cluster.centroid, keep);
    let norm = 0;
    for (const w of cluster.centroid.values()) norm += w * w;
    cluster.norm = Math.sqrt(norm);
    for (const t of cluster.centroid.keys()) {
      let ids = byTerm.get(t);
      if (ids === undefined) {
        ids = new Set();
        byTerm.set(t, ids);
      }
      ids.add(cluster.id);
    }
  }

  const kept = clusters.filter((c) => c.members.length >= minSize).sort((a, b) => b.members.length - a.members.length || a.id - b.id);
  const assignments = new Map<string, number>();
  const out: IssueCluster[] = kept.map((c, rank) => {
    const docs = c.members.map((i) => documents[i] as IssueDocument);
    for (const d of docs) assignments.set(d.id, rank);
    const keyPhrases = labelOf(c.centroid);
    const times = docs.map((d) => d.publishedAt.getTime());
    return {
      id: rank,
      label: keyPhrases.join(' · '),
      keyPhrases,
      documentIds: docs.map((d) => d.id),
      firstSeen: new Date(Math.min(...times)),
      lastSeen: new Date(Math.max(...times)),
    };
  });
  return { clusters: out, assignments };
}
