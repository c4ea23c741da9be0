/**
 * A small lexicon of Indonesian (and common regional/English) abusive words, by category, for
 * the comment moderation hook. Entries are standard forms: the text is normalised first (see
 * detect-abuse.ts), so "g0bl0k" and "anjiiing" match "goblok" and "anjing". Kept short on
 * purpose — it flags comments for a human moderator, it never deletes anything by itself.
 */
export type AbuseCategory = 'profanity' | 'insult' | 'slur' | 'threat';

export const ABUSE_WORDS: Readonly<Record<string, AbuseCategory>> = {
  anjing: 'profanity', anjir: 'profanity', anjrit: 'profanity', bangsat: 'profanity', bajingan: 'profanity', keparat: 'profanity',
  brengsek: 'profanity', kampret: 'profanity', jancok: 'profanity', jancuk: 'profanity', cuk: 'profanity', asu: 'profanity',
  tai: 'profanity', taik: 'profanity', kontol: 'profanity', memek: 'profanity', ngentot: 'profanity', ngewe: 'profanity',
  fuck: 'profanity', shit: 'profanity', bitch: 'profanity', pepek: 'profanity', jembut: 'profanity', sialan: 'profanity',
  goblok: 'insult', goblog: 'insult', tolol: 'insult', bego: 'insult', dungu: 'insult', idiot: 'insult', bodoh: 'insult',
  babi: 'insult', monyet: 'insult', kunyuk: 'insult', pelacur: 'insult', lonte: 'insult',
  perek: 'insult', sundal: 'insult', bencong: 'slur', banci: 'slur', kafir: 'slur', aseng: 'slur', cebong: 'insult', kadrun: 'insult',
  gorok: 'threat', penggal: 'threat', bantai: 'threat',
};

/** Two-word phrases whose parts are harmless alone ("mati kau"). */
export const ABUSE_PHRASES: Readonly<Record<string, AbuseCategory>> = {
  'bunuh kau': 'threat', 'bunuh saja': 'threat', 'habisi saja': 'threat', 'bakar saja': 'threat', 'mati kau': 'threat', 'mati lu': 'threat', 'mati kamu': 'threat', 'awas kau': 'threat', 'otak udang': 'insult', 'tidak berotak': 'insult',
};
