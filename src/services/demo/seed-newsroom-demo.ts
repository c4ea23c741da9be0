/**
 * Puts the newsroom demo articles (work in progress) in place: rendered and sanitised like
 * any save, with revision 1, in the status the demo wants. Idempotent on agency + slug, so a
 * resumed seed run skips what is there.
 */
import type { Tx } from '../../db/db.js';
import { createArticle } from '../../db/queries/newsroom/create-article.js';
import { insertArticleRevision } from '../../db/queries/newsroom/insert-article-revision.js';
import { listTakenSlugs } from '../../db/queries/newsroom/list-taken-slugs.js';
import { updateArticleStatus } from '../../db/queries/newsroom/update-article-status.js';
import { DEMO_NEWSROOM_ARTICLES } from '../../demo/demo-newsroom-articles.js';
import { renderArticleBody } from '../newsroom/render-article-body.js';

export async function seedNewsroomDemo(tx: Tx, agencyIds: ReadonlyMap<string, number>, userIds: ReadonlyMap<string, number>, end: Date): Promise<void> {
  for (const a of DEMO_NEWSROOM_ARTICLES) {
    const agencyId = agencyIds.get(a.agencySlug);
    if (agencyId === undefined || (await listTakenSlugs(tx, agencyId, a.slug, null)).has(a.slug)) continue;
    const authorUserId = userIds.get(a.authorEmail) ?? null;
    const body = renderArticleBody(a.markdown);
    const id = await createArticle(tx, agencyId, authorUserId, {
      slug: a.slug, title: a.title, summary: a.summary, bodySource: a.markdown, bodyHtml: body.html, bodyText: body.text, tags: a.tags, topic: a.topic,
    });
    await insertArticleRevision(tx, {
      articleId: id, revisionNo: 1, reason: 'created', status: 'draft', title: a.title, summary: a.summary, bodySource: a.markdown, tags: a.tags, topic: a.topic,
      correctionNote: null, editorUserId: authorUserId,
    });
    if (a.status !== 'draft') {
      const scheduledAt = a.scheduledHoursAfterEnd ? new Date(end.getTime() + a.scheduledHoursAfterEnd * 3_600_000) : null;
      await updateArticleStatus(tx, id, { from: 'draft', to: a.status, scheduledAt, goesLive: false });
    }
  }
}
