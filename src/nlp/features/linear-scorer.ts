/**
 * Linear scores W·x of `Featurizer` features at inference, fast: each distinct word's hash and
 * character n-grams, with the weighted sum of its per-word n-grams, are computed once and cached,
 * so a document costs a lookup per word and a count per character, not a hash per n-gram.
 */
import { WordCache } from '../word-cache.js';
import { CharNgramBuffer, getShortGramId, SHORT_GRAM_INDICES } from './char-ngrams.js';
import { getTermValue, isWordToken, NEGATORS, SCOPE_BREAKERS, SEED_BIGRAM, SEED_NEGATED, SEED_TRIGRAM, SEED_WORD, type FeatureConfig } from './feature-config.js';
import { hashString, mixHashes } from './hash-string.js';
import { SparseAccumulator } from './sparse-accumulator.js';

/** What a word contributes wherever it occurs (plus two scratch fields for the current document). */
interface WordEntry {
  hash: number;
  /** 1 negator, 2 scope breaker, 0 neither. */
  negation: number;
  hasChars: boolean;
  /**
   * Where the word's numbers sit, contiguous in a shared chunk (no allocation per word): per class
   * the weighted sum of its per-word n-grams when it occurs once, then its short-gram indices, its
   * long ids and their counts.
   */
  data: Float64Array;
  offset: number;
  shortCount: number;
  longCount: number;
  /** Σ value² of the per-word n-grams when the word occurs once, for the group's norm. */
  longNormSq: number;
  /** Document the two fields below belong to. */
  stamp: number;
  /** Occurrences in that document. */
  occurrences: number;
}

/** Distinct words kept per model; posts draw from a Zipfian vocabulary, so most lookups hit. */
export const DEFAULT_WORD_CACHE_SIZE = 50_000;
/** Longer tokens (pasted hashes, runs of letters) are computed per document, never cached. */
const MAX_CACHED_LENGTH = 40;
/** Doubles per chunk of word data; a chunk is freed once no cached word points into it. */
const CHUNK_SIZE = 1 << 16;

export class LinearScorer {
  private readonly words = new SparseAccumulator(14);
  private readonly mask: number;
  private readonly cache: WordCache<WordEntry>;
  /** Words computed for the current document, so a repeat is the same word even when the cache dropped it. */
  private readonly computed = new Map<string, WordEntry>();
  /** Weights of the short grams by dense index: contiguous, so the hot ones stay in cache. */
  private readonly shortWeights: Float32Array;
  private readonly shortCounts = new Int32Array(SHORT_GRAM_INDICES);
  private readonly touched = new Uint16Array(SHORT_GRAM_INDICES);
  private readonly charTotals: Float64Array;
  private readonly distinct: WordEntry[] = [];
  private readonly grams = new CharNgramBuffer();
  private chunk = new Float64Array(CHUNK_SIZE);
  private chunkUsed = 0;
  /** Whether this document must remember its own words (see `computed`). */
  private tracksWords = false;
  private tokenHashes = new Uint32Array(256);
  private stamp = 0;
  private readonly cacheSize: number;

  constructor(
    private readonly config: FeatureConfig,
    private readonly weights: Float32Array,
    private readonly numClasses: number,
    cacheSize = DEFAULT_WORD_CACHE_SIZE,
  ) {
    this.mask = (1 << config.bucketsLog2) - 1;
    this.cache = new WordCache(cacheSize);
    this.cacheSize = cacheSize;
    this.charTotals = new Float64Array(numClasses);
    this.shortWeights = new Float32Array(SHORT_GRAM_INDICES * numClasses);
    for (let index = 0; index < SHORT_GRAM_INDICES; index += 1) {
      const base = getShortGramId(index, this.mask) * numClasses;
      for (let c = 0; c < numClasses; c += 1) this.shortWeights[index * numClasses + c] = weights[base + c] as number;
    }
  }

  private getEntry(token: string): WordEntry {
    const long = token.length > MAX_CACHED_LENGTH;
    const cached = long ? this.computed.get(token) : (this.cache.get(token) ?? (this.tracksWords ? this.computed.get(token) : undefined));
    if (cached !== undefined) return cached;
    const { charMin, charMax, charDocMax, sublinearTf } = this.config;
    const hasChars = charMax > 0 && isWordToken(token);
    const grams = this.grams;
    grams.fill(hasChars ? token : '', charMin, hasChars ? charMax : 0, charDocMax, this.mask);
    const k = this.numClasses;
    const shortCount = grams.shortCount;
    const longCount = grams.longCount;
    const size = k + shortCount + 2 * longCount;
    if (this.chunkUsed + size > this.chunk.length) {
      this.chunk = new Float64Array(Math.max(CHUNK_SIZE, size));
      this.chunkUsed = 0;
    }
    const data = this.chunk;
    const offset = this.chunkUsed;
    this.chunkUsed += size;
    const sums = data.subarray(offset, offset + k);
    let longNormSq = 0;
    for (let j = 0; j < longCount; j += 1) {
      const id = grams.longIds[j] as number;
      const count = grams.longCounts[j] as number;
      const v = getTermValue(count, sublinearTf);
      longNormSq += v * v;
      this.addWeights(id, v, sums);
      data[offset + k + shortCount + j] = id;
      data[offset + k + shortCount + longCount + j] = count;
    }
    for (let t = 0; t < shortCount; t += 1) data[offset + k + t] = grams.shortIndices[t] as number;
    const negation = NEGATORS.has(token) ? 1 : SCOPE_BREAKERS.has(token) ? 2 : 0;
    const entry: WordEntry = { hash: hashString(token, SEED_WORD), negation, hasChars, data, offset, shortCount, longCount, longNormSq, stamp: 0, occurrences: 0 };
    if (long || this.tracksWords) this.computed.set(token, entry);
    if (!long) this.cache.set(token, entry);
    return entry;
  }

