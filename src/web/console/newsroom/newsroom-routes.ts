/**
 * The newsroom in the staff console: article list per agency with a status filter, the
 * create and edit forms (Markdown, sanitised on save), workflow actions, corrections, the
 * revision history with a diff, and each article's syndication delivery log. Every route is
 * agency-scoped through `config.access` objects; the services check the exact permission
 * for the article's agency again (a writer of agency A is not a reviewer of it).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAgenciesById } from '../../../db/queries/agencies/list-agencies-by-id.js';
import { findNewsroomArticle, type NewsroomArticle } from '../../../db/queries/newsroom/find-newsroom-article.js';
import { listArticleImages } from '../../../db/queries/newsroom/list-article-images.js';
import { listArticleRevisions } from '../../../db/queries/newsroom/list-article-revisions.js';
import { listNewsroomArticles } from '../../../db/queries/newsroom/list-newsroom-articles.js';
import { listArticleDeliveries } from '../../../db/queries/syndication/list-article-deliveries.js';
import { ARTICLE_STATUSES } from '../../../domain/article.js';
import { ARTICLE_ACTIONS, availableActions, editPermission, type NewsroomPermission } from '../../../domain/article-workflow.js';
import { AppError } from '../../../lib/app-error.js';
import { html, unsafeRawHtml } from '../../../lib/html.js';
import { scopeAgencyIds } from '../../../security/permissions/agency-scope.js';
import { ZArticleForm, type ArticleForm } from '../../../services/newsroom/article-input.js';
import { createDraftArticle, saveArticleText } from '../../../services/newsroom/save-article.js';
import { transitionArticle } from '../../../services/newsroom/transition-article.js';
import { buttonForm, csrfInput, notice, selectInput, type FieldError } from '../../forms/form-kit.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { articlePath } from '../../portal/portal-routes.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';
import { newsroomDeps, requestActor } from './newsroom-actor.js';
import { articleForm, fieldErrors, renderDiff, statusLabel } from './newsroom-views.js';
import { imageSection } from './newsroom-media-routes.js';
import { withLocalizedErrors } from './localize-newsroom-error.js';

const WRITE = 'articles.write' as const;
const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const ZQuery = z.object({ lang: z.string().max(10).optional(), notice: z.string().max(60).optional() });
const ZListQuery = ZQuery.extend({ status: z.enum(ARTICLE_STATUSES).or(z.literal('')).optional() });
const ZCreate = ZArticleForm.extend({ agencyId: z.string().max(20).default(''), _csrf: z.string().max(100).optional() });
const ZSave = ZArticleForm.extend({ revision: z.coerce.number().int().min(0).max(1_000_000_000).optional(), _csrf: z.string().max(100).optional() });
const ZTransition = z.object({
  action: z.enum(ARTICLE_ACTIONS, { message: 'Choose a workflow action.' }),
  scheduleAt: z.string().max(40).optional(),
  _csrf: z.string().max(100).optional(),
});
const ZDiffQuery = ZQuery.extend({ from: z.coerce.number().int().positive().max(1_000_000_000).optional(), to: z.coerce.number().int().positive().max(1_000_000_000).optional() });

/** "2026-12-01T08:00" (datetime-local, WIB) → the instant; null when unreadable. */
export function parseWibDateTime(value: string | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec((value ?? '').trim());
  if (!m) return null;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+07:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function formOf(article: NewsroomArticle): Partial<ArticleForm> {
  return { title: article.title, summary: article.summary, body: article.bodySource, slug: article.slug, tags: article.tags.join(', '), topic: article.topic ?? '' };
}

export function registerNewsroomRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.security;
  const deps = newsroomDeps(app);

  r.get('/console/newsroom', { config: { access: { kind: 'staff', permission: WRITE } }, schema: { querystring: ZListQuery } }, async (request, reply) => {
    const { t, href, locale } = pageContext(request);
    const status = request.query.status || null;
    const articles = await listNewsroomArticles(db, scopeAgencyIds(await request.agencyScope(WRITE)), status, 200);
    const key = noticeFromQuery(request);
    const body = html`<h1>${t('newsroom.title')}</h1>
${notice(key ? t(key) : undefined)}
<p><a class="button" href="${href('/console/newsroom/new')}">${t('newsroom.new')}</a> <a href="${href('/console/newsroom/channels')}">${t('newsroom.channels')}</a></p>
<form method="get" action="/console/newsroom" class="inline-form">
${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${selectInput({ name: 'status', label: t('newsroom.filter'), value: status ?? '', options: [{ value: '', label: t('newsroom.allStatuses') }, ...ARTICLE_STATUSES.map((s) => ({ value: s, label: t(`newsroom.status.${s}`) }))] })}
<button type="submit" class="button button-secondary">${t('newsroom.apply')}</button>
</form>
${articles.length === 0
  ? html`<p>${t('newsroom.none')}</p>`
  : html`<table class="table"><thead><tr><th scope="col">${t('newsroom.col.title')}</th><th scope="col">${t('newsroom.col.agency')}</th><th scope="col">${t('newsroom.col.status')}</th><th scope="col">${t('newsroom.col.author')}</th><th scope="col">${t('newsroom.col.updated')}</th></tr></thead>
<tbody>${articles.map(
      (a) => html`<tr><td><a href="${href(`/console/newsroom/articles/${a.id}`)}">${a.title}</a></td><td>${a.agencyAbbreviation}</td><td>${statusLabel(t, a.status)}${
        a.scheduledAt ? html`<br><small>${t('newsroom.scheduledFor', { time: formatDateTime(locale, a.scheduledAt) })}</small>` : ''
      }</td><td>${a.authorName ?? '—'}</td><td>${formatDateTime(locale, a.updatedAt)}</td></tr>`,
    )}</tbody></table>`}`;
    return sendConsolePage(request, reply, { title: t('newsroom.title'), body });
  });

  async function newPage(request: FastifyRequest, reply: FastifyReply, form: Partial<z.infer<typeof ZCreate>> = {}, errors: FieldError[] = []) {
    const { t, href } = pageContext(request);
    const agencies = await listAgenciesById(db, scopeAgencyIds(await request.agencyScope(WRITE)));
    const token = await request.csrfToken(reply);
    const body = html`<h1>${t('newsroom.new')}</h1>
${articleForm(t, {
  action: href('/console/newsroom/articles'),
  token,
  form,
  errors,
  submit: t('newsroom.save'),
  slugLocked: false,
  correction: false,
  extra: selectInput({ name: 'agencyId', label: t('newsroom.agency'), value: form.agencyId, options: agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.abbreviation})` })) }),
})}`;
    return sendConsolePage(request, reply, { title: t('newsroom.new'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  r.get('/console/newsroom/new', { config: { access: { kind: 'staff', permission: WRITE } }, schema: { querystring: ZQuery } }, (request, reply) => newPage(request, reply));

  r.post(
    '/console/newsroom/articles',
    { config: { access: { kind: 'staff', permission: WRITE, objects: [{ from: 'body', name: 'agencyId', type: 'agency' }] } }, schema: { body: ZCreate, querystring: ZQuery } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const result = await createDraftArticle(deps, requestActor(request), Number(request.body.agencyId), request.body);
      if (!result.ok) return newPage(request, reply, request.body, fieldErrors(t, result.errors));
      return redirectWith(request, reply, `/console/newsroom/articles/${result.id}`, 'newsroom.created');
    },
  );

  async function articlePage(request: FastifyRequest, reply: FastifyReply, id: number, state: { form?: Partial<ArticleForm>; errors?: FieldError[]; correction?: boolean } = {}) {
    const { t, href, locale } = pageContext(request);
    const article = await findNewsroomArticle(db, id);
    if (!article) throw new AppError('not_found', t('security.notFound'));
    const actor = requestActor(request);
    const held = new Set<NewsroomPermission>();
    for (const p of ['articles.write', 'articles.review', 'articles.publish'] as const) if (await actor.holds(p, article.agencyId)) held.add(p);
    const token = await request.csrfToken(reply);
    const errors = state.errors ?? [];
    const editBy = editPermission(article.status);
    const canEdit = editBy !== null && held.has(editBy);
    const canCorrect = article.status === 'published' && held.has('articles.publish');
    const actions = availableActions({ status: article.status, scheduledAt: article.scheduledAt }, (p) => held.has(p));
    const key = noticeFromQuery(request);
    const [deliveries, images] = await Promise.all([listArticleDeliveries(db, id), listArticleImages(db, id)]);
    const hidden = { revision: String(article.revisionNo) };
    const body = html`<p><a href="${href('/console/newsroom')}">${t('newsroom.title')}</a></p>
