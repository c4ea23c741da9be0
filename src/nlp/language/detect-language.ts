/**
 * Language identification for Indonesian, English, Malay, Javanese and Sundanese: a linear
 * model over character 1–4-grams and words of the raw (not normalized) text. NusaX's other
 * regional languages form their own class and, like low-confidence text, come out `unknown`.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Featurizer } from '../sentiment/featurize.js';
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

class LinearLanguageModel implements LanguageModel {
  readonly version: string;
  private readonly featurizer: Featurizer;

  constructor(private readonly header: LanguageModelHeader, private readonly weights: Float32Array) {
    this.version = header.version;
    this.featurizer = new Featurizer(header.features);
  }

  decideTokens(tokens: readonly string[]): Float64Array {
    const sums = Float64Array.from(this.header.biases);
    const weights = this.weights;
    // Marks and emoji carry no language; featurize words only.
    const words = tokens.filter((t) => HAS_LETTER.test(t));
    this.featurizer.forEach(words, (index, value) => {
      const base = index * K;
      for (let c = 0; c < K; c += 1) sums[c] = (sums[c] as number) + (weights[base + c] as number) * value;
    });
    return sums;
  }

  detectTokens(tokens: readonly string[]): Language {
    if (!tokens.some((t) => HAS_LETTER.test(t) && t !== '@user')) return 'unknown';
    const scores = this.decideTokens(tokens);
    this.addMarkerEvidence(tokens, scores);
    let best = 0;
    for (let c = 1; c < K; c += 1) if ((scores[c] as number) > (scores[best] as number)) best = c;
    const label = LANGUAGE_CLASSES[best];
    if (label === undefined || label === 'other' || (scores[best] as number) < this.header.minScore) return 'unknown';
    return label;
  }

  /**
   * Adds marker-word evidence: each marker adds `markerWeight / sqrt(words)`, so one telling word
   * decides a three-word post while long texts stay with the character model.
   */
  private addMarkerEvidence(tokens: readonly string[], scores: Float64Array): void {
    let words = 0;
    const counts = [0, 0, 0, 0];
    for (const t of tokens) {
      if (!HAS_LETTER.test(t)) continue;
      words += 1;
      if (LANGUAGE_MARKERS.id.has(t)) counts[0] = (counts[0] as number) + 1;
      if (LANGUAGE_MARKERS.ms.has(t)) counts[1] = (counts[1] as number) + 1;
      if (LANGUAGE_MARKERS.jv.has(t)) counts[2] = (counts[2] as number) + 1;
      if (LANGUAGE_MARKERS.su.has(t)) counts[3] = (counts[3] as number) + 1;
    }
    if (words === 0) return;
    const step = this.header.markerWeight / Math.sqrt(words);
    // LANGUAGE_CLASSES order: id, en, ms, jv, su, other.
    scores[0] = (scores[0] as number) + (counts[0] as number) * step;
    scores[2] = (scores[2] as number) + (counts[1] as number) * step;
    scores[3] = (scores[3] as number) + (counts[2] as number) * step;
    scores[4] = (scores[4] as number) + (counts[3] as number) * step;
  }
}

export function loadLanguageModel(dir: URL = new URL('../data/', import.meta.url)): LanguageModel {
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
  return new LinearLanguageModel(header, weights);
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
