/**
 * Moves an article from one status to another only if it is still in `from` (a conditional
 * UPDATE, so two people — or two processes — acting at once cannot both succeed). Publishing
 * sets published_at the first time only. Returns whether the row changed.
 */
import type { Queryable } from '../../db.js';
import type { ArticleStatus } from '../../../domain/article.js';

export async function updateArticleStatus(
  db: Queryable,
  id: number,
  change: { from: ArticleStatus; to: ArticleStatus; scheduledAt: Date | null; goesLive: boolean },
): Promise<boolean> {
  const { rowCount } = await db.query(
    `/* updateArticleStatus */
     UPDATE articles
        SET status = $3, scheduled_at = $4,
            published_at = CASE WHEN $5 THEN coalesce(published_at, now()) ELSE published_at END,
            updated_at = now()
      WHERE id = $1 AND status = $2`,
    [id, change.from, change.to, change.scheduledAt, change.goesLive],
  );
  return rowCount === 1;
}
