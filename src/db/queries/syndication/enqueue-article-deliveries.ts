/** Outbox rows for the active channels of the article's agency that hear of `event` (inside the transaction that causes it). */
import type { Queryable } from '../../db.js';
import { channelKindsFor, type SyndicationEvent } from '../../../domain/syndication.js';

export async function enqueueArticleDeliveries(db: Queryable, articleId: number, agencyId: number, maxAttempts: number, event: SyndicationEvent = 'article.published'): Promise<number> {
  const { rowCount } = await db.query(
    `/* enqueueArticleDeliveries */
     INSERT INTO syndication_deliveries (channel_id, article_id, agency_id, event, max_attempts)
     SELECT id, $1, agency_id, $4, $3 FROM syndication_channels WHERE agency_id = $2 AND is_active AND kind = ANY($5::text[])`,
    [articleId, agencyId, maxAttempts, event, [...channelKindsFor(event)]],
  );
  return rowCount;
}
