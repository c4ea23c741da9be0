/** An article's revisions, newest first, with their full text (articles have tens of saves, not thousands). */
import type { Queryable } from '../../db.js';
import type { NewArticleRevision } from './insert-article-revision.js';

/** A stored revision as read back: who edited it by name, and when. */
export interface ArticleRevision extends Omit<NewArticleRevision, 'articleId' | 'editorUserId' | 'tags'> {
  tags: string[];
  editorName: string | null;
  createdAt: Date;
}

export async function listArticleRevisions(db: Queryable, articleId: number): Promise<ArticleRevision[]> {
  const { rows } = await db.query<ArticleRevision>(
    `/* listArticleRevisions */
     SELECT r.revision_no AS "revisionNo", r.reason, r.status, r.title, r.summary, r.body_source AS "bodySource", r.tags, r.topic,
            r.correction_note AS "correctionNote", u.display_name AS "editorName", r.created_at AS "createdAt"
       FROM article_revisions r LEFT JOIN users u ON u.id = r.editor_user_id
      WHERE r.article_id = $1
      ORDER BY r.revision_no DESC
      LIMIT 500`,
    [articleId],
  );
  return rows;
}
