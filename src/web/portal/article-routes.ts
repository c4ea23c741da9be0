/**
 * The article page and what readers do on it: read (counted in memory, never per-request
 * SQL, bots excluded, no cookie), vote in the poll, comment, and share through a counting
 * redirect. The rendered page is cached briefly per language and notice.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findAgencyBySlug } from '../../db/queries/agencies/find-agency-by-slug.js';
import { findPublishedArticleById } from '../../db/queries/articles/find-published-article-by-id.js';
import { findPublishedArticle } from '../../db/queries/articles/find-published-article.js';
import { listApprovedComments } from '../../db/queries/comments/list-approved-comments.js';
import { countReactions } from '../../db/queries/reactions/count-reactions.js';
import { REACTIONS } from '../../domain/article.js';
import { AppError } from '../../lib/app-error.js';
import type { RateLimitRule } from '../../security/rate-limit/rate-limiter.js';
import { isBotUserAgent } from '../../services/portal/is-bot-user-agent.js';
import { recordReaction } from '../../services/portal/record-reaction.js';
import { submitComment } from '../../services/portal/submit-comment.js';
import type { FieldError } from '../forms/form-kit.js';
import { translate, translator, type Locale } from '../i18n/i18n.js';
import { renderPage } from '../page-layout.js';
import { getRequestLocale } from '../request-locale.js';
import { articleHead } from './article-metadata.js';
import { ARTICLE_NOTICES, COMMENT_LIMITS, renderArticleBody, type ArticleNotice, type ArticleView } from './article-page.js';
import { articlePath } from './article-list.js';
import type { PortalServices } from './portal-services.js';
import { assertSameOrigin } from './same-origin.js';
import { SHARE_CHANNELS, shareTarget } from './share-links.js';

export const ZSlug = z.string().max(200).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const ZParams = z.object({ agency: ZSlug, slug: ZSlug });
const ZPageQuery = z.object({ lang: z.string().max(10).optional(), pesan: z.string().max(40).optional() });
const ZLang = z.object({ lang: z.string().max(10).optional() });
const ZReaction = z.object({ reaction: z.enum(REACTIONS) });
// Generous outer bounds; the form's own limits are checked below with messages per field.
const ZComment = z.object({ name: z.string().max(1000).default(''), email: z.string().max(1000).default(''), body: z.string().max(20_000).default('') });
const EMAIL = /^[^\s@<>()[\]\\,;:"]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.[A-Za-z]{2,24}$/;

export const READER_LIMITS = {
  reactions: { name: 'portal-reaction-ip', max: 30, windowSeconds: 600 },
  comments: { name: 'portal-comment-ip', max: 5, windowSeconds: 600 },
} satisfies Record<string, RateLimitRule>;
const PUBLIC_FORM = { kind: 'public', csrf: false, reason: 'anonymous reader form without a session or cookie; cross-site posts refused by assertSameOrigin' } as const;

export function registerArticleRoutes(app: FastifyInstance, portal: PortalServices): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = portal;

  async function loadView(agency: string, slug: string): Promise<Omit<ArticleView, 'notice' | 'form'> | null> {
    const article = await findPublishedArticle(db, agency, slug);
    if (!article) return null;
    const [reactions, { comments, total: commentCount }, owner] = await Promise.all([
      countReactions(db, article.id),
      listApprovedComments(db, article.id, 200),
      findAgencyBySlug(db, article.agencySlug),
    ]);
    const premoderated = owner?.commentsPremoderated ?? portal.commentsPremoderated;
    return { article, path: articlePath(article.agencySlug, article.slug), publicUrl: portal.publicUrl, reactions, comments, commentCount, premoderated };
  }

  function renderView(locale: Locale, view: ArticleView): string {
    return renderPage({
      locale,
      title: view.article.title,
      body: renderArticleBody(locale, view),
      head: articleHead(view.article, locale, portal.publicUrl, view.path),
      path: view.path,
      area: 'portal',
      scripts: ['/assets/portal-share.js'],
      isError: (view.form?.errors.length ?? 0) > 0,
    });
  }

  async function limit(request: FastifyRequest, rule: RateLimitRule): Promise<void> {
    const result = await app.security.rateLimiter.hit(rule, request.ip);
    if (!result.allowed) {
      throw new AppError('rate_limited', translate(getRequestLocale(request), 'portal.tooManyRequests', { seconds: result.retryAfterSeconds }), {
        details: { retryAfterSeconds: result.retryAfterSeconds },
      });
    }
  }

  function redirectToArticle(request: FastifyRequest, reply: FastifyReply, path: string, notice: ArticleNotice, anchor: string): FastifyReply {
    const locale = getRequestLocale(request);
    return reply.redirect(`${path}?pesan=${notice}${locale === 'en' ? '&lang=en' : ''}#${anchor}`, 303);
  }

  r.get('/berita/:agency/:slug', { config: { access: { kind: 'public' } }, schema: { params: ZParams, querystring: ZPageQuery } }, async (request, reply) => {
    const locale = getRequestLocale(request);
    const notice = request.query.pesan && Object.hasOwn(ARTICLE_NOTICES, request.query.pesan) ? (request.query.pesan as ArticleNotice) : undefined;
    const key = `${request.params.agency}/${request.params.slug}|${locale}|${notice ?? ''}`;
    let page = portal.pageCache.get(key);
    if (!page) {
      const view = await loadView(request.params.agency, request.params.slug);
      if (!view) throw new AppError('not_found', translator(locale)('error.notFound'));
      page = { articleId: view.article.id, body: Buffer.from(renderView(locale, { ...view, notice })), expiresAt: 0 };
      portal.pageCache.set(key, page);
    }
    if (request.method === 'GET' && !isBotUserAgent(request.headers['user-agent'])) portal.readCounter.countRead(page.articleId);
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(page.body);
  });

  r.post('/berita/:agency/:slug/reaksi', { config: { access: PUBLIC_FORM }, schema: { params: ZParams, querystring: ZLang, body: ZReaction } }, async (request, reply) => {
    assertSameOrigin(request, portal.publicUrl);
    const article = await findPublishedArticle(db, request.params.agency, request.params.slug);
    if (!article) throw new AppError('not_found', translate(getRequestLocale(request), 'error.notFound'));
    await limit(request, READER_LIMITS.reactions);
    const voter = await portal.voterHasher.hash(article.id, request.ip, request.headers['user-agent'] ?? '');
    await recordReaction(db, article.id, voter, request.body.reaction);
    portal.pageCache.invalidateArticle(article.id);
    return redirectToArticle(request, reply, articlePath(article.agencySlug, article.slug), 'reaksi', 'reaksi');
  });

  r.post('/berita/:agency/:slug/komentar', { config: { access: PUBLIC_FORM }, schema: { params: ZParams, querystring: ZLang, body: ZComment } }, async (request, reply) => {
    assertSameOrigin(request, portal.publicUrl);
    const locale = getRequestLocale(request);
    const t = translator(locale);
    const view = await loadView(request.params.agency, request.params.slug);
    if (!view) throw new AppError('not_found', t('error.notFound'));
    const name = request.body.name.trim();
    const email = request.body.email.trim();
    const body = request.body.body.replace(/\r\n?/g, '\n').trim();
    const errors: FieldError[] = [];
    if (name === '') errors.push({ field: 'name', message: t('comments.nameMissing') });
    else if ([...name].length > COMMENT_LIMITS.name) errors.push({ field: 'name', message: t('comments.nameTooLong') });
    if (email !== '' && (email.length > COMMENT_LIMITS.email || !EMAIL.test(email))) errors.push({ field: 'email', message: t('comments.emailInvalid') });
    if (body === '') errors.push({ field: 'body', message: t('comments.bodyMissing') });
    else if ([...body].length > COMMENT_LIMITS.body) errors.push({ field: 'body', message: t('comments.bodyTooLong') });
    if (errors.length > 0) {
      const html = renderView(locale, { ...view, form: { errors, name, email, body } });
      return reply.code(400).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
    }
    await limit(request, READER_LIMITS.comments);
    const result = await submitComment(db, app.security.keyring, { articleId: view.article.id, name, email: email || null, body, premoderated: view.premoderated });
    request.log.info({ commentId: result.id, status: result.status }, 'comment received');
    if (result.status === 'approved') portal.pageCache.invalidateArticle(view.article.id);
    return redirectToArticle(request, reply, view.path, result.status === 'approved' ? 'komentar-tayang' : 'komentar-menunggu', 'komentar');
  });

  const ZShare = z.object({ articleId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER), channel: z.enum(SHARE_CHANNELS) });
  r.get('/bagikan/:articleId/:channel', { config: { access: { kind: 'public' } }, schema: { params: ZShare } }, async (request, reply) => {
    const article = await findPublishedArticleById(db, request.params.articleId);
    if (!article) throw new AppError('not_found', translate(getRequestLocale(request), 'error.notFound'));
    if (!isBotUserAgent(request.headers['user-agent'])) portal.readCounter.countShareClick(article.id);
    const url = `${portal.publicUrl}${articlePath(article.agencySlug, article.slug)}`;
    return reply.header('cache-control', 'no-store').redirect(shareTarget(request.params.channel, url, article.title), 302);
  });

  // The copy-link button (JavaScript only) reports its use here; no body, no cookie.
  r.post(
    '/bagikan/:articleId/salin',
    { config: { access: PUBLIC_FORM }, schema: { params: z.object({ articleId: ZShare.shape.articleId }) } },
    async (request, reply) => {
      assertSameOrigin(request, portal.publicUrl);
      const article = await findPublishedArticleById(db, request.params.articleId);
      if (!article) throw new AppError('not_found', translate(getRequestLocale(request), 'error.notFound'));
      if (!isBotUserAgent(request.headers['user-agent'])) portal.readCounter.countShareClick(article.id);
      return reply.code(204).send();
    },
  );
}
