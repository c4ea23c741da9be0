/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
import type { FeedModel } from './feed-model.js';

export function renderJsonFeed(feed: FeedModel): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      description: feed.description,
      home_page_url: feed.homeUrl,
      feed_url: `${feed.selfBase}.json`,
      language: feed.language,
      authors: [{ name: feed.title, url: feed.homeUrl }],
      items: feed.entries.map((e) => ({
        id: e.id,
        url: e.url,
        title: e.title,
        summary: e.summary,
        content_html: e.contentHtml,
        date_published: e.published.toISOString(),
        date_modified: e.updated.toISOString(),
        authors: [{ name: e.author }],
        tags: e.tags,
        language: feed.language,
      })),
    },
    null,
    2,
  )}\n`;
}
