/**
 * Sentiment inference: featurize normalized tokens, take the linear scores, calibrate them
 * into probabilities. Weights are loaded once and cached; scoring allocates almost nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SENTIMENT_LABELS, type Sentiment, type SentimentLabel } from '../sentiment-label.js';
import { LinearScorer } from '../features/linear-scorer.js';
import { SENTIMENT_MODEL_BIN, SENTIMENT_MODEL_JSON, ZSentimentModelHeader, type SentimentModelHeader } from './sentiment-model-file.js';

export interface SentimentModel {
  readonly version: string;
  /** Scores normalized tokens; no tokens at all gives neutral with certainty. */
  score(tokens: readonly string[]): Sentiment;
  /** Raw (uncalibrated) linear scores, in `SENTIMENT_LABELS` order. */
  decide(tokens: readonly string[]): Float64Array;
}

/** Scores are rounded so output is short and byte-identical across platforms. */
const DIGITS = 1e4;

class LinearSentimentModel implements SentimentModel {
  readonly version: string;
  private readonly scorer: LinearScorer;
  private readonly sums = new Float64Array(3);

  constructor(private readonly header: SentimentModelHeader, weights: Float32Array, wordCacheSize?: number) {
    this.version = header.version;
    this.scorer = new LinearScorer(header.features, weights, 3, wordCacheSize);
  }

  decide(tokens: readonly string[]): Float64Array {
    const b = this.header.biases;
    this.sums[0] = b[0] as number;
    this.sums[1] = b[1] as number;
    this.sums[2] = b[2] as number;
    this.scorer.addScores(tokens, this.sums);
    return Float64Array.from(this.sums);
  }

  score(tokens: readonly string[]): Sentiment {
    if (tokens.length === 0) return { label: 'neutral', scores: { positive: 0, neutral: 1, negative: 0 } };
    const s = this.decide(tokens);
    const { scale, biases } = this.header.calibration;
    const z0 = scale * (s[0] as number) + (biases[0] as number);
    const z1 = scale * (s[1] as number) + (biases[1] as number);
    const z2 = scale * (s[2] as number) + (biases[2] as number);
    const max = Math.max(z0, z1, z2);
    const e0 = Math.exp(z0 - max);
    const e1 = Math.exp(z1 - max);
    const e2 = Math.exp(z2 - max);
    const sum = e0 + e1 + e2;
    const positive = Math.round((e0 / sum) * DIGITS) / DIGITS;
    const neutral = Math.round((e1 / sum) * DIGITS) / DIGITS;
    const negative = Math.round((e2 / sum) * DIGITS) / DIGITS;
    // Ties are broken in label order, so the label never depends on floating-point noise order.
    let label: SentimentLabel = SENTIMENT_LABELS[0];
    if (e1 > e0 && e1 >= e2) label = 'neutral';
    else if (e2 > e0 && e2 > e1) label = 'negative';
    return { label, scores: { positive, neutral, negative } };
  }
}

/**
 * Reads and checks the model files in `dir` (a file URL ending in '/'). `wordCacheSize` 0 turns
 * the per-word cache off (benchmarks use it to measure text never seen before).
 */
export function loadSentimentModel(dir: URL = new URL('../data/', import.meta.url), wordCacheSize?: number): SentimentModel {
  const header = ZSentimentModelHeader.parse(JSON.parse(readFileSync(new URL(SENTIMENT_MODEL_JSON, dir), 'utf8')));
  const bin = readFileSync(new URL(SENTIMENT_MODEL_BIN, dir));
  const digest = createHash('sha256').update(bin).digest('hex');
  if (digest !== header.weightsSha256) throw new Error(`sentiment weights do not match model ${header.version}`);
  const dims = 1 << header.features.bucketsLog2;
  if (bin.byteLength !== dims * 3 * 2) throw new Error(`sentiment weights have the wrong size for model ${header.version}`);
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const weights = new Float32Array(dims * 3);
  for (let i = 0; i < weights.length; i += 1) weights[i] = view.getInt16(i * 2, true) * header.weightStep;
  return new LinearSentimentModel(header, weights, wordCacheSize);
}

let cached: SentimentModel | undefined;

/** The committed model, loaded on first use and shared afterwards. */
export function getSentimentModel(): SentimentModel {
  cached ??= loadSentimentModel();
  return cached;
}
