/** Where a published article lives (share redirects): its agency slug, slug and title. */
import type { Queryable } from '../../db.js';

export async function findPublishedArticleById(db: Queryable, id: number): Promise<{ id: number; agencySlug: string; slug: string; title: string } | null> {
  const { rows } = await db.query<{ id: number; agencySlug: string; slug: string; title: string }>(
    `/* findPublishedArticleById */ SELECT a.id, g.slug AS "agencySlug", a.slug, a.title
       FROM articles a JOIN agencies g ON g.id = a.agency_id
      WHERE a.id = $1 AND a.status = 'published' AND a.published_at <= now()`,
    [id],
  );
  return rows[0] ?? null;
}