<h1>${article.title}</h1>
${notice(key ? t(key) : undefined)}
<p>${article.agencyName} · ${statusLabel(t, article.status)}${article.scheduledAt ? html` · ${t('newsroom.scheduledFor', { time: formatDateTime(locale, article.scheduledAt) })}` : ''}${
      article.status === 'published' ? html` · <a href="${articlePath(article.agencySlug, article.slug)}">${t('newsroom.viewOnPortal')}</a>` : ''
    } · <a href="${href(`/console/newsroom/articles/${id}/revisions`)}">${t('newsroom.revisions')}</a></p>
<section aria-labelledby="workflow-title"><h2 id="workflow-title">${t('newsroom.workflow')}</h2>
${actions.length === 0
  ? html`<p>${t('newsroom.noActions')}</p>`
  : html`<div class="actions">${actions.map((action) =>
      action === 'schedule'
        ? html`<form method="post" action="${href(`/console/newsroom/articles/${id}/transition`)}" class="inline-form">${csrfInput(token)}<input type="hidden" name="action" value="schedule">
<label for="scheduleAt">${t('newsroom.scheduleAt')}</label> <input id="scheduleAt" name="scheduleAt" type="datetime-local" aria-describedby="scheduleAt-hint"> <span class="hint" id="scheduleAt-hint">${t('newsroom.scheduleHint')}</span>
<button type="submit" class="button button-secondary">${t('newsroom.action.schedule')}</button></form>`
        : buttonForm(href(`/console/newsroom/articles/${id}/transition`), token, t(`newsroom.action.${action}`), { hidden: { action }, warning: action === 'unpublish' }),
    )}</div>`}
