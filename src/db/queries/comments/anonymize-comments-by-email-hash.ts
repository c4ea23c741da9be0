/**
 * Erases a commenter's personal data but keeps each comment row (with its article, status
 * and date), so comment counts and moderation statistics stay as they were.
 */
import type { Queryable } from '../../db.js';

export async function anonymizeCommentsByEmailHash(db: Queryable, emailHash: Buffer, placeholder: { name: string; body: string }): Promise<number> {
  const result = await db.query(
    `/* anonymizeCommentsByEmailHash */ UPDATE comments SET author_name = $2, body = $3, author_email_enc = NULL, author_email_hash = NULL
      WHERE author_email_hash = $1`,
    [emailHash, placeholder.name, placeholder.body],
  );
  return result.rowCount;
}
