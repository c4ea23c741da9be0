/**
 * Turns standard Indonesian into the way people type on social media: abbreviations
 * (yg, gak, udh, bgt), letter elongation, reduplication with 2 (anak2), emoji and a little
 * English. The demo uses it so that the NLP meets realistic, messy text.
 */
import type { SentimentLabel } from '../domain/sentiment.js';
import type { Random } from './random.js';

const SUBSTITUTIONS: Record<string, readonly string[]> = {
  yang: ['yg', 'yg', 'yang'],
  tidak: ['gak', 'ga', 'nggak', 'tdk', 'gk', 'enggak'],
  sudah: ['udah', 'udh', 'sdh', 'dah'],
  belum: ['blm', 'belom', 'blom'],
  dengan: ['dgn', 'sama'],
  karena: ['krn', 'karna', 'soalnya'],
  sekali: ['bgt', 'banget', 'bener'],
  saja: ['aja', 'doang'],
  juga: ['jg', 'juga'],
  tolong: ['tlg', 'tolong'],
  bagaimana: ['gimana', 'gmn'],
  kenapa: ['knp', 'kenapa', 'napa'],
  sampai: ['sampe', 'smp'],
  padahal: ['pdhl', 'padahal'],
  orang: ['org', 'orang'],
  sekarang: ['skrg', 'sekarang'],
  tapi: ['tp', 'tapi'],
  untuk: ['utk', 'buat'],
  kalau: ['kalo', 'klo'],
  lagi: ['lg', 'lagi'],
  bisa: ['bs', 'bisa'],
  terima: ['trima', 'terima'],
  sama: ['sm', 'sama'],
  dari: ['dr', 'dari'],
  pemerintah: ['pemerintah', 'pemda', 'pmrintah'],
  rumah: ['rmh', 'rumah'],
  banyak: ['byk', 'banyak'],
  tahu: ['tau', 'tahu'],
  mau: ['mo', 'mau'],
  ini: ['ini', 'nih'],
  itu: ['itu', 'tuh'],
  saya: ['sy', 'aku', 'gue', 'saya'],
  anak: ['anak', 'bocah'],
};

const REDUPLICATED = /\b([a-z]+) \1\b/g;

const EMOJI: Record<SentimentLabel, readonly string[]> = {
  positive: ['🙏', '👍', '😊', '❤️', '🔥', '👏', '🥰', ':)', ':D'],
  neutral: ['📢', '👇', 'ℹ️', '🤔', '📌'],
  negative: ['😡', '😤', '😭', '🙄', '💔', '😠', ':(', '🤬'],
};

const OPENERS: Record<SentimentLabel, readonly string[]> = {
  positive: ['Alhamdulillah,', 'Jujur senang,', 'Apresiasi,', 'Keren nih,', 'Good news:', 'Salut,'],
  neutral: ['Info:', 'Update:', 'Mau tanya,', 'Btw,', 'FYI', 'Numpang info,'],
  negative: ['Mau curhat,', 'Serius deh,', 'Ya Allah,', 'Miris,', 'Jujur kecewa,', 'Please,', 'Astaga,'],
};

const CLOSERS: Record<SentimentLabel, readonly string[]> = {
  positive: ['semoga terus begini', 'pertahankan', 'thank you', 'sukses terus', 'mantap pokoknya'],
  neutral: ['cmiiw', 'mohon infonya', 'share ya', 'semoga bermanfaat', 'cek aja'],
  negative: ['mohon perhatiannya', 'tolong viralkan', 'kapan beresnya', 'so sad', 'gimana menurut kalian?', 'sudah viral di grup WA', 'rakyat capek'],
};

/** How informal each platform's text is, 0 (formal) to 1. */
export const INFORMALITY: Record<string, number> = {
  x: 0.8,
  tiktok: 0.9,
  instagram: 0.75,
  facebook: 0.6,
  youtube: 0.7,
  portal: 0.35,
  news: 0,
  web: 0.2,
};

export function colloquialize(text: string, sentiment: SentimentLabel, informality: number, r: Random): string {
  if (informality <= 0) return text;
  let out = text.toLowerCase();
  if (r.chance(informality * 0.8)) out = out.replace(REDUPLICATED, (_, word: string) => `${word}2`);
  out = out.replace(/[a-z]+/g, (word) => {
    const options = SUBSTITUTIONS[word];
    if (options && r.chance(informality * 0.7)) return r.pick(options);
    return word;
  });
  if (sentiment !== 'neutral' && r.chance(informality * 0.35)) out = elongateOneWord(out, r);
  if (r.chance(informality * 0.35)) out = `${r.pick(OPENERS[sentiment])} ${out}`;
  if (r.chance(informality * 0.35)) out = `${out}, ${r.pick(CLOSERS[sentiment])}`;
  if (r.chance(informality * 0.6)) {
    const count = r.weighted([[1, 6], [2, 3], [3, 1]] as const);
    out = `${out} ${Array.from({ length: count }, () => r.pick(EMOJI[sentiment])).join('')}`;
  }
  if (sentiment === 'negative' && r.chance(informality * 0.04)) out = out.toUpperCase();
  return out;
}

function elongateOneWord(text: string, r: Random): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{4,}$/.test(w));
  if (candidates.length === 0) return text;
  const [word, index] = r.pick(candidates);
  const last = word[word.length - 1]!;
  words[index] = word + last.repeat(r.int(2, 4));
  return words.join(' ');
}
