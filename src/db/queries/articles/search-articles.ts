/**
 * Full-text search over published articles with the 'indonesian' configuration:
 * websearch_to_tsquery (quotes, OR, -word) ranked by ts_rank_cd over the weighted
 * title/summary/body vector, with a highlighted excerpt. The excerpt marks matches with
 * U+0001/U+0002, which the page turns into <mark> after escaping everything else.
 */
import type { Queryable } from '../../db.js';
import type { ArticleSummary } from '../../../domain/article.js';

export interface SearchHit extends ArticleSummary {
  excerpt: string;
}

export async function searchArticles(db: Queryable, q: string, page: { limit: number; offset: number }): Promise<{ hits: SearchHit[]; total: number }> {
  const { rows } = await db.query<SearchHit & { total: number }>(
    `/* searchArticles */ WITH query AS (SELECT websearch_to_tsquery('indonesian', $1) AS q),
     matches AS (
       SELECT a.*, ts_rank_cd(a.search, query.q) AS rank, count(*) OVER () AS total, query.q
         FROM articles a, query
        WHERE a.status = 'published' AND a.published_at <= now() AND a.search @@ query.q
        ORDER BY rank DESC, a.published_at DESC, a.id DESC
        LIMIT $2 OFFSET $3)
     SELECT m.id, m.slug, m.title, m.summary, m.published_at AS "publishedAt", m.read_count AS "readCount",
            g.slug AS "agencySlug", g.name AS "agencyName", g.abbreviation AS "agencyAbbreviation", m.total,
            ts_headline('indonesian', m.summary || ' ' || m.body_text, m.q,
                        'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=30, MinWords=12, MaxFragments=1') AS excerpt
       FROM matches m JOIN agencies g ON g.id = m.agency_id
      ORDER BY m.rank DESC, m.published_at DESC, m.id DESC`,
    [q, page.limit, page.offset],
  );
  const total = rows[0] ? Number(rows[0].total) : 0;
  return { hits: rows.map(({ total: _total, ...hit }) => hit), total };
}
