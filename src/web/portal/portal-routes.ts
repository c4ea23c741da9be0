/** The public portal: server-rendered pages that work without JavaScript. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../../db/db.js';
import { findPublishedArticle } from '../../db/queries/articles/find-published-article.js';
import { listLatestArticles } from '../../db/queries/articles/list-latest-articles.js';
import { AppError } from '../../lib/app-error.js';
import { html, unsafeRawHtml } from '../../lib/html.js';
import { formatDate, translator, type Locale } from '../i18n/i18n.js';
import { localeHref, renderPage } from '../page-layout.js';
import { getRequestLocale } from '../request-locale.js';

const ZSlug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(200);
const ZLangQuery = z.object({ lang: z.string().optional() });

export function registerPortalRoutes(app: FastifyInstance, db: Db): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/', { config: { access: { kind: 'public' } }, schema: { querystring: ZLangQuery } }, async (request, reply) => {
    const locale = getRequestLocale(request);
    const t = translator(locale);
    const articles = await listLatestArticles(db, 24);
    const body = html`
<h1>${t('portal.title')}</h1>
<h2>${t('portal.latest')}</h2>
${articles.length === 0
  ? html`<p>${t('portal.empty')}</p>`
  : html`<ul class="cards">${articles.map(
      (a) => html`<li class="card">
  <p class="meta">${a.agencyAbbreviation} · <time datetime="${a.publishedAt.toISOString()}">${formatDate(locale, a.publishedAt)}</time></p>
  <h3><a href="${localeHref(articlePath(a.agencySlug, a.slug), locale)}">${a.title}</a></h3>
  <p>${a.summary}</p>
</li>`,
    )}</ul>`}`;
    return reply.type('text/html; charset=utf-8').send(renderPage({ locale, title: t('portal.title'), body, path: '/', area: 'portal' }));
  });

  r.get(
    '/berita/:agency/:slug',
    { config: { access: { kind: 'public' } }, schema: { params: z.object({ agency: ZSlug, slug: ZSlug }), querystring: ZLangQuery } },
    async (request, reply) => {
      const locale = getRequestLocale(request);
      const article = await findPublishedArticle(db, request.params.agency, request.params.slug);
      if (!article) throw new AppError('not_found', 'Berita tidak ditemukan.');
      return reply
        .type('text/html; charset=utf-8')
        .send(renderPage({ locale, title: article.title, body: renderArticle(locale, article), path: articlePath(article.agencySlug, article.slug), area: 'portal' }));
    },
  );
}

export function articlePath(agencySlug: string, slug: string): string {
  return `/berita/${agencySlug}/${slug}`;
}

function renderArticle(locale: Locale, article: NonNullable<Awaited<ReturnType<typeof findPublishedArticle>>>) {
  const t = translator(locale);
  return html`<article>
<p class="meta">${article.agencyName}</p>
<h1>${article.title}</h1>
<p class="meta"><time datetime="${article.publishedAt.toISOString()}">${formatDate(locale, article.publishedAt)}</time>${
    article.authorName ? html` · ${t('portal.by', { author: article.authorName })}` : ''
  } · ${t('portal.readCount', { count: article.readCount })}</p>
${article.correctionNote ? html`<aside class="correction" role="note"><p><strong>${t('portal.correction')}:</strong> ${article.correctionNote}</p></aside>` : ''}
<p><strong>${article.summary}</strong></p>
<div class="article-body">${unsafeRawHtml(article.bodyHtml)}</div>
</article>`;
}
