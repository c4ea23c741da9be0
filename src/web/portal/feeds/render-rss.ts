/** RSS 2.0 (https://www.rssboard.org/rss-specification) with atom:link rel="self" and dc:creator. */
import { xml, type FeedModel } from './feed-model.js';

export function renderRss(feed: FeedModel): string {
  const items = feed.entries
    .map(
      (e) => `<item>
<title>${xml(e.title)}</title>
<link>${xml(e.url)}</link>
<guid isPermaLink="true">${xml(e.id)}</guid>
<pubDate>${e.published.toUTCString()}</pubDate>
<dc:creator>${xml(e.author)}</dc:creator>
${e.tags.map((t) => `<category>${xml(t)}</category>`).join('')}
<description>${xml(e.summary)}</description>
<content:encoded>${xml(e.contentHtml)}</content:encoded>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${xml(feed.title)}</title>
<link>${xml(feed.homeUrl)}</link>
<description>${xml(feed.description)}</description>
<language>${xml(feed.language)}</language>
<lastBuildDate>${feed.updated.toUTCString()}</lastBuildDate>
<generator>Humas</generator>
<atom:link href="${xml(`${feed.selfBase}.xml`)}" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>
`;
}
