/** 32-bit FNV-1a string hashing and hash mixing for feature hashing (stable across runs and platforms). */

/** FNV-1a over UTF-16 code units of `text[start, end)`, seeded so feature groups differ. */
export function hashString(text: string, seed: number, start = 0, end = text.length): number {
  let h = (0x811c9dc5 ^ Math.imul(seed, 0x9e3779b1)) >>> 0;
  for (let i = start; i < end; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes order-sensitively (for word n-grams), with a final avalanche. */
export function mixHashes(a: number, b: number): number {
  let h = (Math.imul(a, 0x85ebca6b) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}
