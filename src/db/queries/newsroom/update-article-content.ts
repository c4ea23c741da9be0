/**
 * Saves new content if nobody saved since the form was loaded (revision_no still matches);
 * returns the new revision number, or null when the article moved on (the caller answers 409).
 * A correction also sets the visible note and its date.
 */
import type { Queryable } from '../../db.js';
import type { ArticleContent } from './create-article.js';

export async function updateArticleContent(
  db: Queryable,
  id: number,
  expectedRevision: number,
  content: ArticleContent,
  correction: { note: string } | null,
): Promise<number | null> {
  const { rows } = await db.query<{ revisionNo: number }>(
    `/* updateArticleContent */
     UPDATE articles
        SET slug = $3, title = $4, summary = $5, body_source = $6, body_html = $7, body_text = $8, tags = $9, topic = $10,
            correction_note = CASE WHEN $11::text IS NULL THEN correction_note ELSE $11 END,
            corrected_at = CASE WHEN $11::text IS NULL THEN corrected_at ELSE now() END,
            revision_no = revision_no + 1, updated_at = now()
      WHERE id = $1 AND revision_no = $2
      RETURNING revision_no AS "revisionNo"`,
    [
      id, expectedRevision, content.slug, content.title, content.summary, content.bodySource, content.bodyHtml, content.bodyText,
      content.tags, content.topic, correction?.note ?? null,
    ],
  );
  return rows[0]?.revisionNo ?? null;
}
