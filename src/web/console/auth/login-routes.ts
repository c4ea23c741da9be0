/**
 * Sign-in pages: password (with per-network rate limit and per-account lockout), the
 * second-factor step, 2FA enrolment for admins, and sign-out. Each completed step gets a new
 * session cookie (rotation).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { findUserById } from '../../../db/queries/users/find-user-by-id.js';
import { html } from '../../../lib/html.js';
import { totpUri } from '../../../security/accounts/totp.js';
import { recordAudit } from '../../../security/audit/record-audit.js';
import { endSession } from '../../../security/sessions/session-store.js';
import { confirmTotpEnrolment, getOrCreatePendingTotpSecret } from '../../../services/accounts/enrol-totp.js';
import { signInWithPassword } from '../../../services/accounts/sign-in-with-password.js';
import { startSession } from '../../../services/accounts/start-session.js';
import { verifySecondFactor } from '../../../services/accounts/verify-second-factor.js';
import { csrfInput, errorSummary, notice, textInput, type FieldError } from '../../forms/form-kit.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { cookieOptions, SESSION_COOKIE } from '../../plugins/access-control.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';
import { safeNextPath } from './safe-next-path.js';

const PRE_AUTH = { kind: 'public', reason: 'sign-in step' } as const;
const LOGIN_IP_LIMIT = { name: 'login-ip', max: 30, windowSeconds: 15 * 60 };
const ZLang = z.object({ lang: z.string().max(10).optional(), next: z.string().max(300).optional(), notice: z.string().max(60).optional() });
const ZLoginBody = z.object({
  email: z.string().max(320).default(''),
  password: z.string().max(1024).default(''),
  next: z.string().max(300).optional(),
  _csrf: z.string().max(100).optional(),
});
const ZCodeBody = z.object({ code: z.string().max(20).default(''), _csrf: z.string().max(100).optional() });

export function registerLoginRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring, config, rateLimiter, sessions } = app.security;
  const limits = { maxFailures: config.security.loginMaxFailures, lockMinutes: config.security.loginLockMinutes };

  const setSession = (request: FastifyRequest, reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(request));

  async function loginPage(request: FastifyRequest, reply: FastifyReply, state: { email?: string; errors?: FieldError[]; status?: number; next?: string }) {
    const { t, href } = pageContext(request);
    const errors = state.errors ?? [];
    const key = noticeFromQuery(request);
    const body = html`<h1>${t('login.title')}</h1>
${notice(key ? t(key) : undefined)}
${errorSummary(t, errors)}
<form method="post" action="${href('/console/login')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
<input type="hidden" name="next" value="${safeNextPath(state.next)}">
${textInput({ name: 'email', label: t('login.email'), type: 'email', value: state.email ?? '', autocomplete: 'username', error: errors.find((e) => e.field === 'email')?.message })}
${textInput({ name: 'password', label: t('login.password'), type: 'password', autocomplete: 'current-password', error: errors.find((e) => e.field === 'password')?.message })}
<button type="submit" class="button">${t('login.submit')}</button>
</form>
<p><a href="${href('/console/password/forgot')}">${t('login.forgot')}</a></p>
${config.oidc ? html`<p>${t('login.or')}</p><p><a class="button button-secondary" href="${href('/console/login/sso')}">${t('login.sso', { label: config.oidc.label })}</a></p>` : ''}`;
    return sendConsolePage(request, reply, { title: t('login.title'), body, status: state.status ?? (errors.length ? 400 : 200), isError: errors.length > 0 });
  }

  r.get('/console/login', { config: { access: PRE_AUTH }, schema: { querystring: ZLang } }, async (request, reply) => {
    const session = await request.getSession();
    if (session?.stage === 'full') return reply.redirect(safeNextPath(request.query.next), 303);
    return loginPage(request, reply, { next: request.query.next });
  });

  r.post('/console/login', { config: { access: PRE_AUTH }, schema: { body: ZLoginBody, querystring: ZLang } }, async (request, reply) => {
    const { t, locale } = pageContext(request);
    const { email, password, next } = request.body;
    const errors: FieldError[] = [];
    if (!email.trim()) errors.push({ field: 'email', message: t('login.emailMissing') });
    if (!password) errors.push({ field: 'password', message: t('login.passwordMissing') });
    if (errors.length) return loginPage(request, reply, { email, errors, next });
    const limit = await rateLimiter.hit(LOGIN_IP_LIMIT, request.ip);
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds));
      return loginPage(request, reply, {
        email,
        next,
        status: 429,
        errors: [{ field: 'email', message: t('login.tooMany', { minutes: Math.ceil(limit.retryAfterSeconds / 60) }) }],
      });
    }
    const result = await signInWithPassword(db, keyring, { email: email.trim(), password }, limits);
    if (!result.ok) {
      const message = result.reason === 'locked' ? t('login.locked', { time: formatDateTime(locale, result.until) }) : t('login.failed');
      return loginPage(request, reply, { email, next, errors: [{ field: 'email', message }], status: result.reason === 'locked' ? 429 : 400 });
    }
    const token = await startSession(db, keyring, sessions, {
      userId: result.user.id,
      stage: result.stage,
      authMethod: 'password',
      previousToken: request.cookies[SESSION_COOKIE],
      factors: ['password'],
    });
    setSession(request, reply, token);
    if (result.stage === 'totp') return redirectWith(request, reply, '/console/login/2fa');
    if (result.stage === 'enrol') return redirectWith(request, reply, '/console/2fa/setup');
    return redirectWith(request, reply, safeNextPath(next));
  });

  async function pendingUser(request: FastifyRequest, stage: 'totp' | 'enrol') {
    const session = await request.getSession();
    if (!session || session.stage !== stage) return null;
    return findUserById(db, session.userId);
  }

  async function totpPage(request: FastifyRequest, reply: FastifyReply, errors: FieldError[] = [], status?: number) {
    const { t, href } = pageContext(request);
    const body = html`<h1>${t('totp.title')}</h1>
${errorSummary(t, errors)}
<p>${t('totp.intro')}</p>
<form method="post" action="${href('/console/login/2fa')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
${textInput({ name: 'code', label: t('totp.code'), hint: t('totp.codeHint'), inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 8, error: errors[0]?.message })}
<button type="submit" class="button">${t('totp.submit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('totp.title'), body, status: status ?? (errors.length ? 400 : 200), isError: errors.length > 0 });
  }

  r.get('/console/login/2fa', { config: { access: PRE_AUTH }, schema: { querystring: ZLang } }, async (request, reply) => {
    if (!(await pendingUser(request, 'totp'))) return redirectWith(request, reply, '/console/login', 'totp.expired');
    return totpPage(request, reply);
  });

  r.post('/console/login/2fa', { config: { access: PRE_AUTH }, schema: { body: ZCodeBody, querystring: ZLang } }, async (request, reply) => {
    const { t, locale } = pageContext(request);
    const user = await pendingUser(request, 'totp');
    if (!user) return redirectWith(request, reply, '/console/login', 'totp.expired');
    if (!/^\s*\d{6}\s*$/.test(request.body.code)) return totpPage(request, reply, [{ field: 'code', message: t('totp.codeMissing') }]);
    const result = await verifySecondFactor(db, keyring, user, request.body.code, limits);
    if (!result.ok) {
      const message = result.reason === 'locked' ? t('login.locked', { time: formatDateTime(locale, result.until) }) : t('totp.codeWrong');
      return totpPage(request, reply, [{ field: 'code', message }], result.reason === 'locked' ? 429 : 400);
    }
    const token = await startSession(db, keyring, sessions, {
      userId: user.id,
      stage: 'full',
      authMethod: 'password',
      previousToken: request.cookies[SESSION_COOKIE],
      factors: ['password', 'totp'],
    });
    setSession(request, reply, token);
    return redirectWith(request, reply, '/console');
  });

  async function enrolPage(request: FastifyRequest, reply: FastifyReply, secret: string, email: string, errors: FieldError[] = []) {
    const { t, href } = pageContext(request);
    const uri = totpUri(secret, email);
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    const body = html`<h1>${t('enrol.title')}</h1>
${errorSummary(t, errors)}
<p>${t('enrol.intro')}</p>
<p><img class="qr" width="220" height="220" alt="${t('enrol.qrAlt')}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></p>
<dl class="summary-list">
<dt>${t('enrol.secret')}</dt><dd><code class="secret">${secret.replace(/(.{4})/g, '$1 ').trim()}</code></dd>
<dt>${t('enrol.uri')}</dt><dd><code class="secret">${uri}</code></dd>
</dl>
<form method="post" action="${href('/console/2fa/setup')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
${textInput({ name: 'code', label: t('totp.code'), hint: t('totp.codeHint'), inputmode: 'numeric', autocomplete: 'one-time-code', maxlength: 8, error: errors[0]?.message })}
<button type="submit" class="button">${t('enrol.submit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('enrol.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  /** Enrolment is reached from the sign-in (admins without 2FA) or from the account page. */
  async function enrollingUser(request: FastifyRequest) {
    const session = await request.getSession();
    if (!session || session.stage === 'totp') return null;
    const user = await findUserById(db, session.userId);
    return user && !user.totpEnabledAt ? { user, session } : null;
  }

  r.get('/console/2fa/setup', { config: { access: PRE_AUTH }, schema: { querystring: ZLang } }, async (request, reply) => {
    const found = await enrollingUser(request);
    if (!found) return redirectWith(request, reply, '/console/login');
    const secret = await getOrCreatePendingTotpSecret(db, keyring, found.user);
    return enrolPage(request, reply, secret, found.user.email);
  });

  r.post('/console/2fa/setup', { config: { access: PRE_AUTH }, schema: { body: ZCodeBody, querystring: ZLang } }, async (request, reply) => {
    const { t } = pageContext(request);
    const found = await enrollingUser(request);
    if (!found) return redirectWith(request, reply, '/console/login');
    const secret = await getOrCreatePendingTotpSecret(db, keyring, found.user);
    if (!(await confirmTotpEnrolment(db, keyring, found.user, request.body.code))) {
      const message = /^\s*\d{6}\s*$/.test(request.body.code) ? t('totp.codeWrong') : t('totp.codeMissing');
      return enrolPage(request, reply, secret, found.user.email, [{ field: 'code', message }]);
    }
    const token = await startSession(db, keyring, sessions, {
      userId: found.user.id,
      stage: 'full',
      authMethod: found.session.authMethod,
      previousToken: request.cookies[SESSION_COOKIE],
      // An admin's first full session starts here; a full session that merely added 2FA is not a new sign-in.
      factors: found.session.stage === 'enrol' ? ['password', 'totp'] : ['totp_enrolment'],
    });
    setSession(request, reply, token);
    return redirectWith(request, reply, '/console', 'enrol.done');
  });

  r.post(
    '/console/logout',
    { config: { access: { kind: 'public', reason: 'ends whatever session the browser has' } }, schema: { body: z.object({ _csrf: z.string().max(100).optional() }), querystring: ZLang } },
    async (request, reply) => {
      const session = await request.getSession();
      if (session) {
        await endSession(db, request.cookies[SESSION_COOKIE]);
        await recordAudit(db, keyring, { action: 'auth.logout', actorUserId: session.userId, targetType: 'user', targetId: session.userId });
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return redirectWith(request, reply, '/console/login', 'login.loggedOut');
    },
  );
}
