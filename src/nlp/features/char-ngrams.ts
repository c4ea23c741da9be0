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
 * Boundaries are marked so prefixes ("ter", "ke-") and suffixes ("-an") are distinct grams. One FNV
 * pass per start position yields every gram length from there (grams of different lengths are
 * different strings, so one seed serves them all), over char codes: no substring is allocated.
 */
export function getWordCharNgrams(word: string, min: number, max: number, docMax: number, mask: number): WordCharNgrams {
  const len = word.length + 2;
  const shortIndices: number[] = [];
  const longCounts = new Map<number, number>();
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
      if (length <= docMax && shortIndex >= 0) shortIndices.push(shortIndex);
      else {
        const id = (h >>> 0) & mask;
        longCounts.set(id, (longCounts.get(id) ?? 0) + 1);
      }
    }
  }
  return { shortIndices: Uint16Array.from(shortIndices), longIds: Int32Array.from(longCounts.keys()), longCounts: Int32Array.from(longCounts.values()) };
}
