/**
 * Character n-grams of one word, split the way the character feature group counts them: short
 * ASCII grams (one or two characters) over the whole document, every other n-gram within its word.
 */
import { hashString } from './hash-string.js';

export interface WordCharNgrams {
  /** Short grams of `<word>` as dense indices (see `getShortGramIndex`), one per occurrence. */
  shortIndices: Uint16Array;
  /** Distinct ids of the other grams. */
  longIds: Int32Array;
  /** How often each of `longIds` occurs in the word. */
  longCounts: Int32Array;
}

/** Dense indices: 0–127 one ASCII character, 128 + 128·a + b the pair ab. */
export const SHORT_GRAM_INDICES = 128 + 128 * 128;

const CHAR_BASIS = hashString('', 5);
const PRIME = 0x01000193;
const OPEN = 60; // '<'
const CLOSE = 62; // '>'

/** Feature id of the short gram with dense index `index`: the same hash its characters get as a long gram. */
export function getShortGramId(index: number, mask: number): number {
  if (index < 128) return (Math.imul(CHAR_BASIS ^ index, PRIME) >>> 0) & mask;
  const pair = index - 128;
  const first = Math.imul(CHAR_BASIS ^ (pair >> 7), PRIME);
  return (Math.imul(first ^ (pair & 127), PRIME) >>> 0) & mask;
}

/**
 * Reusable scratch space for one word's n-grams, so computing them allocates nothing. Boundaries
 * are marked so prefixes ("ter", "ke-") and suffixes ("-an") are distinct grams. One FNV pass per
 * start position yields every gram length from there (grams of different lengths are different
 * strings, so one seed serves them all), over char codes: no substring is allocated.
 */
export class CharNgramBuffer {
  shortIndices = new Uint16Array(256);
  shortCount = 0;
  /** Distinct long ids, ascending, in [0, longCount). */
  longIds = new Int32Array(256);
  longCounts = new Int32Array(256);
  longCount = 0;

  fill(word: string, min: number, max: number, docMax: number, mask: number): void {
    const len = word.length + 2;
    const capacity = len * Math.max(max, 1);
    if (this.longIds.length < capacity) {
      this.longIds = new Int32Array(capacity * 2);
      this.longCounts = new Int32Array(capacity * 2);
      this.shortIndices = new Uint16Array(capacity * 2);
    }
    const long = this.longIds;
    const short = this.shortIndices;
    let longCount = 0;
    let shortCount = 0;
    for (let start = 0; start < len; start += 1) {
      let h = CHAR_BASIS;
      let shortIndex = 0;
      const last = Math.min(len, start + max);
      for (let end = start; end < last; end += 1) {
        const code = end === 0 ? OPEN : end === len - 1 ? CLOSE : word.charCodeAt(end - 1);
        h = Math.imul(h ^ code, PRIME);
        const length = end - start + 1;
        if (length === 1) shortIndex = code < 128 ? code : -1;
        else if (length === 2) shortIndex = shortIndex >= 0 && code < 128 ? 128 + shortIndex * 128 + code : -1;
        if (length < min) continue;
        if (length <= docMax && shortIndex >= 0) short[shortCount++] = shortIndex;
        else long[longCount++] = (h >>> 0) & mask;
      }
    }
    // Sorted, then run-length counted in place: a fixed order for the sums, and no map per word.
    long.subarray(0, longCount).sort();
    const counts = this.longCounts;
    let distinct = 0;
    for (let t = 0; t < longCount; t += 1) {
      if (t > 0 && long[t] === long[distinct - 1]) {
        counts[distinct - 1] = (counts[distinct - 1] as number) + 1;
      } else {
        long[distinct] = long[t] as number;
        counts[distinct] = 1;
        distinct += 1;
      }
    }
    this.shortCount = shortCount;
    this.longCount = distinct;
  }
}

const buffer = new CharNgramBuffer();

/** The n-grams of `word` as standalone arrays (training and tests; inference uses a buffer). */
export function getWordCharNgrams(word: string, min: number, max: number, docMax: number, mask: number): WordCharNgrams {
  buffer.fill(word, min, max, docMax, mask);
  return {
    shortIndices: buffer.shortIndices.slice(0, buffer.shortCount),
    longIds: buffer.longIds.slice(0, buffer.longCount),
    longCounts: buffer.longCounts.slice(0, buffer.longCount),
  };
}
