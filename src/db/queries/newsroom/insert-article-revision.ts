/** Keeps what one save wrote, so any two versions can be compared later. */
import type { Queryable } from '../../db.js';
import type { ArticleStatus } from '../../../domain/article.js';

export interface NewArticleRevision {
  articleId: number;
  revisionNo: number;
  reason: 'created' | 'edited' | 'corrected';
  status: ArticleStatus;
  title: string;
  summary: string;
  bodySource: string;
  tags: readonly string[];
  topic: string | null;
  correctionNote: string | null;
  editorUserId: number | null;
}

export async function insertArticleRevision(db: Queryable, r: NewArticleRevision): Promise<void> {
  await db.query(
    `/* insertArticleRevision */
     INSERT INTO article_revisions (article_id, revision_no, reason, status, title, summary, body_source, tags, topic, correction_note, editor_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [r.articleId, r.revisionNo, r.reason, r.status, r.title, r.summary, r.bodySource, r.tags, r.topic, r.correctionNote, r.editorUserId],
  );
}
