/** Maps an Atom 1.0 (or 0.3) document tree to a ParsedFeed, honouring text construct types and xml:base. */
import { collapseWhitespace, htmlToText } from './html-text.js';
import { cleanAuthor, firstDate, nonEmpty, plainText } from './feed-fields.js';
import type { FeedItem, FeedVersion, ParsedFeed } from './parsed-feed.js';
import { resolveLink } from './resolve-link.js';
import { NS, childElements, firstChild, textContent, type XmlElement } from './xml-tree.js';

const ATOM: readonly (string | null)[] = [NS.atom10, NS.atom03, null];

export function atomVersion(root: XmlElement): FeedVersion {
  if (root.ns === NS.atom10) return 'atom10';
  if (root.ns === NS.atom03) return 'atom03';
  return 'atom';
}

export function parseAtom(root: XmlElement, documentUrl: string | null): Omit<ParsedFeed, 'bozo' | 'bozoReason'> {
  const link = pickLink(root, documentUrl);
  const selfLink = pickLink(root, documentUrl, 'self');
  const base = documentUrl ?? selfLink ?? link;
  const feedAuthor = authorName(root);
  return {
    version: atomVersion(root),
    title: textConstruct(firstChild(root, 'title', ATOM)),
    link,
    lang: root.lang,
    items: childElements(root, 'entry', ATOM).map((entry) => parseEntry(entry, base, feedAuthor)),
  };
}

function parseEntry(entry: XmlElement, base: string | null, feedAuthor: string | null): FeedItem {
  const source = firstChild(entry, 'source', ATOM);
  const summary = textConstruct(firstChild(entry, 'summary', ATOM));
  const content = textConstruct(firstChild(entry, 'content', ATOM));
  const link = pickLink(entry, base);
  return {
    id: plainText(firstChild(entry, 'id', ATOM)) ?? link,
    title: textConstruct(firstChild(entry, 'title', ATOM)),
    link,
    published: firstDate(
      firstChild(entry, 'published', ATOM),
      firstChild(entry, 'issued', ATOM),
      firstChild(entry, 'updated', ATOM),
      firstChild(entry, 'modified', ATOM),
      firstChild(entry, 'created', ATOM),
      firstChild(entry, 'date', [NS.dc]),
    ),
    author: authorName(entry) ?? (source ? authorName(source) : null) ?? feedAuthor,
    summary: summary ?? content,
    content: content ?? summary,
    lang: entry.lang,
  };
}

/** rel="alternate" (the default when rel is absent) wins; otherwise the first link with an href. */
function pickLink(el: XmlElement, base: string | null, rel = 'alternate'): string | null {
  const links = childElements(el, 'link', ATOM);
  const wanted = links.find((l) => (l.attrs['rel'] ?? 'alternate').trim().toLowerCase() === rel && l.attrs['href']);
  const chosen = wanted ?? (rel === 'alternate' ? links.find((l) => l.attrs['href']) : undefined);
  return chosen ? resolveLink(chosen.attrs['href'], [base, ...chosen.xmlBase]) : null;
}

function authorName(el: XmlElement): string | null {
  const author = firstChild(el, 'author', ATOM) ?? firstChild(el, 'creator', [NS.dc]);
  if (!author) return null;
  return cleanAuthor(plainText(firstChild(author, 'name', ATOM)) ?? plainText(author));
}

/** Atom text constructs: type text (default), html (escaped markup) or xhtml (inline markup). */
function textConstruct(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const type = (el.attrs['type'] ?? 'text').trim().toLowerCase();
  const mode = (el.attrs['mode'] ?? '').trim().toLowerCase();
  if (type === 'html' || type === 'text/html' || mode === 'escaped') return nonEmpty(htmlToText(textContent(el)));
  return nonEmpty(collapseWhitespace(textContent(el)));
}
