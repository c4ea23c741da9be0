/**
 * Lexicon-based abuse check for reader comments (the NLP has no trained abuse model yet):
 * tokenises and normalises the text with the same slang normaliser as the sentiment model,
 * then looks words and two-word phrases up in abuse-lexicon.ts. Returns the categories found,
 * never the words, so the result can be stored and shown to moderators.
 */
import { normalizeTokens } from '../normalize.js';
import { tokenize } from '../tokenize.js';
import { ABUSE_PHRASES, ABUSE_WORDS, type AbuseCategory } from './abuse-lexicon.js';

export const ABUSE_CHECK_VERSION = 'abuse-lexicon-1';

export interface AbuseAssessment {
  categories: AbuseCategory[];
  /** How many abusive words or phrases were found. */
  hits: number;
}

export function detectAbuse(text: string): AbuseAssessment {
  const raw = tokenize(text);
  const words = [...new Set([...raw, ...normalizeTokens(raw).flatMap((t) => t.split(' '))])];
  const found = new Set<AbuseCategory>();
  let hits = 0;
  const check = (category: AbuseCategory | undefined) => {
    if (category) {
      found.add(category);
      hits++;
    }
  };
  for (const w of words) check(Object.hasOwn(ABUSE_WORDS, w) ? ABUSE_WORDS[w] : undefined);
  const sequence = normalizeTokens(raw).flatMap((t) => t.split(' '));
  for (let i = 0; i + 1 < sequence.length; i++) {
    const phrase = `${sequence[i]} ${sequence[i + 1]}`;
    check(Object.hasOwn(ABUSE_PHRASES, phrase) ? ABUSE_PHRASES[phrase] : undefined);
  }
  return { categories: [...found].sort(), hits };
}
