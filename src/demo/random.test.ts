import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('Random', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = new Random(42);
    const b = new Random(42);
    const c = new Random(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays within [0, 1) and integer bounds', () => {
    const r = new Random('bounds');
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = r.int(3, 7);
      expect(n >= 3 && n <= 7 && Number.isInteger(n)).toBe(true);
    }
  });

  it('picks by weight in proportion', () => {
    const r = new Random(7);
    let heavy = 0;
    for (let i = 0; i < 20_000; i++) if (r.weighted([['a', 3], ['b', 1]] as const) === 'a') heavy++;
    expect(heavy / 20_000).toBeGreaterThan(0.72);
    expect(heavy / 20_000).toBeLessThan(0.78);
  });
});
