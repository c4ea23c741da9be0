/** A commenter's comments, found through the keyed hash of their e-mail (data-subject export). */
import type { Queryable } from '../../db.js';

export interface CommentExport {
  id: number;
  articleTitle: string;
  authorName: string;
  body: string;
  status: string;
  createdAt: Date;
  authorEmailEnc: Buffer | null;
}

export async function listCommentsByEmailHash(db: Queryable, emailHash: Buffer): Promise<CommentExport[]> {
  const { rows } = await db.query<{ id: number; title: string; author_name: string; body: string; status: string; created_at: Date; author_email_enc: Uint8Array | null }>(
    `/* listCommentsByEmailHash */ SELECT c.id, a.title, c.author_name, c.body, c.status, c.created_at, c.author_email_enc
       FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.author_email_hash = $1 ORDER BY c.id`,
    [emailHash],
  );
  return rows.map((r) => ({
    id: Number(r.id),
    articleTitle: r.title,
    authorName: r.author_name,
    body: r.body,
    status: r.status,
    createdAt: r.created_at,
    authorEmailEnc: r.author_email_enc ? Buffer.from(r.author_email_enc) : null,
  }));
}
