/** Atom 1.0 (RFC 4287): feed id, title, updated, author, self and alternate links; entries with content. */
import { xml, type FeedModel } from './feed-model.js';

export function renderAtom(feed: FeedModel): string {
  const entries = feed.entries
    .map(
      (e) => `<entry>
<id>${xml(e.id)}</id>
<title type="text">${xml(e.title)}</title>
<link rel="alternate" type="text/html" href="${xml(e.url)}"/>
<published>${e.published.toISOString()}</published>
<updated>${e.updated.toISOString()}</updated>
<author><name>${xml(e.author)}</name></author>
${e.tags.map((t) => `<category term="${xml(t)}"/>`).join('')}
<summary type="text">${xml(e.summary)}</summary>
<content type="html">${xml(e.contentHtml)}</content>
</entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.language)}">
<id>${xml(`${feed.selfBase}.atom`)}</id>
<title type="text">${xml(feed.title)}</title>
<subtitle type="text">${xml(feed.description)}</subtitle>
<updated>${feed.updated.toISOString()}</updated>
<author><name>${xml(feed.title)}</name><uri>${xml(feed.homeUrl)}</uri></author>
<link rel="self" type="application/atom+xml" href="${xml(`${feed.selfBase}.atom`)}"/>
<link rel="alternate" type="text/html" href="${xml(feed.homeUrl)}"/>
<generator>Humas</generator>
${entries}
</feed>
`;
}
