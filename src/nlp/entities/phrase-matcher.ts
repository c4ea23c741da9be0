/**
 * Longest-match lookup of multi-word phrases in a word sequence, left to right, never
 * overlapping: "Kabupaten Bandung Barat" wins over "Kabupaten Bandung" and over "Bandung".
 */

export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const words = phrase.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirstWord.get(first) ?? [];
    // Keep the first value registered for an identical phrase: callers add specific forms first.
    if (list.some((p) => p.words.join(' ') === words.join(' '))) return;
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(first, list);
  }

  /** Matches in `words`; `accept` may veto a match (then shorter phrases are tried). */
  match(words: readonly string[], accept: (value: T, start: number, end: number) => boolean = () => true): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = 0;
    while (i < words.length) {
      const candidates = this.byFirstWord.get(words[i] as string);
      let matched: PhraseMatch<T> | undefined;
      if (candidates !== undefined) {
        for (const c of candidates) {
          if (i + c.words.length > words.length) continue;
          let ok = true;
          for (let k = 1; k < c.words.length; k += 1) {
            if (words[i + k] !== c.words[k]) {
              ok = false;
              break;
            }
          }
          if (ok && accept(c.value, i, i + c.words.length)) {
            matched = { value: c.value, start: i, end: i + c.words.length };
            break;
          }
        }
      }
      if (matched !== undefined) {
        out.push(matched);
        i = matched.end;
      } else {
        i += 1;
      }
    }
    return out;
  }
}
