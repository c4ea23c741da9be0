/**
 * Turns normalized tokens into a hashed sparse vector: word n-grams, negation-scoped words,
 * and character n-grams inside words. Each group is L2-normalized on its own and weighted,
 * so long documents and short tweets land on the same scale.
 */
import { hashString, mixHashes } from './hash-string.js';
import { SparseAccumulator } from './sparse-accumulator.js';

export interface FeatureConfig {
  /** log2 of the hashed feature space. */
  bucketsLog2: number;
  /** Longest word n-gram (1–3). */
  wordNgrams: number;
  /** Words after a negator that get a negated copy; 0 turns negation marking off. */
  negationScope: number;
  /** Character n-gram lengths inside words; charMax 0 turns them off. */
  charMin: number;
  charMax: number;
  /** Weight of the character group against the word group (whose weight is 1). */
  charWeight: number;
  /** 1 + ln(tf) instead of tf. */
  sublinearTf: boolean;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const SEED_WORD = 1;
const SEED_BIGRAM = 2;
const SEED_TRIGRAM = 3;
const SEED_NEGATED = 4;
const CHAR_BASIS = hashString('', 5);

/** Words that flip the polarity of what follows ("tidak enak", "belum puas", "tanpa rasa"). */
export const NEGATORS: ReadonlySet<string> = new Set(['tidak', 'bukan', 'belum', 'jangan', 'tanpa', 'kurang', 'tiada']);
/** Tokens that end a negation's scope: punctuation and contrastive conjunctions. */
const SCOPE_BREAKERS: ReadonlySet<string> = new Set(['.', ',', '!', '?', 'tapi', 'tetapi', 'namun', 'padahal', 'sedangkan', 'dan']);

function isWordToken(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128;
}

/** Reusable featurizer: holds scratch space, so one instance must not be shared across threads. */
export class Featurizer {
  private readonly words = new SparseAccumulator(14);
  private readonly chars = new SparseAccumulator(16);
  private readonly mask: number;
  private tokenHashes = new Uint32Array(256);

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.bucketsLog2) - 1;
  }

  /** Fills the word and character groups for `tokens`; read them with `forEach`. */
  private collect(tokens: readonly string[]): void {
    const { wordNgrams, negationScope, charMin, charMax } = this.config;
    const words = this.words;
    const chars = this.chars;
    const mask = this.mask;
    words.reset();
    chars.reset();
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
      if (charMax > 0 && isWordToken(token)) this.addCharNgrams(token, charMin, charMax);
    }
  }

  private addCharNgrams(token: string, min: number, max: number): void {
    // Boundaries are marked so prefixes ("ter", "ke-") and suffixes ("-an") are distinct grams.
    // One FNV pass per start position yields every gram length from there; grams of different
    // lengths are different strings, so one seed serves them all.
    const padded = `<${token}>`;
    const len = padded.length;
    const mask = this.mask;
    const chars = this.chars;
    for (let start = 0; start < len; start += 1) {
      let h = CHAR_BASIS;
      const last = Math.min(len, start + max);
      for (let end = start; end < last; end += 1) {
        h ^= padded.charCodeAt(end);
        h = Math.imul(h, 0x01000193);
        if (end - start + 1 >= min) chars.add((h >>> 0) & mask);
      }
    }
  }

  /**
   * Calls `visit(index, value)` for every feature of `tokens` (indices may repeat across the two
   * groups; callers just add). Returns the number of features visited.
   */
  forEach(tokens: readonly string[], visit: (index: number, value: number) => void): number {
    this.collect(tokens);
    const { sublinearTf, charWeight } = this.config;
    const emit = (acc: SparseAccumulator, weight: number): void => {
      let norm = 0;
      for (let k = 0; k < acc.size; k += 1) {
        const c = acc.counts[k] as number;
        const v = sublinearTf ? 1 + Math.log(c) : c;
        acc.counts[k] = v;
        norm += v * v;
      }
      if (norm === 0) return;
      const scale = weight / Math.sqrt(norm);
      for (let k = 0; k < acc.size; k += 1) visit(acc.keys[k] as number, (acc.counts[k] as number) * scale);
    };
    emit(this.words, 1);
    if (this.config.charMax > 0 && charWeight > 0) emit(this.chars, charWeight);
    return this.words.size + this.chars.size;
  }

  /** The features of `tokens` as a standalone sparse vector (for training). */
  toVector(tokens: readonly string[]): SparseVector {
    const indices: number[] = [];
    const values: number[] = [];
    this.forEach(tokens, (index, value) => {
      indices.push(index);
      values.push(value);
    });
    return { indices: Int32Array.from(indices), values: Float32Array.from(values) };
  }
}
