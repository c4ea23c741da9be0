/** The newest published articles across all agencies (portal home). */
import type { Queryable } from '../../db.js';
import type { ArticleSummary } from '../../../domain/article.js';

export async function listLatestArticles(db: Queryable, limit: number): Promise<ArticleSummary[]> {
  const { rows } = await db.query<ArticleSummary>(
    `SELECT a.id, a.slug, a.title, a.summary, a.published_at AS "publishedAt", a.read_count AS "readCount",
            g.slug AS "agencySlug", g.name AS "agencyName", g.abbreviation AS "agencyAbbreviation"
       FROM articles a JOIN agencies g ON g.id = a.agency_id
      WHERE a.status = 'published' AND a.published_at <= now()
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT $1`,
    [limit],
  );
  return rows;
}
