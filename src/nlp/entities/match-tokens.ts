/** Word tokens for gazetteer matching: lower-cased words, whether each was capitalized, and where sentences start. */

export interface MatchTokens {
  words: string[];
  /** Word started with an upper-case letter in the original text. */
  capitalized: boolean[];
  /** Word opens the text or follows `.`, `!`, `?` or a line break: its capital says nothing. */
  sentenceInitial: boolean[];
  /** The text has both cases, so capitalization carries information. */
  isMixedCase: boolean;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Words are maximal runs of letters and digits (`[\p{L}\p{N}]+`); ASCII is scanned without regexes. */
export function getMatchTokens(text: string): MatchTokens {
  const words: string[] = [];
  const capitalized: boolean[] = [];
  const sentenceInitial: boolean[] = [];
  let hasLower = false;
  let hasUpper = false;
  let atSentenceStart = true;
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i += 1) {
    const c = i < n ? text.charCodeAt(i) : 32;
    let inWord: boolean;
    let width = 1;
    if (c < 128) {
      inWord = isAsciiWordChar(c);
      if (c >= 97 && c <= 122) hasLower = true;
      else if (c >= 65 && c <= 90) hasUpper = true;
    } else {
      const cp = text.codePointAt(i) as number;
      width = cp > 0xffff ? 2 : 1;
      const ch = String.fromCodePoint(cp);
      inWord = LETTER_OR_NUMBER.test(ch);
      if (inWord && !hasLower && LOWER.test(ch)) hasLower = true;
      if (inWord && !hasUpper && UPPER.test(ch)) hasUpper = true;
    }
    if (inWord) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) {
        const word = text.slice(start, i);
        words.push(word.toLowerCase());
        const first = word[0] as string;
        capitalized.push(first !== first.toLowerCase());
        sentenceInitial.push(atSentenceStart);
        atSentenceStart = false;
        start = -1;
      }
      if (c === 46 || c === 33 || c === 63 || c === 10) atSentenceStart = true;
    }
    i += width - 1;
  }
  return { words, capitalized, sentenceInitial, isMixedCase: hasLower && hasUpper };
}
