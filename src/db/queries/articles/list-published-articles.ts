/** Published articles, newest first, optionally of one agency or one tag, one page at a time (portal lists). */
import type { Queryable } from '../../db.js';
import type { ArticleSummary } from '../../../domain/article.js';

export interface ArticleFilter {
  agencyId?: number;
  tag?: string;
}

export async function listPublishedArticles(
  db: Queryable,
  filter: ArticleFilter,
  page: { limit: number; offset: number },
): Promise<{ articles: ArticleSummary[]; total: number }> {
  const { rows } = await db.query<ArticleSummary & { total: number }>(
    `/* listPublishedArticles */ SELECT a.id, a.slug, a.title, a.summary, a.published_at AS "publishedAt", a.read_count AS "readCount",
            g.slug AS "agencySlug", g.name AS "agencyName", g.abbreviation AS "agencyAbbreviation", count(*) OVER () AS total
       FROM articles a JOIN agencies g ON g.id = a.agency_id
      WHERE a.status = 'published' AND a.published_at <= now()
        AND ($1::int8 IS NULL OR a.agency_id = $1) AND ($2::text IS NULL OR a.tags @> ARRAY[$2::text])
      ORDER BY a.published_at DESC, a.id DESC
      LIMIT $3 OFFSET $4`,
    [filter.agencyId ?? null, filter.tag ?? null, page.limit, page.offset],
  );
  const total = rows[0] ? Number(rows[0].total) : 0;
  return { articles: rows.map(({ total: _total, ...a }) => a), total };
}
