import { describe, expect, it } from 'vitest';
import { getShortGramId, getWordCharNgrams } from './char-ngrams.js';

const MASK = (1 << 19) - 1;

describe('getWordCharNgrams', () => {
  it('gives a short gram the same feature id it has as a long gram', () => {
    const all = new Set(getWordCharNgrams('makanan', 1, 6, 0, MASK).longIds);
    const split = getWordCharNgrams('makanan', 1, 6, 2, MASK);
    expect(split.shortIndices.length).toBe(9 + 8); // "<makanan>": 9 characters, 8 pairs
    for (const index of split.shortIndices) expect(all.has(getShortGramId(index, MASK))).toBe(true);
  });
  it('counts a gram repeated inside the word', () => {
    const { longIds, longCounts } = getWordCharNgrams('anan', 3, 3, 0, MASK); // <an ana nan an>
    expect(longIds.length).toBe(4);
    expect(Array.from(longCounts)).toEqual([1, 1, 1, 1]);
    const repeated = getWordCharNgrams('nanana', 2, 2, 0, MASK); // <n na an na an na a>
    expect(Math.max(...repeated.longCounts)).toBe(3);
  });
  it('keeps grams with non-ASCII characters per word', () => {
    const { shortIndices, longIds } = getWordCharNgrams('é', 1, 2, 2, MASK); // < é > <é é>
    expect(Array.from(shortIndices)).toEqual([60, 62]);
    expect(longIds.length).toBe(3);
  });
});
