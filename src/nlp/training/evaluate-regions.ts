/** Micro precision and recall of region extraction over a labelled set. */
import { extractRegions } from '../regions/extract-regions.js';
import type { RegionExample } from './region-test-set.js';

export interface RegionScores {
  sentences: number;
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  errors: { text: string; expected: string[]; got: string[] }[];
}

export function evaluateRegions(examples: readonly RegionExample[]): RegionScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: RegionScores['errors'] = [];
  for (const e of examples) {
    const got = extractRegions(e.text).map((r) => r.code);
    const expected = new Set(e.codes);
    const gotSet = new Set(got);
    for (const c of gotSet) if (expected.has(c)) tp += 1;
    else fp += 1;
    for (const c of expected) if (!gotSet.has(c)) fn += 1;
    if (got.length !== expected.size || got.some((c) => !expected.has(c))) errors.push({ text: e.text, expected: e.codes, got });
  }
  return {
    sentences: examples.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    errors,
  };
}
