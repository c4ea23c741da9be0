/**
 * The citizen's data-subject request pages (/privasi): ask for a copy or erasure of the data
 * held under an e-mail address, then confirm from the e-mailed link. Nothing happens on GET
 * (link scanners open links); the confirmation is a POST from the page behind the link.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { html } from '../../lib/html.js';
import { completeDataSubjectAction, findDataSubjectRequest, requestDataSubjectAction } from '../../services/privacy/data-subject-requests.js';
import { csrfInput, errorSummary, fieldError, notice, radios, textInput, type FieldError } from '../forms/form-kit.js';
import { renderPage } from '../page-layout.js';
import { pageContext } from '../console/console-page.js';

const REQUEST_LIMIT = { name: 'privacy-request-ip', max: 5, windowSeconds: 3600 };
const ZQuery = z.object({ lang: z.string().max(10).optional(), token: z.string().max(100).optional() });
const ZRequest = z.object({ email: z.string().max(320).default(''), kind: z.string().max(20).default(''), _csrf: z.string().max(100).optional() });

export function registerPrivacyRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const security = app.security;

  function send(request: FastifyRequest, reply: FastifyReply, title: string, body: ReturnType<typeof html>, status = 200) {
    const { locale } = pageContext(request);
    return reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPage({ locale, title, body, path: request.url.split('?')[0] ?? '/privasi', area: 'portal', isError: status >= 400 }));
  }

  async function requestPage(request: FastifyRequest, reply: FastifyReply, state: { errors?: FieldError[]; email?: string; kind?: string; sent?: boolean; status?: number } = {}) {
    const { t, href } = pageContext(request);
    const errors = state.errors ?? [];
    const body = html`<h1>${t('privacy.title')}</h1>
${notice(state.sent ? t('privacy.sent') : undefined)}
${errorSummary(t, errors)}
<p>${t('privacy.intro')}</p>
<form method="post" action="${href('/privasi')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
${textInput({ name: 'email', label: t('privacy.email'), type: 'email', autocomplete: 'email', value: state.email ?? '', error: fieldError(errors, 'email'), maxlength: 320 })}
${radios({
  name: 'kind',
  legend: t('privacy.kind'),
  value: state.kind,
  error: fieldError(errors, 'kind'),
  options: [
    { value: 'export', label: t('privacy.export') },
    { value: 'erasure', label: t('privacy.erasure'), hint: t('privacy.erasureHint') },
  ],
})}
<button type="submit" class="button">${t('privacy.submit')}</button>
</form>`;
    return send(request, reply, t('privacy.title'), body, state.status ?? (errors.length ? 400 : 200));
  }

  r.get('/privasi', { config: { access: { kind: 'public' } }, schema: { querystring: ZQuery } }, (request, reply) => requestPage(request, reply));

  r.post('/privasi', { config: { access: { kind: 'public' } }, schema: { querystring: ZQuery, body: ZRequest } }, async (request, reply) => {
    const { t, locale } = pageContext(request);
    const { email, kind } = request.body;
    const errors: FieldError[] = [];
    if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email.trim())) errors.push({ field: 'email', message: t('users.emailInvalid') });
    if (kind !== 'export' && kind !== 'erasure') errors.push({ field: 'kind', message: t('privacy.kindMissing') });
    if (errors.length) return requestPage(request, reply, { errors, email, kind });
    const limit = await security.rateLimiter.hit(REQUEST_LIMIT, request.ip);
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      return requestPage(request, reply, { email, kind, status: 429, errors: [{ field: 'email', message: t('security.rateLimited', { seconds: limit.retryAfterSeconds }) }] });
    }
    const kindLabel = kind === 'export' ? t('privacy.export') : t('privacy.erasure');
    await requestDataSubjectAction(
      security,
      email,
      kind as 'export' | 'erasure',
      (link) => ({ subject: t('privacy.mailSubject'), text: t('privacy.mailBody', { kind: kindLabel, link }) }),
      locale === 'en' ? '&lang=en' : '',
    );
    return requestPage(request, reply, { sent: true });
  });

  function invalid(request: FastifyRequest, reply: FastifyReply) {
    const { t, href } = pageContext(request);
    const body = html`<div class="error-summary" role="alert"><h1>${t('error.title')}</h1><p>${t('privacy.invalid')}</p></div><p><a href="${href('/privasi')}">${t('privacy.title')}</a></p>`;
    return send(request, reply, t('error.title'), body, 404);
  }

  r.get('/privasi/konfirmasi', { config: { access: { kind: 'public' } }, schema: { querystring: ZQuery } }, async (request, reply) => {
    const { t, href } = pageContext(request);
    const token = request.query.token ?? '';
    const pending = await findDataSubjectRequest(security, token);
    if (!pending) return invalid(request, reply);
    const body = html`<h1>${t('privacy.confirmTitle')}</h1>
<p>${pending.kind === 'export' ? t('privacy.confirmExport') : t('privacy.confirmErasure')}</p>
<form method="post" action="${href('/privasi/konfirmasi')}">
${csrfInput(await request.csrfToken(reply))}
<input type="hidden" name="token" value="${token}">
<button type="submit" class="button${pending.kind === 'erasure' ? ' button-warning' : ''}">${t('privacy.confirmSubmit')}</button>
</form>`;
    return send(request, reply, t('privacy.confirmTitle'), body);
  });

  r.post(
    '/privasi/konfirmasi',
    { config: { access: { kind: 'public' } }, schema: { querystring: ZQuery, body: z.object({ token: z.string().max(100).default(''), _csrf: z.string().max(100).optional() }) } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const outcome = await completeDataSubjectAction(security, request.body.token);
      if (!outcome) return invalid(request, reply);
      if (outcome.kind === 'export') {
        return reply
          .header('cache-control', 'no-store')
          .header('content-disposition', 'attachment; filename="data-pribadi-humas.json"')
          .type('application/json; charset=utf-8')
          .send(JSON.stringify({ generatedAt: new Date().toISOString(), ...outcome.data }, null, 2));
      }
      const body = html`<div class="notice" role="status"><h1>${t('privacy.title')}</h1><p>${t('privacy.erased', { count: outcome.counts.comments ?? 0 })}</p></div>`;
      return send(request, reply, t('privacy.title'), body);
    },
  );
}
