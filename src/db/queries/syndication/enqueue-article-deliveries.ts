/** Outbox rows for every active channel of the article's agency (inside the publishing transaction). */
import type { Queryable } from '../../db.js';

export async function enqueueArticleDeliveries(db: Queryable, articleId: number, agencyId: number, maxAttempts: number): Promise<number> {
  const { rowCount } = await db.query(
    `/* enqueueArticleDeliveries */
     INSERT INTO syndication_deliveries (channel_id, article_id, agency_id, event, max_attempts)
     SELECT id, $1, agency_id, 'article.published', $3 FROM syndication_channels WHERE agency_id = $2 AND is_active`,
    [articleId, agencyId, maxAttempts],
  );
  return rowCount;
}
