/** The approved comments of one article, oldest first (the newest `limit`), for the article page. */
import type { Queryable } from '../../db.js';

export interface PublicComment {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
}

export async function listApprovedComments(db: Queryable, articleId: number, limit: number): Promise<PublicComment[]> {
  const { rows } = await db.query<PublicComment>(
    `/* listApprovedComments */ SELECT * FROM (
       SELECT id, author_name AS "authorName", body, created_at AS "createdAt"
         FROM comments WHERE article_id = $1 AND status = 'approved'
        ORDER BY created_at DESC, id DESC LIMIT $2) c
      ORDER BY "createdAt", id`,
    [articleId, limit],
  );
  return rows;
}
