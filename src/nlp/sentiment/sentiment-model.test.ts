import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeTokens } from '../normalize.js';
import { SENTIMENT_LABELS } from '../sentiment-label.js';
import { tokenize } from '../tokenize.js';
import { getClassificationMetrics } from '../training/classification-metrics.js';
import { getDataDir, readSmsa } from '../training/read-datasets.js';
import { getSentimentModel } from './sentiment-model.js';

const score = (text: string) => getSentimentModel().score(normalizeTokens(tokenize(text)));

describe('sentiment model', () => {
  it('exposes a version that names the weights', () => {
    expect(getSentimentModel().version).toMatch(/^sentiment-svm-2\+[0-9a-f]{8}$/);
  });
  it('gives probabilities that sum to one', () => {
    const { scores } = score('pelayanan cepat dan ramah');
    expect(scores.positive + scores.neutral + scores.negative).toBeCloseTo(1, 3);
  });
  it('labels clear praise positive and clear complaints negative', () => {
    expect(score('pelayanannya cepat dan ramah, mantap!').label).toBe('positive');
    expect(score('jalan rusak parah, pemerintah tidak peduli, kecewa').label).toBe('negative');
  });
  it('flips polarity under negation: "enak" vs "tidak enak"', () => {
    expect(score('makanannya enak').label).toBe('positive');
    expect(score('makanannya tidak enak').label).toBe('negative');
  });
  it('scores informal spellings like their standard forms', () => {
    expect(score('gak enak bgt').label).toBe(score('tidak enak banget').label);
  });
  it('gives an empty document neutral with certainty', () => {
    expect(score('')).toEqual({ label: 'neutral', scores: { positive: 0, neutral: 1, negative: 0 } });
  });
  it('is deterministic: the same text scores identically twice', () => {
    const text = 'antrean bansos lama sekali tapi petugasnya ramah';
    expect(JSON.stringify(score(text))).toBe(JSON.stringify(score(text)));
  });
  it.skipIf(!existsSync(path.join(getDataDir(), 'sentiment/smsa/valid_decontam.tsv')))('keeps macro-F1 on SmSA valid_decontam at 0.87 or more', () => {
    const rows = readSmsa('valid_decontam');
    const gold = rows.map((r) => SENTIMENT_LABELS.indexOf(r.label));
    const predicted = rows.map((r) => SENTIMENT_LABELS.indexOf(score(r.text).label));
    expect(getClassificationMetrics(gold, predicted, 3).macroF1).toBeGreaterThanOrEqual(0.87);
  });
});
