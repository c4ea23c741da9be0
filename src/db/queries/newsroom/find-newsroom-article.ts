/** One article with everything the newsroom shows and edits; FOR UPDATE when a transaction changes it. */
import type { Queryable } from '../../db.js';
import type { ArticleStatus } from '../../../domain/article.js';

export interface NewsroomArticle {
  id: number;
  agencyId: number;
  agencySlug: string;
  agencyName: string;
  slug: string;
  title: string;
  summary: string;
  bodySource: string;
  bodyHtml: string;
  status: ArticleStatus;
  tags: string[];
  topic: string | null;
  authorUserId: number | null;
  authorName: string | null;
  scheduledAt: Date | null;
  publishedAt: Date | null;
  correctionNote: string | null;
  correctedAt: Date | null;
  revisionNo: number;
  updatedAt: Date;
}

export async function findNewsroomArticle(db: Queryable, id: number, options: { forUpdate?: boolean } = {}): Promise<NewsroomArticle | null> {
  const { rows } = await db.query<NewsroomArticle>(
    `/* findNewsroomArticle */
     SELECT a.id, a.agency_id AS "agencyId", g.slug AS "agencySlug", g.name AS "agencyName", a.slug, a.title, a.summary,
            a.body_source AS "bodySource", a.body_html AS "bodyHtml", a.status, a.tags, a.topic,
            a.author_user_id AS "authorUserId", u.display_name AS "authorName", a.scheduled_at AS "scheduledAt",
            a.published_at AS "publishedAt", a.correction_note AS "correctionNote", a.corrected_at AS "correctedAt",
            a.revision_no AS "revisionNo", a.updated_at AS "updatedAt"
       FROM articles a
       JOIN agencies g ON g.id = a.agency_id
       LEFT JOIN users u ON u.id = a.author_user_id
      WHERE a.id = $1${options.forUpdate ? ' FOR UPDATE OF a' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}
