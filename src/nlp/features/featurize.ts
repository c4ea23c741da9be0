/**
 * Turns tokens into a hashed sparse vector (the training-side definition; `LinearScorer`
 * computes the same scores faster at inference). Two groups, each L2-normalized and weighted,
 * so long documents and short tweets land on the same scale:
 * - words: word n-grams and negation-scoped copies, counted over the document;
 * - characters: n-grams inside each distinct word, counted within that word times the word's
 *   count in the document, except short ASCII n-grams (up to `charDocMax` characters), counted
 *   over the whole document. Short grams repeat across words ("a", "an") and need the document's
 *   count to be damped; longer ones rarely do, and keeping them per word is what lets inference
 *   cache each word's contribution.
 */
import { getShortGramId, getWordCharNgrams } from './char-ngrams.js';
import { getTermValue, isWordToken, NEGATORS, SCOPE_BREAKERS, SEED_BIGRAM, SEED_NEGATED, SEED_TRIGRAM, SEED_WORD, type FeatureConfig, type SparseVector } from './feature-config.js';
import { hashString, mixHashes } from './hash-string.js';
import { SparseAccumulator } from './sparse-accumulator.js';

export type { FeatureConfig, SparseVector } from './feature-config.js';

/** Reusable featurizer: holds scratch space, so one instance must not be shared across threads. */
export class Featurizer {
  private readonly words = new SparseAccumulator(14);
  private readonly mask: number;
  private tokenHashes = new Uint32Array(256);

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.bucketsLog2) - 1;
  }

  private collectWords(tokens: readonly string[]): void {
    const { wordNgrams, negationScope } = this.config;
    const words = this.words;
    const mask = this.mask;
    words.reset();
    const n = tokens.length;
    if (this.tokenHashes.length < n) this.tokenHashes = new Uint32Array(n * 2);
    const hashes = this.tokenHashes;
    let negatedLeft = 0;
    for (let i = 0; i < n; i += 1) {
      const token = tokens[i] as string;
      const h = hashString(token, SEED_WORD);
      hashes[i] = h;
      words.add(h & mask);
      if (wordNgrams >= 2 && i >= 1) words.add(mixHashes(hashes[i - 1] as number, h ^ SEED_BIGRAM) & mask);
      if (wordNgrams >= 3 && i >= 2) {
        words.add(mixHashes(mixHashes(hashes[i - 2] as number, hashes[i - 1] as number), h ^ SEED_TRIGRAM) & mask);
      }
      if (negationScope > 0) {
        if (SCOPE_BREAKERS.has(token)) negatedLeft = 0;
        else if (NEGATORS.has(token)) negatedLeft = negationScope;
        else if (negatedLeft > 0) {
          words.add(mixHashes(h, SEED_NEGATED) & mask);
          negatedLeft -= 1;
        }
      }
    }
  }

  /** The character group as (index, value) pairs before normalization, and its squared norm. */
  private collectChars(tokens: readonly string[]): { features: [number, number][]; normSq: number } {
    const { charMin, charMax, charDocMax, sublinearTf } = this.config;
    const wordCounts = new Map<string, number>();
    for (const token of tokens) if (isWordToken(token)) wordCounts.set(token, (wordCounts.get(token) ?? 0) + 1);
    const shortCounts = new Map<number, number>();
    const features: [number, number][] = [];
    let normSq = 0;
    for (const [word, count] of wordCounts) {
      const grams = getWordCharNgrams(word, charMin, charMax, charDocMax, this.mask);
      for (const index of grams.shortIndices) shortCounts.set(index, (shortCounts.get(index) ?? 0) + count);
      for (let j = 0; j < grams.longIds.length; j += 1) {
        const v = getTermValue(count * (grams.longCounts[j] as number), sublinearTf);
        normSq += v * v;
        features.push([grams.longIds[j] as number, v]);
      }
    }
    for (const [index, count] of shortCounts) {
      const v = getTermValue(count, sublinearTf);
      normSq += v * v;
      features.push([getShortGramId(index, this.mask), v]);
    }
    return { features, normSq };
  }

  /**
   * Calls `visit(index, value)` for every feature of `tokens`. Indices may repeat (within the
   * character group and across the groups); callers add. Returns the number of features visited.
   */
  forEach(tokens: readonly string[], visit: (index: number, value: number) => void): number {
    this.collectWords(tokens);
    const { sublinearTf, charWeight, charMax } = this.config;
    const acc = this.words;
    let visited = 0;
    let norm = 0;
    for (let k = 0; k < acc.size; k += 1) {
      const v = getTermValue(acc.counts[k] as number, sublinearTf);
      acc.counts[k] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const scale = 1 / Math.sqrt(norm);
      for (let k = 0; k < acc.size; k += 1) visit(acc.keys[k] as number, (acc.counts[k] as number) * scale);
      visited += acc.size;
    }
    if (charMax > 0 && charWeight > 0) {
      const { features, normSq } = this.collectChars(tokens);
      if (normSq > 0) {
        const scale = charWeight / Math.sqrt(normSq);
        for (const [index, value] of features) visit(index, value * scale);
        visited += features.length;
      }
    }
    return visited;
  }

  /** The features of `tokens` as a standalone sparse vector, repeated indices summed (for training). */
  toVector(tokens: readonly string[]): SparseVector {
    const byIndex = new Map<number, number>();
    this.forEach(tokens, (index, value) => byIndex.set(index, (byIndex.get(index) ?? 0) + value));
    return { indices: Int32Array.from(byIndex.keys()), values: Float32Array.from(byIndex.values()) };
  }
}
