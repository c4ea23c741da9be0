/** Published articles for portal tests, on the staff-server fixture's agencies. */
import type { Db } from '../../src/db/db.js';
import { insertArticle } from '../../src/db/queries/articles/insert-article.js';
import { escapeHtml } from '../../src/lib/html.js';

export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

export interface TestArticle {
  id: number;
  path: string;
}

export async function insertPublishedArticle(
  db: Db,
  agencyId: number,
  agencySlug: string,
  a: { slug: string; title: string; summary?: string; body?: string; tags?: string[]; daysAgo?: number; authorUserId?: number | null },
): Promise<TestArticle> {
  const body = a.body ?? `${a.title}. Isi berita untuk pengujian portal.`;
  const id = await insertArticle(db, {
    agencyId,
    slug: a.slug,
    title: a.title,
    summary: a.summary ?? `Ringkasan: ${a.title}`,
    bodySource: body,
    bodyHtml: `<p>${escapeHtml(body)}</p>`,
    bodyText: body,
    status: 'published',
    tags: a.tags ?? [],
    authorUserId: a.authorUserId ?? null,
    publishedAt: new Date(Date.now() - (a.daysAgo ?? 1) * 86_400_000),
    readCount: 0,
  });
  return { id, path: `/berita/${agencySlug}/${a.slug}` };
}
