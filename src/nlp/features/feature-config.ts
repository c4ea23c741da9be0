/** Settings and shared vocabulary of the hashed features both linear models (sentiment, language) use. */

/** Bump when the meaning of a setting or of a feature changes: model files name the one they were trained with. */
export const FEATURE_VERSION = 2;

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
  /**
   * Character n-grams up to this length made only of ASCII characters (0–2) are counted over the
   * whole document; longer ones within each distinct word (see featurize.ts for why).
   */
  charDocMax: number;
  /** Weight of the character group against the word group (whose weight is 1). */
  charWeight: number;
  /** 1 + ln(tf) instead of tf. */
  sublinearTf: boolean;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

export const SEED_WORD = 1;
export const SEED_BIGRAM = 2;
export const SEED_TRIGRAM = 3;
export const SEED_NEGATED = 4;

/** Words that flip the polarity of what follows ("tidak enak", "belum puas", "tanpa rasa"). */
export const NEGATORS: ReadonlySet<string> = new Set(['tidak', 'bukan', 'belum', 'jangan', 'tanpa', 'kurang', 'tiada']);
/** Tokens that end a negation's scope: punctuation and contrastive conjunctions. */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set(['.', ',', '!', '?', 'tapi', 'tetapi', 'namun', 'padahal', 'sedangkan', 'dan']);

/** Tokens that get character n-grams: words and digits (and emoji), not marks or `@user`. */
export function isWordToken(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 128;
}

/** The value of a count: 1 + ln(count) when sublinear. */
export function getTermValue(count: number, sublinear: boolean): number {
  return sublinear ? 1 + Math.log(count) : count;
}
