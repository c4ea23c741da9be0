import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FeatureConfig } from './feature-config.js';
import { Featurizer } from './featurize.js';
import { LinearScorer } from './linear-scorer.js';

const CONFIG: FeatureConfig = { bucketsLog2: 10, wordNgrams: 2, negationScope: 2, charMin: 1, charMax: 6, charDocMax: 2, charWeight: 0.8, sublinearTf: true };
const K = 3;

function randomWeights(seed: number): Float32Array {
  const w = new Float32Array((1 << CONFIG.bucketsLog2) * K);
  let s = seed;
  for (let i = 0; i < w.length; i += 1) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    w[i] = s / 2 ** 32 - 0.5;
  }
  return w;
}

function featurizerScores(config: FeatureConfig, weights: Float32Array, tokens: string[]): number[] {
  const sums = [0, 0, 0];
  new Featurizer(config).forEach(tokens, (index, value) => {
    for (let c = 0; c < K; c += 1) sums[c] = (sums[c] as number) + (weights[index * K + c] as number) * value;
  });
  return sums;
}

const token = fc.oneof(
  fc.constantFrom('tidak', 'enak', 'dan', '.', '!', 'makan', 'makanan', 'nya', '@user', '😍', 'kereta', 'é', 'ñandu'),
  fc.stringMatching(/^[a-z0-9]{1,12}$/),
  fc.constant('x'.repeat(45)),
);

describe('LinearScorer', () => {
  it('gives the featurizer dot product for any tokens, under several settings', () => {
    const configs: FeatureConfig[] = [CONFIG, { ...CONFIG, sublinearTf: false, wordNgrams: 3 }, { ...CONFIG, charMin: 2, charMax: 4, charDocMax: 1, negationScope: 0 }, { ...CONFIG, charDocMax: 0 }, { ...CONFIG, charMax: 0 }];
    const weights = randomWeights(7);
    for (const config of configs) {
      const scorer = new LinearScorer(config, weights, K);
      fc.assert(
        fc.property(fc.array(token, { maxLength: 30 }), (tokens) => {
          const sums = new Float64Array(K);
          scorer.addScores(tokens, sums);
          const expected = featurizerScores(config, weights, tokens);
          for (let c = 0; c < K; c += 1) expect(sums[c]).toBeCloseTo(expected[c] as number, 9);
        }),
        { numRuns: 300, seed: 42 },
      );
    }
  });
  it('gives the same bits with the word cache on and off', () => {
    const weights = randomWeights(3);
    const cached = new LinearScorer(CONFIG, weights, K);
    const uncached = new LinearScorer(CONFIG, weights, K, 0);
    const tokens = ['makanan', 'nya', 'tidak', 'enak', 'makanan', '!', 'x'.repeat(50), 'x'.repeat(50)];
    for (let round = 0; round < 3; round += 1) {
      const a = new Float64Array(K);
      const b = new Float64Array(K);
      cached.addScores(tokens, a);
      uncached.addScores(tokens, b);
      expect(Array.from(a)).toEqual(Array.from(b));
    }
  });
});
