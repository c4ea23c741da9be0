/** One published article by its agency slug and article slug (portal article page). */
import type { Queryable } from '../../db.js';
import type { ArticleSummary } from '../../../domain/article.js';

export interface PublishedArticle extends ArticleSummary {
  bodyHtml: string;
  authorName: string | null;
  tags: string[];
  correctionNote: string | null;
  agencyId: number;
  updatedAt: Date;
  language: string;
}

export async function findPublishedArticle(db: Queryable, agencySlug: string, slug: string): Promise<PublishedArticle | null> {
  const { rows } = await db.query<PublishedArticle>(
    `SELECT a.id, a.slug, a.title, a.summary, a.published_at AS "publishedAt", a.read_count AS "readCount",
            a.body_html AS "bodyHtml", a.tags, a.correction_note AS "correctionNote",
            a.agency_id AS "agencyId", a.updated_at AS "updatedAt", a.language,
            u.display_name AS "authorName",
            g.slug AS "agencySlug", g.name AS "agencyName", g.abbreviation AS "agencyAbbreviation"
       FROM articles a
       JOIN agencies g ON g.id = a.agency_id
       LEFT JOIN users u ON u.id = a.author_user_id
      WHERE g.slug = $1 AND a.slug = $2 AND a.status = 'published' AND a.published_at <= now()`,
    [agencySlug, slug],
  );
  return rows[0] ?? null;
}