  private addWeights(id: number, value: number, into: Float64Array): void {
    const base = id * this.numClasses;
    for (let c = 0; c < this.numClasses; c += 1) into[c] = (into[c] as number) + (this.weights[base + c] as number) * value;
  }

  /**
   * Adds W·x to `sums`, x being `Featurizer.forEach(tokens)`. Equal to the featurizer's dot
   * product up to floating-point summation order; the same tokens always give the same bits,
   * whether their words were cached or not.
   */
  addScores(tokens: readonly string[], sums: Float64Array): void {
    const { wordNgrams, negationScope, charMax, charWeight } = this.config;
    const mask = this.mask;
    const words = this.words;
    const n = tokens.length;
    if (this.tokenHashes.length < n) this.tokenHashes = new Uint32Array(n * 2);
    const hashes = this.tokenHashes;
    const distinct = this.distinct;
    distinct.length = 0;
    // Repeats must resolve to one entry. The cache guarantees that unless it is off or the
    // document alone could roll both of its generations over; then the document keeps its own map.
    if (this.computed.size > 0) this.computed.clear();
    this.tracksWords = this.cacheSize === 0 || n > this.cacheSize;
    // A double counts far beyond any process's lifetime, so a stale stamp never matches again.
    const stamp = (this.stamp += 1);
    // A bound on distinct keys lets the table shrink to what this document needs.
    words.reset(n * (wordNgrams + (negationScope > 0 ? 1 : 0)));
    let negatedLeft = 0;
    for (let i = 0; i < n; i += 1) {
      const entry = this.getEntry(tokens[i] as string);
      const h = entry.hash;
      hashes[i] = h;
      words.add(h & mask);
      if (wordNgrams >= 2 && i >= 1) words.add(mixHashes(hashes[i - 1] as number, h ^ SEED_BIGRAM) & mask);
      if (wordNgrams >= 3 && i >= 2) words.add(mixHashes(mixHashes(hashes[i - 2] as number, hashes[i - 1] as number), h ^ SEED_TRIGRAM) & mask);
      if (negationScope > 0) {
        if (entry.negation === 2) negatedLeft = 0;
        else if (entry.negation === 1) negatedLeft = negationScope;
        else if (negatedLeft > 0) {
          words.add(mixHashes(h, SEED_NEGATED) & mask);
          negatedLeft -= 1;
        }
      }
      if (!entry.hasChars) continue;
      if (entry.stamp !== stamp) {
        entry.stamp = stamp;
        entry.occurrences = 1;
        distinct.push(entry);
      } else {
        entry.occurrences += 1;
      }
    }
    this.addWordGroup(sums);
    if (charMax > 0 && charWeight > 0) this.addCharGroup(sums, charWeight);
  }

  private addWordGroup(sums: Float64Array): void {
    const acc = this.words;
    const sublinear = this.config.sublinearTf;
    let norm = 0;
    for (let t = 0; t < acc.size; t += 1) {
      const v = getTermValue(acc.counts[t] as number, sublinear);
      acc.counts[t] = v;
      norm += v * v;
    }
    if (norm === 0) return;
    const scale = 1 / Math.sqrt(norm);
    for (let t = 0; t < acc.size; t += 1) this.addWeights(acc.keys[t] as number, (acc.counts[t] as number) * scale, sums);
  }

  private addCharGroup(sums: Float64Array, weight: number): void {
    const sublinear = this.config.sublinearTf;
    const totals = this.charTotals;
    const shortCounts = this.shortCounts;
    const touched = this.touched;
    const k = this.numClasses;
    totals.fill(0);
    let touchedCount = 0;
    let normSq = 0;
    for (const entry of this.distinct) {
      const times = entry.occurrences;
      const data = entry.data;
      const base = entry.offset;
      const shortEnd = base + k + entry.shortCount;
      for (let t = base + k; t < shortEnd; t += 1) {
        const index = data[t] as number;
        if (shortCounts[index] === 0) touched[touchedCount++] = index;
        shortCounts[index] = (shortCounts[index] as number) + times;
      }
      if (times === 1) {
        for (let c = 0; c < k; c += 1) totals[c] = (totals[c] as number) + (data[base + c] as number);
        normSq += entry.longNormSq;
      } else {
        // A repeated word: its n-gram counts scale with it, and the sublinear value must be recomputed.
        const longCount = entry.longCount;
        for (let j = 0; j < longCount; j += 1) {
          const v = getTermValue(times * (data[shortEnd + longCount + j] as number), sublinear);
          normSq += v * v;
          this.addWeights(data[shortEnd + j] as number, v, totals);
        }
      }
    }
    for (let t = 0; t < touchedCount; t += 1) {
      const index = touched[t] as number;
      const v = getTermValue(shortCounts[index] as number, sublinear);
      shortCounts[index] = 0;
      normSq += v * v;
      const base = index * k;
      for (let c = 0; c < k; c += 1) totals[c] = (totals[c] as number) + (this.shortWeights[base + c] as number) * v;
    }
    if (normSq === 0) return;
    const scale = weight / Math.sqrt(normSq);
    for (let c = 0; c < k; c += 1) sums[c] = (sums[c] as number) + (totals[c] as number) * scale;
  }
}
