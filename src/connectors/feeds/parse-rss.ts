/** Maps an RSS 0.9x / 2.0 or RSS 1.0 / 0.90 (RDF) document tree to a ParsedFeed. */
import { cleanAuthor, firstDate, htmlText, nonEmpty, plainText } from './feed-fields.js';
import type { FeedItem, FeedVersion, ParsedFeed } from './parsed-feed.js';
import { isAbsoluteHttpUrl, resolveLink } from './resolve-link.js';
import { NS, childElements, firstChild, type XmlElement } from './xml-tree.js';

/** Elements of RSS itself, in any of the namespaces (or none) it has been published under. */
const CORE: readonly (string | null)[] = [null, NS.rss10, NS.rss090, 'http://backend.userland.com/rss2', 'http://purl.org/net/rss1.1#'];
const ATOM: readonly (string | null)[] = [NS.atom10, NS.atom03];

export function rssVersion(root: XmlElement): FeedVersion {
  if (root.local === 'rdf') return root.children.some((n) => 'local' in n && n.ns === NS.rss090) ? 'rss090' : 'rss10';
  if (root.local !== 'rss') return 'rss';
  const version = (root.attrs['version'] ?? '').trim();
  const known: Record<string, FeedVersion> = { '0.91': 'rss091', '0.92': 'rss092', '0.93': 'rss093', '0.94': 'rss094', '2.0': 'rss20', '2.0.1': 'rss20', '2': 'rss20' };
  return known[version] ?? 'rss';
}

export function parseRss(root: XmlElement, documentUrl: string | null): Omit<ParsedFeed, 'bozo' | 'bozoReason'> {
  const version = rssVersion(root);
  const channel = root.local === 'channel' ? root : (firstChild(root, 'channel', CORE) ?? root);
  const channelLink =
    resolveLink(plainText(firstChild(channel, 'link', CORE)), [documentUrl, ...channel.xmlBase]) ?? atomAlternate(channel, documentUrl);
  const selfLink = atomLink(channel, 'self', documentUrl);
  // Relative item links resolve against the feed URL when known, else the feed's own links.
  const base = documentUrl ?? selfLink ?? (isAbsoluteHttpUrl(channelLink) ? channelLink : null);
  // RSS 1.0 puts items beside the channel; RSS 2.0 inside it.
  const itemEls = [...childElements(channel, 'item', CORE), ...(channel === root ? [] : childElements(root, 'item', CORE))];
  const lang = plainText(firstChild(channel, 'language', CORE)) ?? plainText(firstChild(channel, 'language', [NS.dc])) ?? channel.lang;
  return {
    version,
    title: htmlText(firstChild(channel, 'title', CORE)),
    link: channelLink,
    lang,
    items: itemEls.map((item) => parseRssItem(item, base, lang)),
  };
}

function parseRssItem(item: XmlElement, base: string | null, feedLang: string | null): FeedItem {
  const bases = [base, ...item.xmlBase];
  const guidEl = firstChild(item, 'guid', CORE);
  const guid = plainText(guidEl);
  const guidIsLink = guid !== null && guidEl?.attrs['ispermalink']?.trim().toLowerCase() !== 'false' && /^(https?:)?\/\/|^\//i.test(guid);
  const about = nonEmpty(item.attrs['rdf:about']?.trim());
  const link =
    resolveLink(plainText(firstChild(item, 'link', CORE)), bases) ??
    atomAlternate(item, base) ??
    (guidIsLink ? resolveLink(guid, bases) : null) ??
    resolveLink(about, bases);
  const description = htmlText(firstChild(item, 'description', CORE)) ?? htmlText(firstChild(item, 'description', [NS.dc]));
  const content = htmlText(firstChild(item, 'encoded', [NS.content]));
  const authorEl = firstChild(item, 'creator', [NS.dc]) ?? firstChild(item, 'author', CORE);
  const atomAuthor = firstChild(item, 'author', ATOM);
  return {
    id: guid ?? about ?? link,
    title: htmlText(firstChild(item, 'title', CORE)) ?? htmlText(firstChild(item, 'title', [NS.dc])),
    link,
    published: firstDate(
      firstChild(item, 'pubdate', CORE),
      firstChild(item, 'date', [NS.dc]),
      firstChild(item, 'issued', [NS.dcterms]),
      firstChild(item, 'created', [NS.dcterms]),
      firstChild(item, 'published', ATOM),
      firstChild(item, 'updated', ATOM),
      firstChild(item, 'modified', [NS.dcterms]),
    ),
    author: cleanAuthor(plainText(authorEl) ?? (atomAuthor ? plainText(firstChild(atomAuthor, 'name', ATOM)) : null)),
    summary: description ?? content,
    content: content ?? description,
    lang: item.lang ?? feedLang,
  };
}

function atomLink(el: XmlElement, rel: string, documentUrl: string | null): string | null {
  for (const link of childElements(el, 'link', ATOM)) {
    const linkRel = (link.attrs['rel'] ?? 'alternate').trim().toLowerCase();
    if (linkRel === rel) return resolveLink(link.attrs['href'], [documentUrl, ...link.xmlBase]);
  }
  return null;
}

function atomAlternate(el: XmlElement, documentUrl: string | null): string | null {
  return atomLink(el, 'alternate', documentUrl);
}
