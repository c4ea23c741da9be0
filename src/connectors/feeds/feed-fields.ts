/** Small readers shared by the RSS and Atom mappers: element text as plain text, author names, dates. */
import { collapseWhitespace, htmlToText } from './html-text.js';
import { parseFeedDate } from './parse-feed-date.js';
import { textContent, type XmlElement } from './xml-tree.js';

export function plainText(el: XmlElement | undefined): string | null {
  if (!el) return null;
  return nonEmpty(collapseWhitespace(textContent(el)));
}

/** Text that may hold (escaped) HTML, as RSS titles and descriptions often do. */
export function htmlText(el: XmlElement | undefined): string | null {
  if (!el) return null;
  return nonEmpty(htmlToText(textContent(el)));
}

export function nonEmpty(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : value;
}

export function firstDate(...candidates: (XmlElement | undefined)[]): Date | null {
  for (const el of candidates) {
    const date = el ? parseFeedDate(textContent(el)) : null;
    if (date) return date;
  }
  return null;
}

/** "redaksi@agency.go.id (Redaksi Humas)" and "Redaksi <redaksi@…>" both give "Redaksi…". */
export function cleanAuthor(value: string | null): string | null {
  if (value === null) return null;
  const paren = /^\S+@\S+\s*\((.+)\)$/.exec(value);
  if (paren) return nonEmpty(paren[1]!.trim());
  const angle = /^(.+?)\s*<\S+@\S+>$/.exec(value);
  if (angle) return nonEmpty(angle[1]!.replace(/^"|"$/g, '').trim());
  return value;
}
