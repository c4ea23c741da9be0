/**
 * Content terms of a post for issue grouping: normalized words minus function words, plus
 * bigrams of adjacent content words (they make the readable labels: "bansos cair").
 */
import { normalizeTokens } from '../normalize.js';
import { tokenize } from '../tokenize.js';

/** Indonesian function and chat words that say nothing about the topic (written by the project). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('yang dan di ke dari ini itu untuk dengan pada tidak sudah belum akan ada juga saja lagi sama atau karena kalau ' +
    'jadi tapi bisa harus masih sangat banget sekali kok sih deh dong nih tuh ya yah lah kah pun nya saya aku kami kita ' +
    'kamu anda dia mereka gue lu apa siapa kapan mana bagaimana kenapa mengapa berapa mau ingin hanya cuma begitu begini ' +
    'semua para oleh dalam atas bawah sampai hingga seperti lebih kurang buat bikin tolong mohon min admin terima kasih ' +
    'halo hai pak bu bapak ibu kak mas mbak ' +
    'the a an of to and in is are for on it this that be with at by as haha @user').split(' '),
);

export function getIssueTerms(text: string): string[] {
  const words = normalizeTokens(tokenize(text)).filter((w) => w.length >= 3 && /^[\p{L}][\p{L}\p{N}-]*$/u.test(w) && !STOPWORDS.has(w));
  const terms = [...words];
  for (let i = 1; i < words.length; i += 1) terms.push(`${words[i - 1] as string} ${words[i] as string}`);
  return terms;
}
