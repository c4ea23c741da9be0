/**
 * JSON.parse that keeps integers too large for a double (TikTok's 64-bit video ids) exactly, by
 * quoting them before parsing. Strings and fractional numbers are left alone.
 */

export function parseJsonKeepingBigIds(text: string): unknown {
  return JSON.parse(quoteBigIntegers(text));
}

export function quoteBigIntegers(text: string): string {
  if (!/\d{16}/.test(text)) return text;
  let out = '';
  let i = 0;
  let last = 0;
  while (i < text.length) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1;
      i++;
      continue;
    }
    if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2d /* - */) {
      let j = i + 1;
      while (j < text.length && /[0-9.eE+-]/.test(text[j]!)) j++;
      const literal = text.slice(i, j);
      if (/^-?\d{16,}$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(last, i)}"${literal}"`;
        last = j;
      }
      i = j;
      continue;
    }
    i++;
  }
  return out + text.slice(last);
}
