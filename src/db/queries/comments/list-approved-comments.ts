/** The approved comments of one article, oldest first (the newest `limit`), and how many are approved in all. */
import type { Queryable } from '../../db.js';

export interface PublicComment {
  id: number;
  authorName: string;
  body: string;
  createdAt: Date;
}

export async function listApprovedComments(db: Queryable, articleId: number, limit: number): Promise<{ comments: PublicComment[]; total: number }> {
  const { rows } = await db.query<PublicComment & { total: number }>(
    `/* listApprovedComments */ SELECT * FROM (
       SELECT id, author_name AS "authorName", body, created_at AS "createdAt", count(*) OVER () AS total
         FROM comments WHERE article_id = $1 AND status = 'approved'
        ORDER BY created_at DESC, id DESC LIMIT $2) c
      ORDER BY "createdAt", id`,
    [articleId, limit],
  );
  return { comments: rows.map(({ total: _total, ...c }) => c), total: rows[0] ? Number(rows[0].total) : 0 };
}
