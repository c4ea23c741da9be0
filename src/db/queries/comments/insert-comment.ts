/** Stores a reader's comment; the e-mail arrives already encrypted and hashed. */
import type { Queryable } from '../../db.js';

export interface NewComment {
  articleId: number;
  authorName: string;
  authorEmailEnc: Buffer | null;
  authorEmailHash: Buffer | null;
  body: string;
  status: 'pending' | 'approved';
  moderationFlags: readonly string[];
}

export async function insertComment(db: Queryable, c: NewComment): Promise<{ id: number; createdAt: Date }> {
  const { rows } = await db.query<{ id: number; created_at: Date }>(
    `/* insertComment */ INSERT INTO comments (article_id, author_name, author_email_enc, author_email_hash, body, status, moderation_flags)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at`,
    [c.articleId, c.authorName, c.authorEmailEnc, c.authorEmailHash, c.body, c.status, c.moderationFlags],
  );
  return { id: Number(rows[0]!.id), createdAt: rows[0]!.created_at };
}
