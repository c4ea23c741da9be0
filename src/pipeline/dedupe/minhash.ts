/**
 * MinHash signatures over word 3-shingles, and LSH band keys for finding near-duplicates.
 * What varies between copies of one campaign post — hashtags, emoji, handles, links,
 * redaction placeholders, case and punctuation — is left out of the shingles on purpose.
 */

export const DEDUPE_VERSION = 'd1';
export const SIGNATURE_SIZE = 64;
/** 8 bands of 4 rows over the first 32 values: pairs with Jaccard ≥ 0.8 meet with p ≈ 0.985. */
export const BANDS = 8;
export const ROWS_PER_BAND = 4;
/** Posts shorter than this many words are never clustered ("mantap 👍" is not a campaign). */
export const MIN_WORDS = 8;

const SEEDS = (() => {
  const seeds = new Int32Array(SIGNATURE_SIZE);
  let x = 0x9e3779b9 | 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = fmix32(x + 0x6d2b79f5);
    seeds[i] = x;
  }
  return seeds;
})();

const NOISE = /https?:\/\/\S+|[@#][\p{L}\p{N}_.]+|\[(?:NIK|KK|NPWP|TELEPON|EMAIL|REKENING)\]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words MinHash looks at: lower case, no hashtags, handles, links, emoji or placeholders. */
export function shingleWords(text: string): string[] {
  return text.toLowerCase().replace(NOISE, ' ').match(WORD) ?? [];
}

/** The MinHash signature of a text, or null when it is too short to compare. */
export function minhashSignature(text: string): Int32Array | null {
  const words = shingleWords(text);
  if (words.length < MIN_WORDS) return null;
  const signature = new Int32Array(SIGNATURE_SIZE).fill(0x7fffffff);
  const hashes = words.map(fnv1a);
  for (let i = 0; i + 2 < hashes.length; i++) {
    const shingle = fmix32(Math.imul(hashes[i]!, 31) ^ Math.imul(hashes[i + 1]!, 17) ^ hashes[i + 2]!);
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = fmix32(shingle ^ SEEDS[k]!) & 0x7fffffff;
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of the texts behind two signatures. */
export function estimateSimilarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** One 32-bit key per band; two texts that share any key are candidates. */
export function bandKeys(signature: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = fmix32(band + 1);
    for (let row = 0; row < ROWS_PER_BAND; row++) h = fmix32(h ^ signature[band * ROWS_PER_BAND + row]!);
    keys.push(h);
  }
  return keys;
}

function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** MurmurHash3's finalizer: a fast, well-mixed 32-bit permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** A stable 52-bit key for an author (platform and handle), safe as a JavaScript number. */
export function authorKey(platform: string, handle: string): number {
  const text = `${platform}:${handle.toLowerCase()}`;
  let hi = 0x811c9dc5;
  let lo = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    hi = Math.imul(hi ^ c, 0x01000193);
    lo = Math.imul(lo ^ c, 0x5bd1e995);
  }
  return (hi >>> 0) * 0x100000 + ((lo >>> 12) & 0xfffff);
}
