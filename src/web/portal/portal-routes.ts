/**
 * The public portal: server-rendered pages that work without JavaScript — home (latest news
 * across agencies), agency pages, topic (tag) pages and full-text search; the article page
 * and reader actions are in article-routes.ts, feeds in feeds/, sitemap and robots in seo-routes.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import { findAgencyBySlug } from '../../db/queries/agencies/find-agency-by-slug.js';
import { listLatestArticles } from '../../db/queries/articles/list-latest-articles.js';
import { listPublishedArticles } from '../../db/queries/articles/list-published-articles.js';
import { searchArticles } from '../../db/queries/articles/search-articles.js';
import { AppError } from '../../lib/app-error.js';
import { escapeHtml, html, unsafeRawHtml } from '../../lib/html.js';
import { errorSummary, type FieldError } from '../forms/form-kit.js';
import { translator } from '../i18n/i18n.js';
import { localeHref, renderPage } from '../page-layout.js';
import { getRequestLocale } from '../request-locale.js';
import { articleCards, feedLinks, pagination, PAGE_SIZE } from './article-list.js';
import { registerArticleRoutes, ZSlug } from './article-routes.js';
import { registerFeedRoutes } from './feeds/feed-routes.js';
import { createPortalServices } from './portal-services.js';
import { registerSeoRoutes } from './seo-routes.js';

export { articlePath } from './article-list.js';

const ZPage = z.coerce.number().int().min(1).max(1000).default(1);
const ZListQuery = z.object({ lang: z.string().max(10).optional(), halaman: ZPage });
// Long enough to be generous; short enough that a query string cannot make the parser work hard.
const ZSearchQuery = z.object({ lang: z.string().max(10).optional(), q: z.string().max(1000).optional(), halaman: ZPage });
export const SEARCH_MAX = 200;

export function registerPortalRoutes(app: FastifyInstance, db: Db, config: Config): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const portal = createPortalServices(app, db, config);
  registerArticleRoutes(app, portal);
  registerFeedRoutes(app, portal);
  registerSeoRoutes(app, portal);

  const sendPage = (reply: import('fastify').FastifyReply, page: string, status = 200) =>
    reply.code(status).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page);

  r.get('/', { config: { access: { kind: 'public' } }, schema: { querystring: z.object({ lang: z.string().max(10).optional() }) } }, async (request, reply) => {
    const locale = getRequestLocale(request);
    const t = translator(locale);
    const articles = await listLatestArticles(db, 24);
    const feeds = feedLinks(locale, '');
    const body = html`
<h1>${t('portal.title')}</h1>
${searchForm(locale, '')}
<h2>${t('portal.latest')}</h2>
${articleCards(locale, articles)}
${feeds.body}`;
    return sendPage(reply, renderPage({ locale, title: t('portal.title'), body, head: feeds.head, path: '/', area: 'portal' }));
  });

  r.get(
    '/instansi/:agency',
    { config: { access: { kind: 'public' } }, schema: { params: z.object({ agency: ZSlug }), querystring: ZListQuery } },
    async (request, reply) => {
      const locale = getRequestLocale(request);
      const t = translator(locale);
      const agency = await findAgencyBySlug(db, request.params.agency);
      if (!agency) throw new AppError('not_found', t('error.notFound'));
      const page = request.query.halaman;
      const { articles, total } = await listPublishedArticles(db, { agencyId: agency.id }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      if (page > 1 && articles.length === 0) throw new AppError('not_found', t('error.notFound'));
      const base = `/instansi/${agency.slug}`;
      const feeds = feedLinks(locale, base);
      const body = html`<p class="meta">${t('portal.agency')}</p>
<h1>${agency.name} (${agency.abbreviation})</h1>
${agency.website && /^https?:\/\//.test(agency.website) ? html`<p><a href="${agency.website}">${t('portal.agencyWebsite')}</a></p>` : ''}
<h2>${t('portal.agencyNews', { agency: agency.abbreviation })}</h2>
${articleCards(locale, articles)}
${pagination(locale, page, total, (p) => localeHref(`${base}?halaman=${p}`, locale))}
${feeds.body}`;
      return sendPage(reply, renderPage({ locale, title: agency.name, body, head: feeds.head, path: base, area: 'portal' }));
    },
  );

  r.get('/topik/:tag', { config: { access: { kind: 'public' } }, schema: { params: z.object({ tag: ZSlug }), querystring: ZListQuery } }, async (request, reply) => {
    const locale = getRequestLocale(request);
    const t = translator(locale);
    const { tag } = request.params;
    const page = request.query.halaman;
    const { articles, total } = await listPublishedArticles(db, { tag }, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    if (total === 0) throw new AppError('not_found', t('error.notFound'));
    const base = `/topik/${tag}`;
    const feeds = feedLinks(locale, base);
    const body = html`<h1>${t('portal.tagTitle', { tag })}</h1>
${articleCards(locale, articles, 'h2')}
${pagination(locale, page, total, (p) => localeHref(`${base}?halaman=${p}`, locale))}
${feeds.body}`;
    return sendPage(reply, renderPage({ locale, title: t('portal.tagTitle', { tag }), body, head: feeds.head, path: base, area: 'portal' }));
  });

  r.get('/cari', { config: { access: { kind: 'public' } }, schema: { querystring: ZSearchQuery } }, async (request, reply) => {
    const locale = getRequestLocale(request);
    const t = translator(locale);
    const q = (request.query.q ?? '').trim();
    const page = request.query.halaman;
    const errors: FieldError[] = [];
    if (request.query.q !== undefined && [...q].length < 2) errors.push({ field: 'q', message: t('search.tooShort') });
    if ([...q].length > SEARCH_MAX) errors.push({ field: 'q', message: t('search.tooLong') });
    let results = html``;
    if (q !== '' && errors.length === 0) {
      const { hits, total } = await searchArticles(db, q, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
      // Past the last page there is nothing to count from; say so instead of "no results".
      if (page > 1 && hits.length === 0) throw new AppError('not_found', t('error.notFound'));
      const cards = hits.map((h) => ({ ...h, excerpt: highlight(h.excerpt) }));
      results = html`<p role="status">${total === 0 ? t('search.none', { q }) : t('search.results', { count: total, q })}</p>
${total > 0 ? articleCards(locale, cards, 'h2') : ''}
${pagination(locale, page, total, (p) => localeHref(`/cari?q=${encodeURIComponent(q)}&halaman=${p}`, locale))}`;
    }
    const body = html`<h1>${t('search.title')}</h1>
${errorSummary(t, errors)}
${searchForm(locale, q, errors[0]?.message)}
${results}`;
    const title = q && errors.length === 0 ? `${t('search.title')}: ${q}` : t('search.title');
    return sendPage(reply, renderPage({ locale, title, body, head: html`<meta name="robots" content="noindex">`, path: '/cari', area: 'portal', isError: errors.length > 0 }), errors.length ? 400 : 200);
  });
}

function searchForm(locale: 'id' | 'en', q: string, error?: string) {
  const t = translator(locale);
  return html`<form class="search-form${error ? ' form-group-error' : ''}" method="get" action="/cari" role="search">
${locale === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
<label for="q">${t('search.label')}</label>
<p class="hint" id="q-hint">${t('search.hint')}</p>
${error ? html`<p class="field-error" id="q-error"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
<div class="search-row"><input id="q" name="q" type="search" value="${q}" maxlength="${SEARCH_MAX}" aria-describedby="q-hint${error ? ' q-error' : ''}"${error ? html` aria-invalid="true"` : ''}>
<button type="submit" class="button">${t('search.submit')}</button></div>
</form>`;
}

/** The excerpt escaped, then its U+0001…U+0002 match markers turned into <mark>. */
function highlight(excerpt: string) {
  return unsafeRawHtml(escapeHtml(excerpt).replace(/\u0001/g, '<mark>').replace(/\u0002/g, '</mark>'));
}