</section>
${canEdit
  ? html`<section aria-labelledby="edit-title"><h2 id="edit-title">${t('newsroom.edit')}</h2>${articleForm(t, {
      action: href(`/console/newsroom/articles/${id}`),
      token,
      form: state.correction ? formOf(article) : (state.form ?? formOf(article)),
      errors: state.correction ? [] : errors,
      hidden,
      submit: t('newsroom.save'),
      slugLocked: article.publishedAt !== null,
      correction: false,
    })}</section>`
  : canCorrect
    ? ''
    : html`<p>${t('newsroom.readOnly')}</p>`}
${canCorrect
  ? html`<section aria-labelledby="correct-title"><h2 id="correct-title">${t('newsroom.correction')}</h2><p>${t('newsroom.correctionIntro')}</p>${articleForm(t, {
      action: href(`/console/newsroom/articles/${id}/correction`),
      token,
      form: state.correction ? (state.form ?? formOf(article)) : { ...formOf(article), correctionNote: '' },
      errors: state.correction ? errors : [],
      hidden,
      submit: t('newsroom.correct'),
      slugLocked: true,
      correction: true,
    })}</section>`
  : ''}
<section aria-labelledby="preview-title"><h2 id="preview-title">${t('newsroom.preview')}</h2><div class="article-body">${unsafeRawHtml(article.bodyHtml)}</div></section>
${canEdit || canCorrect ? imageSection(t, href, token, { id, revisionNo: article.revisionNo, canInsert: canEdit }, images) : ''}
<section aria-labelledby="deliveries-title"><h2 id="deliveries-title">${t('newsroom.deliveries')}</h2>
${deliveries.length === 0
  ? html`<p>${t('newsroom.noDeliveries')}</p>`
  : html`<table class="table"><thead><tr><th scope="col">${t('newsroom.channel.name')}</th><th scope="col">${t('newsroom.col.status')}</th><th scope="col">${t('newsroom.deliveries')}</th></tr></thead><tbody>${deliveries.map(
      (d) => html`<tr><td>${d.channelName} (${t(`newsroom.channel.kind.${d.kind}`)})<br><small>${t(`newsroom.event.${d.event}`)}</small></td><td>${t(`newsroom.delivery.status.${d.status}`)}${d.externalId ? html` · <code>${d.externalId}</code>` : ''}<br><small>${t('newsroom.delivery.attempts', { n: d.attempts, max: d.maxAttempts })}${
        d.status === 'pending' && d.attempts > 0 ? html` · ${t('newsroom.delivery.next', { time: formatDateTime(locale, d.nextAttemptAt) })}` : ''
      }</small></td><td><ol class="delivery-log">${d.log.map(
        (a) => html`<li>${formatDateTime(locale, new Date(a.at))}: ${t(`newsroom.delivery.outcome.${a.outcome}`)}${a.httpStatus ? ` (HTTP ${a.httpStatus})` : ''}${a.error ? html` — ${a.error}` : ''}</li>`,
      )}</ol></td></tr>`,
    )}</tbody></table>`}
