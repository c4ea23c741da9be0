/** The newest published articles with their full body, for RSS, Atom and JSON Feed. */
import type { Queryable } from '../../db.js';
import type { PublishedArticle } from './find-published-article.js';
import type { ArticleFilter } from './list-published-articles.js';

export async function listFeedArticles(db: Queryable, filter: ArticleFilter, limit: number): Promise<PublishedArticle[]> {
  const { rows } = await db.query<PublishedArticle>(
    `/* listFeedArticles */ SELECT a.id, a.slug, a.title, a.summary, a.published_at AS "publishedAt", a.read_count AS "readCount",
            a.body_html AS "bodyHtml", a.tags, a.correction_note AS "correctionNote", a.agency_id AS "agencyId",
            a.updated_at AS "updatedAt", a.language, u.display_name AS "authorName",
            g.slug AS "agencySlug", g.name AS "agencyName", g.abbreviation AS "agencyAbbreviation"
       FROM articles a
       JOIN agencies g ON g.id = a.agency_id
       LEFT JOIN users u ON u.id = a.author_user_id
      WHERE a.status = 'published' AND a.published_at <= now()
        AND ($1::int8 IS NULL OR a.agency_id = $1) AND ($2::text IS NULL OR a.tags @> ARRAY[$2::text])
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT $3`,
    [filter.agencyId ?? null, filter.tag ?? null, limit],
  );
  return rows;
}
