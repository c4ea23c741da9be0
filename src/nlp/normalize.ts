/**
 * Rewrites informal Indonesian tokens into the standard forms the models were trained on:
 * abbreviations, letter elongation, digits for letters, reduplication with "2", clitics,
 * laughter, English code-mixing, and emoji/emoticons turned into the words they signal.
 */
import { readFileSync } from 'node:fs';
import { IDIOMS, INFORMAL_WORDS, SIGNAL_WORDS, WHOLE_NYA_WORDS } from './informal-lexicon.js';
import { tokenize } from './tokenize.js';
import { WordCache } from './word-cache.js';

let knownWords: ReadonlySet<string> | undefined;

/** Words seen in the sentiment training text; loaded once, on first use. */
export function getKnownWords(): ReadonlySet<string> {
  if (knownWords === undefined) {
    const text = readFileSync(new URL('./data/known-words.txt', import.meta.url), 'utf8');
    const words = new Set(text.split('\n').filter((w) => w !== ''));
    for (const value of Object.values(INFORMAL_WORDS)) for (const w of value.split(' ')) words.add(w);
    knownWords = words;
  }
  return knownWords;
}

const LEET: Readonly<Record<string, string>> = { '4': 'a', '3': 'e', '1': 'i', '0': 'o', '5': 's', '7': 't', '6': 'g', '9': 'g' };
const LAUGH = /^(?:(?:wk)+w?k?|(?:ha)+h?|(?:he)+h?|(?:hi)+h?|(?:xi)+x?|(?:ck)+c?)$/;
const HAS_LETTER = /[a-z]/;
const HAS_DIGIT = /[0-9]/;

function collapseRuns(word: string, keep: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i += 1) {
    run = i > 0 && word[i] === word[i - 1] ? run + 1 : 1;
    if (run <= keep) out += word[i];
  }
  return out;
}

/** "bagusss" → "bagus", "maaaaf" → "maaf": picks the collapse that is a known word. */
function fixElongation(word: string, known: ReadonlySet<string>): string {
  if (known.has(word)) return word;
  const hasTriple = /(.)\1\1/.test(word);
  const single = collapseRuns(word, 1);
  if (hasTriple) {
    const double = collapseRuns(word, 2);
    if (known.has(double) || INFORMAL_WORDS[double] !== undefined) return double;
    return single;
  }
  // A doubled final letter ("bangett") is elongation only if the single form is a word.
  if (single !== word && (known.has(single) || INFORMAL_WORDS[single] !== undefined)) return single;
  return word;
}

/** Splits one token into standard tokens. Pure; `known` is the training vocabulary. */
export function normalizeToken(raw: string, known: ReadonlySet<string> = getKnownWords()): string[] {
  const signal = SIGNAL_WORDS[raw];
  if (signal !== undefined) return signal.split(' ');
  if (!HAS_LETTER.test(raw)) return [raw];
  let word = raw;
  if (HAS_DIGIT.test(word)) {
    // "kata2" / "kata2nya" → "kata-kata" (+ "nya"): a trailing 2 repeats the word.
    const redup = /^([a-z]{2,})2(nya)?$/.exec(word);
    if (redup !== null && redup[1] !== undefined) {
      const base = fixElongation(redup[1], known);
      const stem = INFORMAL_WORDS[base] ?? base;
      return redup[2] === undefined ? [`${stem}-${stem}`] : [`${stem}-${stem}`, 'nya'];
    }
    const leet = word.replace(/[0-9]/g, (d) => LEET[d] ?? d);
    if (known.has(leet)) return [leet];
    return [word];
  }
  if (LAUGH.test(word) && word.length >= 4) return ['haha'];
  word = fixElongation(word, known);
  const informal = INFORMAL_WORDS[word];
  if (informal !== undefined) return informal.split(' ');
  if (known.has(word)) return [word];
  // Clitics: split only when what remains is a known word, so names are never cut.
  if (word.length > 5 && word.endsWith('nya') && !WHOLE_NYA_WORDS.has(word)) {
    const stem = word.slice(0, -3);
    const stemNorm = INFORMAL_WORDS[stem] ?? stem;
    if (known.has(stemNorm) || known.has(stem)) return [...stemNorm.split(' '), 'nya'];
  }
  for (const clitic of ['lah', 'kah', 'pun']) {
    if (word.length > clitic.length + 2 && word.endsWith(clitic)) {
      const stem = word.slice(0, -clitic.length);
      if (known.has(stem)) return [stem, clitic];
    }
  }
  return [word];
}

/** Idioms by first word, so tokens that start none cost one lookup. */
const IDIOMS_BY_FIRST = new Map<string, (typeof IDIOMS)[number][]>();
for (const idiom of IDIOMS) {
  const first = idiom[0][0] as string;
  IDIOMS_BY_FIRST.set(first, [...(IDIOMS_BY_FIRST.get(first) ?? []), idiom]);
}

function applyIdioms(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const candidates = IDIOMS_BY_FIRST.get(tokens[i] as string);
    let matched = false;
    if (candidates !== undefined) {
      for (const [pattern, replacement] of candidates) {
        if (pattern.every((p, k) => tokens[i + k] === p)) {
          out.push(...replacement);
          i += pattern.length - 1;
          matched = true;
          break;
        }
      }
    }
    if (!matched) out.push(tokens[i] as string);
  }
  return out;
}

/** normalizeToken results for the built-in known words; tokens repeat across posts, so most hit. */
const normalized = new WordCache<readonly string[]>(50_000);
/** Longer tokens are normalized but never cached. */
const MAX_CACHED_LENGTH = 40;

/** Normalizes a token list (output of `tokenize`). */
export function normalizeTokens(tokens: readonly string[]): string[] {
  const known = getKnownWords();
  const out: string[] = [];
  for (const token of tokens) {
    let parts = normalized.get(token);
    if (parts === undefined) {
      parts = normalizeToken(token, known);
      if (token.length <= MAX_CACHED_LENGTH) normalized.set(token, parts);
    }
    for (const part of parts) out.push(part);
  }
  return applyIdioms(out);
}

/** Tokenizes and normalizes `text`; returns the standard tokens joined by single spaces. */
export function normalize(text: string): string {
  return normalizeTokens(tokenize(text)).join(' ');
}
