import { describe, expect, it } from 'vitest';
import { WordCache } from './word-cache.js';

describe('WordCache', () => {
  it('returns what was stored', () => {
    const cache = new WordCache<number>(4);
    cache.set('a', 1);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
  });
  it('keeps a recently used word when a generation rolls over', () => {
    const cache = new WordCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3); // rolls over: a, b now in the previous generation
    expect(cache.get('a')).toBe(1); // promoted
    cache.set('d', 4); // rolls over again: c and a survive in the previous generation
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
  });
  it('stores nothing when its capacity is 0', () => {
    const cache = new WordCache<number>(0);
    cache.set('a', 1);
    expect(cache.get('a')).toBeUndefined();
  });
});
