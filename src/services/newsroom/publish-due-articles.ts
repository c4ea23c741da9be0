/**
 * The scheduled publisher's step: publishes approved articles whose time has come, writing
 * each one's audit entry and syndication deliveries in the same transaction. Safe to run in
 * many processes at once (see db/queries/newsroom/publish-due-articles.ts).
 */
import { publishDueArticles as claimAndPublish } from '../../db/queries/newsroom/publish-due-articles.js';
import { enqueueArticleDeliveries } from '../../db/queries/syndication/enqueue-article-deliveries.js';
import { SCHEDULED_PUBLISH_AUDIT } from '../../domain/article-workflow.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { NewsroomDeps } from './newsroom-actor.js';

export async function publishDueArticles(deps: NewsroomDeps, batchSize = 50): Promise<number[]> {
  return deps.db.transaction(async (tx) => {
    const published = await claimAndPublish(tx, batchSize);
    for (const article of published) {
      const deliveries = article.wasPublished ? 0 : await enqueueArticleDeliveries(tx, article.id, article.agencyId, deps.maxDeliveryAttempts);
      await recordAudit(tx, deps.keyring, {
        action: SCHEDULED_PUBLISH_AUDIT,
        actorLabel: 'system',
        agencyId: article.agencyId,
        targetType: 'article',
        targetId: article.id,
        details: { from: 'approved', to: 'published', scheduledAt: article.scheduledAt.toISOString(), deliveries },
      });
    }
    return published.map((a) => a.id);
  });
}
