/** Word tokens for gazetteer matching: lower-cased words with whether each was capitalized. */

export interface MatchTokens {
  words: string[];
  /** Word started with an upper-case letter in the original text. */
  capitalized: boolean[];
  /** The text has both cases, so capitalization carries information. */
  isMixedCase: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function getMatchTokens(text: string): MatchTokens {
  const words: string[] = [];
  const capitalized: boolean[] = [];
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    words.push(w.toLowerCase());
    const first = w[0] ?? '';
    capitalized.push(first !== first.toLowerCase());
  }
  const hasLower = /\p{Ll}/u.test(text);
  const hasUpper = /\p{Lu}/u.test(text);
  return { words, capitalized, isMixedCase: hasLower && hasUpper };
}
