/**
 * Signals in (already redacted) text: links, @handles, #hashtags and emoji. Emoji stay in the
 * text too — they carry sentiment — and are listed so analytics can count them.
 */

export interface TextSignals {
  links: string[];
  /** Lower-case, without '@', first occurrence order, no repeats. */
  handles: string[];
  /** Lower-case, without '#', first occurrence order, no repeats. */
  hashtags: string[];
  /** Emoji in order of appearance, repeats kept (at most 50). */
  emojis: string[];
}

const LINK = /\bhttps?:\/\/[^\s<>"]+/gi;
const HANDLE = /(?<![\p{L}\p{N}_.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?)/gu;
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]{1,100})/gu;
const EMOJI = /\p{Regional_Indicator}{2}|(?:\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?(?:\u200d\p{Extended_Pictographic}(?:\ufe0f|\p{Emoji_Modifier})?)*)/gu;
const MAX_EMOJIS = 50;

export function extractSignals(text: string): TextSignals {
  const links: string[] = [];
  for (const m of text.matchAll(LINK)) links.push(m[0].replace(/[.,;:!?)\]]+$/, ''));
  const withoutLinks = links.length > 0 ? text.replace(LINK, ' ') : text;
  const handles = unique([...withoutLinks.matchAll(HANDLE)].map((m) => m[1]!.toLowerCase()));
  const hashtags = unique([...withoutLinks.matchAll(HASHTAG)].map((m) => m[1]!.toLowerCase()).filter((tag) => /\p{L}/u.test(tag)));
  const emojis: string[] = [];
  for (const m of text.matchAll(EMOJI)) {
    if (emojis.length >= MAX_EMOJIS) break;
    emojis.push(m[0]);
  }
  return { links: unique(links), handles, hashtags, emojis };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
