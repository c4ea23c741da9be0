/** Sparse term vectors for issue grouping: sums of TF-IDF post vectors, pruned to their strongest terms. */

export type Centroid = Map<string, number>;

/** Keeps the `keep` strongest terms once the centroid has grown past twice that (ties by term, for determinism). */
export function pruneCentroid(centroid: Centroid, keep: number): void {
  if (centroid.size <= keep * 2) return;
  const top = [...centroid].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  centroid.clear();
  for (const [t, w] of top) centroid.set(t, w);
}

export function getNorm(centroid: Centroid): number {
  let sum = 0;
  for (const w of centroid.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** Cosine similarity; `normA`, `normB` as from `getNorm`. */
export function getCosine(a: Centroid, normA: number, b: Centroid, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) dot += w * other;
  }
  return dot / (normA * normB);
}

/** Adds `from` into `into`. */
export function addInto(into: Centroid, from: Centroid): void {
  for (const [t, w] of from) into.set(t, (into.get(t) ?? 0) + w);
}
