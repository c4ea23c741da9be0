/** The newsroom's article list: the caller's agencies (null = all), optionally one status, newest change first. */
import type { Queryable } from '../../db.js';
import type { ArticleStatus } from '../../../domain/article.js';

export interface NewsroomArticleRow {
  id: number;
  agencyAbbreviation: string;
  title: string;
  status: ArticleStatus;
  authorName: string | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export async function listNewsroomArticles(db: Queryable, agencyIds: number[] | null, status: ArticleStatus | null, limit: number): Promise<NewsroomArticleRow[]> {
  const { rows } = await db.query<NewsroomArticleRow>(
    `/* listNewsroomArticles */
     SELECT a.id, g.abbreviation AS "agencyAbbreviation", a.title, a.status, u.display_name AS "authorName",
            a.scheduled_at AS "scheduledAt", a.published_at AS "publishedAt", a.updated_at AS "updatedAt"
       FROM articles a
       JOIN agencies g ON g.id = a.agency_id
       LEFT JOIN users u ON u.id = a.author_user_id
      WHERE ($1::bigint[] IS NULL OR a.agency_id = ANY($1::bigint[]))
        AND ($2::text IS NULL OR a.status = $2)
      ORDER BY a.updated_at DESC, a.id DESC
      LIMIT $3`,
    [agencyIds, status, limit],
  );
  return rows;
}
