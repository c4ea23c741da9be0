/** Stores an article (idempotent on agency + slug); body_html must already be sanitised. */
import type { Queryable } from '../../db.js';
import type { ArticleStatus } from '../../../domain/article.js';
import type { ArticleContent } from '../newsroom/create-article.js';

/** The newsroom's article content (no topic here) plus what a seeded, already published article carries. */
export interface NewArticle extends Omit<ArticleContent, 'topic'> {
  agencyId: number;
  status: ArticleStatus;
  authorUserId: number | null;
  publishedAt: Date | null;
  readCount: number;
}

export async function insertArticle(db: Queryable, article: NewArticle): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO articles (agency_id, slug, title, summary, body_source, body_html, body_text, status, tags,
                           author_user_id, published_at, read_count, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, coalesce($11, now()), coalesce($11, now()))
     ON CONFLICT (agency_id, slug) DO UPDATE SET slug = EXCLUDED.slug
     RETURNING id`,
    [
      article.agencyId, article.slug, article.title, article.summary, article.bodySource, article.bodyHtml, article.bodyText,
      article.status, article.tags, article.authorUserId, article.publishedAt, article.readCount,
    ],
  );
  return rows[0]!.id;
}
