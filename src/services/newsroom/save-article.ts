/**
 * Saving article text: a new draft, an edit, or a correction of a published article. Every
 * save renders and sanitises the Markdown, stores a revision and writes an audit entry, all
 * in one transaction; a form loaded before someone else's save is refused (409), not merged.
 */
import type { Tx } from '../../db/db.js';
import { createArticle, type ArticleContent } from '../../db/queries/newsroom/create-article.js';
import { findNewsroomArticle, type NewsroomArticle } from '../../db/queries/newsroom/find-newsroom-article.js';
import { insertArticleRevision } from '../../db/queries/newsroom/insert-article-revision.js';
import { listTakenSlugs } from '../../db/queries/newsroom/list-taken-slugs.js';
import { updateArticleContent } from '../../db/queries/newsroom/update-article-content.js';
import { enqueueArticleDeliveries } from '../../db/queries/syndication/enqueue-article-deliveries.js';
import { CORRECTION_PERMISSION, editPermission } from '../../domain/article-workflow.js';
import { slugifyTitle, uniqueSlug } from '../../domain/article-slug.js';
import { AppError } from '../../lib/app-error.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { parseArticleForm, type ArticleForm, type ArticleInput, type ArticleInputError } from './article-input.js';
import type { NewsroomActor, NewsroomDeps } from './newsroom-actor.js';
import { renderArticleBody } from './render-article-body.js';

export type SaveResult = { ok: true; id: number; revisionNo: number } | { ok: false; errors: ArticleInputError[] };

export async function createDraftArticle(deps: NewsroomDeps, actor: NewsroomActor, agencyId: number, form: ArticleForm): Promise<SaveResult> {
  if (!(await actor.holds('articles.write', agencyId))) throw new AppError('forbidden', 'You may not write news for this agency.');
  const parsed = parseArticleForm(form, { correction: false });
  if (!parsed.ok) return parsed;
  return deps.db.transaction(async (tx) => {
    const content = await prepareContent(tx, agencyId, null, parsed.value);
    if (!content.ok) return content;
    const id = await createArticle(tx, agencyId, actor.userId, content.value);
    await insertArticleRevision(tx, revisionOf(id, 1, 'created', 'draft', parsed.value, actor.userId));
    await recordAudit(tx, deps.keyring, { action: 'article.created', actorUserId: actor.userId, agencyId, targetType: 'article', targetId: id, details: { revision: 1 } });
    return { ok: true as const, id, revisionNo: 1 };
  });
}

/** Saves an edit (draft or in review) or, with `correction`, corrects a published article and shows the note. */
export async function saveArticleText(
  deps: NewsroomDeps,
  actor: NewsroomActor,
  id: number,
  expectedRevision: number,
  form: ArticleForm,
  options: { correction: boolean },
): Promise<SaveResult> {
  const parsed = parseArticleForm(form, options);
  return deps.db.transaction(async (tx) => {
    const article = await findNewsroomArticle(tx, id, { forUpdate: true });
    if (!article) throw new AppError('not_found', 'No such article.');
    const permission = options.correction ? (article.status === 'published' ? CORRECTION_PERMISSION : null) : editPermission(article.status);
    if (!permission) {
      throw options.correction
        ? new AppError('conflict', 'Only a published article can be corrected.', { details: { reason: 'not_correctable' } })
        : new AppError('conflict', `An article that is ${article.status} cannot be edited; withdraw it to a draft first, or correct it once published.`, {
            details: { reason: 'not_editable', status: article.status },
          });
    }
    if (!(await actor.holds(permission, article.agencyId))) {
      throw new AppError('forbidden', 'You may not change this article in its current state.', { details: { reason: 'edit_forbidden', permission } });
    }
    if (!parsed.ok) return parsed;
    if (article.revisionNo !== expectedRevision) throw staleRevision();
    const content = await prepareContent(tx, article.agencyId, article, parsed.value);
    if (!content.ok) return content;
    const revisionNo = await updateArticleContent(tx, id, expectedRevision, content.value, options.correction ? { note: parsed.value.correctionNote! } : null);
    if (revisionNo === null) throw staleRevision();
    const reason = options.correction ? 'corrected' : 'edited';
    // Subscribers that copied the text (webhooks) hear of the correction in the same transaction.
    const deliveries = options.correction ? await enqueueArticleDeliveries(tx, id, article.agencyId, deps.maxDeliveryAttempts, 'article.corrected') : 0;
    await insertArticleRevision(tx, revisionOf(id, revisionNo, reason, article.status, parsed.value, actor.userId));
    await recordAudit(tx, deps.keyring, {
      action: options.correction ? 'article.corrected' : 'article.edited',
      actorUserId: actor.userId,
      agencyId: article.agencyId,
      targetType: 'article',
      targetId: id,
      details: { revision: revisionNo, status: article.status, ...(options.correction ? { deliveries } : {}) },
    });
    return { ok: true as const, id, revisionNo };
  });
}

/** Renders the body and settles the slug: kept once published (shared links stay valid), else given or made from the title. */
async function prepareContent(
  tx: Tx,
  agencyId: number,
  existing: NewsroomArticle | null,
  input: ArticleInput,
): Promise<{ ok: true; value: ArticleContent } | { ok: false; errors: ArticleInputError[] }> {
  let slug: string;
  if (existing?.publishedAt) slug = existing.slug;
  else if (input.slug) {
    if ((await listTakenSlugs(tx, agencyId, input.slug, existing?.id ?? null)).has(input.slug)) return { ok: false, errors: [{ field: 'slug', code: 'slug_taken' }] };
    slug = input.slug;
  } else if (existing && slugifyTitle(input.title) === existing.slug.replace(/-\d+$/, '')) {
    slug = existing.slug;
  } else {
    const base = slugifyTitle(input.title);
    if (!base) return { ok: false, errors: [{ field: 'title', code: 'title_no_slug' }] };
    slug = uniqueSlug(base, await listTakenSlugs(tx, agencyId, base, existing?.id ?? null));
  }
  const body = renderArticleBody(input.body);
  return {
    ok: true,
    value: { slug, title: input.title, summary: input.summary, bodySource: input.body, bodyHtml: body.html, bodyText: body.text, tags: input.tags, topic: input.topic },
  };
}

function staleRevision(): AppError {
  return new AppError('conflict', 'Someone saved this article after you opened it. Reload the page to see their changes.', { details: { reason: 'stale_revision' } });
}

function revisionOf(articleId: number, revisionNo: number, reason: 'created' | 'edited' | 'corrected', status: NewsroomArticle['status'], input: ArticleInput, editorUserId: number) {
  return {
    articleId,
    revisionNo,
    reason,
    status,
    title: input.title,
    summary: input.summary,
    bodySource: input.body,
    tags: input.tags,
    topic: input.topic,
    correctionNote: input.correctionNote,
    editorUserId,
  };
}
