/**
 * Splits raw text (social posts, news, reviews) into lower-case tokens: words (with inner
 * hyphens and digits), emoji, emoticons and the marks `. , ! ?`. URLs are dropped
 * and @handles become one placeholder, because neither carries sentiment or topic.
 */

/** Token that stands for any @handle, so user names never become features. */
export const HANDLE_TOKEN = '@user';

// Emoticons are matched before punctuation is discarded; the list is short on purpose:
// only forms common in Indonesian posts.
const EMOTICON = /(?:[:;=x][-']?[)(dDpP/\\|3]+|<3+|\^_*\^|T_T|-_-)/y;
const URL = /(?:https?:\/\/|www\.)\S+/y;
const HANDLE = /@[A-Za-z0-9_.]+/y;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/uy;
const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/uy;

function matchAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  return m === null ? null : m[0];
}

/** Returns the tokens of `text`, lower-cased, in order. Never throws; empty text gives []. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Fast path for ASCII letters and digits, the bulk of every document.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128) {
      if (c === 119 || c === 87) {
        const url = matchAt(URL, text, i);
        if (url !== null) {
          i += url.length;
          continue;
        }
      } else if (c === 104 || c === 72) {
        const url = matchAt(URL, text, i);
        if (url !== null) {
          i += url.length;
          continue;
        }
      }
      if (((c === 120 || c === 88) && i + 1 < n && !isWordChar(text.charCodeAt(i + 1))) || (c === 84 && text.charCodeAt(i + 1) === 95)) {
        const emoticon = matchAt(EMOTICON, text, i);
        if (emoticon !== null && emoticon.length > 1) {
          tokens.push(emoticon.toLowerCase());
          i += emoticon.length;
          continue;
        }
      }
      const asciiEnd = c < 128 ? scanAsciiWord(text, i) : -1;
      if (asciiEnd > 0) {
        tokens.push(text.slice(i, asciiEnd).toLowerCase());
        i = asciiEnd;
        continue;
      }
      const word = matchAt(WORD, text, i);
      if (word !== null) {
        tokens.push(word.toLowerCase().replace(/’/g, "'"));
        i += word.length;
        continue;
      }
      const emoji = matchAt(EMOJI, text, i);
      if (emoji !== null) {
        tokens.push(emoji);
        i += emoji.length;
        continue;
      }
      i += 1;
      continue;
    }
    if (c === 64) {
      const handle = matchAt(HANDLE, text, i);
      if (handle !== null) {
        tokens.push(HANDLE_TOKEN);
        i += handle.length;
        continue;
      }
    }
    if (c === 33 || c === 63) {
      // "!!!" and "??" count once: repetition is emphasis, handled as one mark.
      tokens.push(c === 33 ? '!' : '?');
      while (i < n && (text.charCodeAt(i) === 33 || text.charCodeAt(i) === 63)) i += 1;
      continue;
    }
    if (c === 46 || c === 44) {
      // Kept because they bound negation scope and phrases; "..." counts once.
      tokens.push(c === 46 ? '.' : ',');
      while (i < n && text.charCodeAt(i) === c) i += 1;
      continue;
    }
    if (c === 58 || c === 59 || c === 61 || c === 60 || c === 94 || c === 45) {
      const emoticon = matchAt(EMOTICON, text, i);
      if (emoticon !== null) {
        tokens.push(emoticon.toLowerCase());
        i += emoticon.length;
        continue;
      }
    }
    i += 1;
  }
  return tokens;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * End of the ASCII-only word starting at `start` (what WORD would match), or -1 when the word
 * runs into a non-ASCII character and needs the Unicode pattern. Most words take this path.
 */
function scanAsciiWord(text: string, start: number): number {
  const n = text.length;
  let i = start;
  for (;;) {
    while (i < n && isAsciiAlnum(text.charCodeAt(i))) i += 1;
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    if (c !== 45 && c !== 39) return i;
    // An inner hyphen or apostrophe joins two words ("kata-kata", "jum'at") only when a letter follows.
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 32;
    if (next >= 128) return -1;
    if (!isAsciiAlnum(next)) return i;
    i += 1;
  }
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 128;
}
