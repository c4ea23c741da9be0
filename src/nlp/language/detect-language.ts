/**
 * Language identification for Indonesian, English, Malay, Javanese and Sundanese: a linear
 * model over character 1–4-grams and words of the raw (not normalized) text. NusaX's other
 * regional languages form their own class and, like low-confidence text, come out `unknown`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LinearScorer } from '../features/linear-scorer.js';
import { tokenize } from '../tokenize.js';
import { LANGUAGE_CLASSES, type Language } from './language-label.js';
import { LANGUAGE_MARKERS } from './language-markers.js';
import { LANGUAGE_MODEL_BIN, LANGUAGE_MODEL_JSON, ZLanguageModelHeader, type LanguageModelHeader } from './language-model-file.js';

export interface LanguageModel {
  readonly version: string;
  /** Language of already tokenized text (`tokenize` output, not normalized). */
  detectTokens(tokens: readonly string[]): Language;
  /** Raw scores per class, in `LANGUAGE_CLASSES` order. */
  decideTokens(tokens: readonly string[]): Float64Array;
}

const K = LANGUAGE_CLASSES.length;
const HAS_LETTER = /\p{L}/u;

/** True when `token` contains a letter; the regex runs only for non-ASCII tokens. */
function hasLetter(token: string): boolean {
  for (let i = 0; i < token.length; i += 1) {
    const c = token.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
    if (c >= 128) return HAS_LETTER.test(token);
  }
  return false;
}

// Score slots of the marker languages, in LANGUAGE_CLASSES order (id, en, ms, jv, su, other).
const MARKER_SLOTS = [0, 2, 3, 4] as const;
/** Marker word → bit per entry of MARKER_SLOTS: one lookup per token instead of four. */
const MARKER_BITS = new Map<string, number>();
[LANGUAGE_MARKERS.id, LANGUAGE_MARKERS.ms, LANGUAGE_MARKERS.jv, LANGUAGE_MARKERS.su].forEach((set, bit) => {
  for (const word of set) MARKER_BITS.set(word, (MARKER_BITS.get(word) ?? 0) | (1 << bit));
});

class LinearLanguageModel implements LanguageModel {
  readonly version: string;
  private readonly scorer: LinearScorer;
  private readonly letterTokens: string[] = [];
  private readonly markerCounts = new Float64Array(MARKER_SLOTS.length);

  constructor(private readonly header: LanguageModelHeader, weights: Float32Array, wordCacheSize?: number) {
    this.version = header.version;
    this.scorer = new LinearScorer(header.features, weights, K, wordCacheSize);
  }

  decideTokens(tokens: readonly string[]): Float64Array {
    const sums = Float64Array.from(this.header.biases);
    // Marks and emoji carry no language; featurize words only.
    const words = this.letterTokens;
    words.length = 0;
    for (const t of tokens) if (hasLetter(t)) words.push(t);
    this.scorer.addScores(words, sums);
    return sums;
  }

  detectTokens(tokens: readonly string[]): Language {
    if (!tokens.some((t) => t !== '@user' && hasLetter(t))) return 'unknown';
    const scores = this.decideTokens(tokens);
    this.addMarkerEvidence(scores);
    let best = 0;
    for (let c = 1; c < K; c += 1) if ((scores[c] as number) > (scores[best] as number)) best = c;
    const label = LANGUAGE_CLASSES[best];
    if (label === undefined || label === 'other' || (scores[best] as number) < this.header.minScore) return 'unknown';
    return label;
  }

  /**
   * Adds marker-word evidence over the words `decideTokens` just kept: each marker adds
   * `markerWeight / sqrt(words)`, so one telling word decides a three-word post while long
   * texts stay with the character model.
   */
  private addMarkerEvidence(scores: Float64Array): void {
    const words = this.letterTokens;
    if (words.length === 0) return;
    const counts = this.markerCounts;
    counts.fill(0);
    for (const t of words) {
      const bits = MARKER_BITS.get(t);
      if (bits === undefined) continue;
      for (let m = 0; m < MARKER_SLOTS.length; m += 1) if ((bits & (1 << m)) !== 0) counts[m] = (counts[m] as number) + 1;
    }
    const step = this.header.markerWeight / Math.sqrt(words.length);
    for (let m = 0; m < MARKER_SLOTS.length; m += 1) {
      const slot = MARKER_SLOTS[m] as number;
      scores[slot] = (scores[slot] as number) + (counts[m] as number) * step;
    }
  }
}

/** Reads and checks the model files in `dir`; `wordCacheSize` 0 turns the per-word cache off. */
export function loadLanguageModel(dir: URL = new URL('../data/', import.meta.url), wordCacheSize?: number): LanguageModel {
  const header = ZLanguageModelHeader.parse(JSON.parse(readFileSync(new URL(LANGUAGE_MODEL_JSON, dir), 'utf8')));
  const bin = readFileSync(new URL(LANGUAGE_MODEL_BIN, dir));
  if (createHash('sha256').update(bin).digest('hex') !== header.weightsSha256) {
    throw new Error(`language weights do not match model ${header.version}`);
  }
  const dims = 1 << header.features.bucketsLog2;
  if (bin.byteLength !== dims * K * 2) throw new Error(`language weights have the wrong size for model ${header.version}`);
  const view = new DataView(bin.buffer, bin.byteOffset, bin.byteLength);
  const weights = new Float32Array(dims * K);
  for (let i = 0; i < weights.length; i += 1) weights[i] = view.getInt16(i * 2, true) * header.weightStep;
  return new LinearLanguageModel(header, weights, wordCacheSize);
}

let cached: LanguageModel | undefined;

export function getLanguageModel(): LanguageModel {
  cached ??= loadLanguageModel();
  return cached;
}

/** Language of raw text: 'id' | 'en' | 'ms' | 'jv' | 'su' | 'unknown'. */
export function detectLanguage(text: string): Language {
  return getLanguageModel().detectTokens(tokenize(text));
}
