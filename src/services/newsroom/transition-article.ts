/**
 * Moves an article through the workflow (submit, approve, publish, schedule, unpublish, …):
 * the rules come from domain/article-workflow.ts; the change is a conditional UPDATE; the
 * audit entry and, on first publication, the syndication outbox rows are written in the
 * same transaction, so a publication is never without its record or its deliveries.
 */
import { findNewsroomArticle } from '../../db/queries/newsroom/find-newsroom-article.js';
import { updateArticleStatus } from '../../db/queries/newsroom/update-article-status.js';
import { enqueueArticleDeliveries } from '../../db/queries/syndication/enqueue-article-deliveries.js';
import { planTransition, type ArticleAction, type NewsroomPermission, type TransitionRefusal } from '../../domain/article-workflow.js';
import type { ArticleStatus } from '../../domain/article.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import type { NewsroomActor, NewsroomDeps } from './newsroom-actor.js';

export interface TransitionOutcome {
  from: ArticleStatus;
  to: ArticleStatus;
  deliveries: number;
}

export async function transitionArticle(
  deps: NewsroomDeps,
  actor: NewsroomActor,
  id: number,
  request: { action: ArticleAction; scheduleAt?: Date | null },
  now: Date = new Date(),
): Promise<TransitionOutcome> {
  return deps.db.transaction(async (tx) => {
    const article = await findNewsroomArticle(tx, id, { forUpdate: true });
    if (!article) throw new AppError('not_found', 'No such article.');
    const held = new Set<NewsroomPermission>();
    for (const p of ['articles.write', 'articles.review', 'articles.publish'] as const) if (await actor.holds(p, article.agencyId)) held.add(p);
    const decision = planTransition(
      { status: article.status, scheduledAt: article.scheduledAt },
      { action: request.action, scheduleAt: request.scheduleAt ?? null, now, can: (p) => held.has(p), wasPublished: article.publishedAt !== null },
    );
    if (!decision.ok) throw refusalError(decision.refusal);
    const plan = decision.plan;
    const changed = await updateArticleStatus(tx, id, { from: plan.from, to: plan.to, scheduledAt: plan.scheduledAt, goesLive: plan.goesLive });
    if (!changed) throw new AppError('conflict', 'The article changed while you were acting on it. Reload the page.', { details: { reason: 'changed' } });
    const event = plan.syndicate ? ('article.published' as const) : plan.action === 'unpublish' ? ('article.unpublished' as const) : null;
    const deliveries = event ? await enqueueArticleDeliveries(tx, id, article.agencyId, deps.maxDeliveryAttempts, event) : 0;
    await recordAudit(tx, deps.keyring, {
      action: plan.audit,
      actorUserId: actor.userId,
      agencyId: article.agencyId,
      targetType: 'article',
      targetId: id,
      details: { from: plan.from, to: plan.to, ...(plan.scheduledAt ? { scheduledAt: plan.scheduledAt.toISOString() } : {}), ...(event ? { deliveries } : {}) },
    });
    return { from: plan.from, to: plan.to, deliveries };
  });
}

/** The refusal travels in `details` (reason and its facts), so the console can say it in the reader's language. */
function refusalError(refusal: TransitionRefusal): AppError {
  const details = { ...refusal };
  switch (refusal.reason) {
    case 'forbidden':
      return new AppError('forbidden', `This action needs the ${refusal.permission} permission in the article's agency.`, { details });
    case 'invalid_transition':
      return new AppError('conflict', `An article that is ${refusal.from} cannot be given the action "${refusal.action}".`, { details });
    case 'schedule_missing':
      return new AppError('validation_failed', 'Enter the date and time to publish.', { details });
    case 'schedule_in_past':
      return new AppError('validation_failed', 'The publication time must be in the future.', { details });
    case 'schedule_too_far':
      return new AppError('validation_failed', 'The publication time must be within a year.', { details });
    case 'not_scheduled':
      return new AppError('conflict', 'The article has no scheduled publication time.', { details });
  }
}
