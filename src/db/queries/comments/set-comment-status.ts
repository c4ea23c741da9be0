/**
 * Moves a comment to a moderation status, locking the row so two moderators acting at once
 * are serialised; returns the status before and what the engagement count needs, or null
 * when the comment does not exist.
 */
import type { Queryable } from '../../db.js';

export interface CommentStatusChange {
  previous: string;
  articleId: number;
  agencyId: number;
  createdAt: Date;
}

export async function setCommentStatus(db: Queryable, id: number, status: string, moderatorId: number): Promise<CommentStatusChange | null> {
  const { rows } = await db.query<{ status: string; article_id: number; agency_id: number; created_at: Date }>(
    `/* setCommentStatus:lock */ SELECT c.status, c.article_id, a.agency_id, c.created_at
       FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id = $1 FOR UPDATE OF c`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  await db.query(`/* setCommentStatus */ UPDATE comments SET status = $2, moderated_at = now(), moderated_by = $3 WHERE id = $1`, [id, status, moderatorId]);
  return { previous: row.status, articleId: Number(row.article_id), agencyId: Number(row.agency_id), createdAt: row.created_at };
}