</section>`;
    return sendConsolePage(request, reply, { title: article.title, body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  const articleAccess = (permission: NewsroomPermission = WRITE) => ({ kind: 'staff' as const, permission, objects: [{ from: 'params' as const, name: 'id', type: 'article' }] });

  r.get('/console/newsroom/articles/:id', { config: { access: articleAccess() }, schema: { params: ZId, querystring: ZQuery } }, (request, reply) =>
    articlePage(request, reply, request.params.id),
  );

  for (const [path, correction] of [['', false], ['/correction', true]] as const) {
    r.post(
      `/console/newsroom/articles/:id${path}`,
      { config: { access: articleAccess() }, schema: { params: ZId, body: ZSave, querystring: ZQuery } },
      async (request, reply) => {
        const { t } = pageContext(request);
        const id = request.params.id;
        if (request.body.revision === undefined) throw new AppError('validation_failed', 'The form is missing its revision number; reload the page.');
        const revision = request.body.revision;
        const result = await withLocalizedErrors(t, () => saveArticleText(deps, requestActor(request), id, revision, request.body, { correction }));
        if (!result.ok) return articlePage(request, reply, id, { form: request.body, errors: fieldErrors(t, result.errors), correction });
        // This process's cached portal page shows the change at once; other processes within the cache TTL.
        if (correction) app.portal.pageCache.invalidateArticle(id);
        return redirectWith(request, reply, `/console/newsroom/articles/${id}`, correction ? 'newsroom.corrected' : 'newsroom.saved');
      },
    );
  }

  r.post(
    '/console/newsroom/articles/:id/transition',
    { config: { access: articleAccess() }, schema: { params: ZId, body: ZTransition, querystring: ZQuery } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const scheduleAt = request.body.action === 'schedule' ? parseWibDateTime(request.body.scheduleAt) : null;
      await withLocalizedErrors(t, () => transitionArticle(deps, requestActor(request), request.params.id, { action: request.body.action, scheduleAt }));
      app.portal.pageCache.invalidateArticle(request.params.id);
      return redirectWith(request, reply, `/console/newsroom/articles/${request.params.id}`, 'newsroom.transitioned');
    },
  );

  r.get(
    '/console/newsroom/articles/:id/revisions',
    { config: { access: articleAccess() }, schema: { params: ZId, querystring: ZDiffQuery } },
    async (request, reply) => {
      const { t, href, locale } = pageContext(request);
      const article = await findNewsroomArticle(db, request.params.id);
      if (!article) throw new AppError('not_found', t('security.notFound'));
      const revisions = await listArticleRevisions(db, article.id);
      const to = revisions.find((r) => r.revisionNo === (request.query.to ?? revisions[0]?.revisionNo));
      const from = revisions.find((r) => r.revisionNo === (request.query.from ?? revisions[1]?.revisionNo ?? revisions[0]?.revisionNo));
      if ((request.query.to && !to) || (request.query.from && !from)) throw new AppError('not_found', t('security.notFound'));
      const options = revisions.map((r) => ({ value: String(r.revisionNo), label: t('newsroom.revision', { n: r.revisionNo }) }));
      const body = html`<p><a href="${href(`/console/newsroom/articles/${article.id}`)}">${article.title}</a></p>
<h1>${t('newsroom.revisions')}</h1>
<ol reversed>${revisions.map(
        (r) => html`<li>${t('newsroom.revision', { n: r.revisionNo })} — ${t(`newsroom.revisionReason.${r.reason}`)}, ${formatDateTime(locale, r.createdAt)}${r.editorName ? html`, ${r.editorName}` : ''}</li>`,
      )}</ol>
${from && to
  ? html`<form method="get" action="${`/console/newsroom/articles/${article.id}/revisions`}" class="inline-form">
${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
${selectInput({ name: 'from', label: t('newsroom.compareFrom'), value: String(from.revisionNo), options })}
${selectInput({ name: 'to', label: t('newsroom.compareTo'), value: String(to.revisionNo), options })}
<button type="submit" class="button button-secondary">${t('newsroom.compare')}</button></form>
<h2>${t('newsroom.diffTitle', { from: String(from.revisionNo), to: String(to.revisionNo) })}</h2>
<p class="hint">${t('newsroom.diffLegend')}</p>
<h3>${t('newsroom.field.title')}</h3>${renderDiff(t, from.title, to.title)}
<h3>${t('newsroom.field.summary')}</h3>${renderDiff(t, from.summary, to.summary)}
<h3>${t('newsroom.field.body')}</h3>${renderDiff(t, from.bodySource, to.bodySource)}
<h3>${t('newsroom.field.tags')}</h3>${renderDiff(t, from.tags.join(', '), to.tags.join(', '))}
${to.correctionNote ? html`<h3>${t('newsroom.field.correctionNote')}</h3><p>${to.correctionNote}</p>` : ''}`
  : ''}`;
      return sendConsolePage(request, reply, { title: t('newsroom.revisions'), body });
    },
  );
}

