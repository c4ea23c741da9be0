/** What the three feed writers share: a feed's identity and its entries, already absolute. */
import type { PublishedArticle } from '../../../db/queries/articles/find-published-article.js';
import { escapeHtml } from '../../../lib/html.js';

export interface FeedModel {
  title: string;
  description: string;
  /** The HTML page the feed belongs to (home, agency or tag page), absolute. */
  homeUrl: string;
  /** This feed's own address (without extension), absolute: `${selfBase}.xml` etc. */
  selfBase: string;
  language: string;
  /** Newest change of any entry (or now, for an empty feed). */
  updated: Date;
  entries: FeedEntry[];
}

export interface FeedEntry {
  id: string;
  url: string;
  title: string;
  summary: string;
  contentHtml: string;
  published: Date;
  updated: Date;
  author: string;
  tags: string[];
}

export function toFeedEntry(a: PublishedArticle, publicUrl: string): FeedEntry {
  const url = `${publicUrl}/berita/${a.agencySlug}/${a.slug}`;
  const updated = a.updatedAt > a.publishedAt ? a.updatedAt : a.publishedAt;
  const correction = a.correctionNote ? `<p><strong>Ralat:</strong> ${escapeHtml(a.correctionNote)}</p>` : '';
  return {
    id: url,
    url,
    title: a.title,
    summary: a.summary,
    contentHtml: `${correction}${a.bodyHtml}`,
    published: a.publishedAt,
    updated,
    author: a.authorName ?? a.agencyName,
    tags: a.tags,
  };
}

/** Escapes text for XML element content and attribute values. */
export function xml(value: string): string {
  // Characters XML 1.0 forbids are dropped rather than escaped (they cannot be escaped).
  return value
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
