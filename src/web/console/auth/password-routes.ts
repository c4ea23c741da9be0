/**
 * Password pages: forgot (request a link), reset (set a new password from the link), accept
 * an invitation, and the signed-in user's own account page (2FA status, change password).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findOpenInvitation } from '../../../db/queries/invitations/find-open-invitation.js';
import { findUserById } from '../../../db/queries/users/find-user-by-id.js';
import { html } from '../../../lib/html.js';
import { normalizePassword } from '../../../security/accounts/password-policy.js';
import { hashPassword, verifyPassword } from '../../../security/password-hash.js';
import { hashSecretToken, looksLikeSecretToken } from '../../../security/sessions/secret-token.js';
import { acceptInvitation } from '../../../services/accounts/accept-invitation.js';
import { requestPasswordReset } from '../../../services/accounts/request-password-reset.js';
import { passwordProblem, replacePassword, resetPasswordWithToken } from '../../../services/accounts/set-new-password.js';
import { csrfInput, errorSummary, fieldError, notice, textInput, type FieldError } from '../../forms/form-kit.js';
import { formatDate, type MessageKey, type Translate } from '../../i18n/i18n.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';

const PUBLIC_STEP = { kind: 'public', reason: 'account recovery without a session' } as const;
const FORGOT_LIMIT = { name: 'password-forgot-ip', max: 10, windowSeconds: 15 * 60 };
const ZQuery = z.object({ lang: z.string().max(10).optional(), token: z.string().max(100).optional(), notice: z.string().max(60).optional() });
const ZCsrf = { _csrf: z.string().max(100).optional() };
const ZPasswords = { password: z.string().max(1024).default(''), confirm: z.string().max(1024).default('') };

function passwordError(t: Translate, problem: string): FieldError {
  if (problem === 'mismatch') return { field: 'confirm', message: t('password.mismatch') };
  return { field: 'password', message: t(`password.${problem}` as MessageKey) };
}

function passwordFields(t: Translate, errors: FieldError[]) {
  return html`${textInput({ name: 'password', label: t('reset.password'), type: 'password', hint: t('reset.hint'), autocomplete: 'new-password', error: fieldError(errors, 'password') })}
${textInput({ name: 'confirm', label: t('reset.confirm'), type: 'password', autocomplete: 'new-password', error: fieldError(errors, 'confirm') })}`;
}

export function registerPasswordRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const security = app.security;

  async function forgotPage(request: FastifyRequest, reply: FastifyReply, state: { sent?: boolean; errors?: FieldError[]; status?: number } = {}) {
    const { t, href } = pageContext(request);
    const errors = state.errors ?? [];
    const body = html`<h1>${t('forgot.title')}</h1>
${notice(state.sent ? t('forgot.sent') : undefined)}
${errorSummary(t, errors)}
<p>${t('forgot.intro')}</p>
<form method="post" action="${href('/console/password/forgot')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
${textInput({ name: 'email', label: t('login.email'), type: 'email', autocomplete: 'username', error: fieldError(errors, 'email') })}
<button type="submit" class="button">${t('forgot.submit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('forgot.title'), body, status: state.status ?? (errors.length ? 400 : 200), isError: errors.length > 0 });
  }

  r.get('/console/password/forgot', { config: { access: PUBLIC_STEP }, schema: { querystring: ZQuery } }, (request, reply) => forgotPage(request, reply));

  r.post(
    '/console/password/forgot',
    { config: { access: PUBLIC_STEP }, schema: { querystring: ZQuery, body: z.object({ email: z.string().max(320).default(''), ...ZCsrf }) } },
    async (request, reply) => {
      const { t, locale } = pageContext(request);
      const email = request.body.email.trim();
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) return forgotPage(request, reply, { errors: [{ field: 'email', message: t('users.emailInvalid') }] });
      const limit = await security.rateLimiter.hit(FORGOT_LIMIT, request.ip);
      if (!limit.allowed) {
        reply.header('retry-after', String(limit.retryAfterSeconds));
        return forgotPage(request, reply, { status: 429, errors: [{ field: 'email', message: t('security.rateLimited', { seconds: limit.retryAfterSeconds }) }] });
      }
      await requestPasswordReset(security, email, (link) => ({ subject: t('forgot.mailSubject'), text: t('forgot.mailBody', { link }) }), locale === 'en' ? '&lang=en' : '');
      return forgotPage(request, reply, { sent: true });
    },
  );

  async function resetPage(request: FastifyRequest, reply: FastifyReply, token: string, errors: FieldError[] = []) {
    const { t, href } = pageContext(request);
    const body = html`<h1>${t('reset.title')}</h1>
${errorSummary(t, errors)}
<form method="post" action="${href('/console/password/reset')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
<input type="hidden" name="token" value="${token}">
${passwordFields(t, errors)}
<button type="submit" class="button">${t('reset.submit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('reset.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  async function invalidLink(request: FastifyRequest, reply: FastifyReply, key: MessageKey, again: string) {
    const { t, href } = pageContext(request);
    const body = html`<div class="error-summary" role="alert"><h1>${t('error.title')}</h1><p>${t(key)}</p></div><p><a href="${href(again)}">${t('forgot.title')}</a></p>`;
    return sendConsolePage(request, reply, { title: t('error.title'), body, status: 404, isError: true });
  }

  r.get('/console/password/reset', { config: { access: PUBLIC_STEP }, schema: { querystring: ZQuery } }, async (request, reply) => {
    const token = request.query.token ?? '';
    if (!looksLikeSecretToken(token)) return invalidLink(request, reply, 'reset.invalid', '/console/password/forgot');
    return resetPage(request, reply, token);
  });

  r.post(
    '/console/password/reset',
    { config: { access: PUBLIC_STEP }, schema: { querystring: ZQuery, body: z.object({ token: z.string().max(100).default(''), ...ZPasswords, ...ZCsrf }) } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const { token, password, confirm } = request.body;
      const result = await resetPasswordWithToken(security, token, password, confirm);
      if (result.ok) return redirectWith(request, reply, '/console/login', 'login.passwordChanged');
      if (result.problem === 'invalid_token') return invalidLink(request, reply, 'reset.invalid', '/console/password/forgot');
      return resetPage(request, reply, token, [passwordError(t, result.problem)]);
    },
  );

  async function invitationPage(request: FastifyRequest, reply: FastifyReply, token: string, state: { name?: string; errors?: FieldError[] } = {}) {
    const { t, href } = pageContext(request);
    const invitation = looksLikeSecretToken(token) ? await findOpenInvitation(security.db, hashSecretToken(token)) : null;
    if (!invitation) return invalidLink(request, reply, 'invite.invalid', '/console/login');
    const errors = state.errors ?? [];
    const body = html`<h1>${t('invite.title')}</h1>
${errorSummary(t, errors)}
<p>${t('invite.intro', { role: t(`role.${invitation.role}`), agency: invitation.agencyName, email: invitation.email })}</p>
<form method="post" action="${href('/console/invitation')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
<input type="hidden" name="token" value="${token}">
${textInput({ name: 'displayName', label: t('invite.displayName'), value: state.name ?? invitation.displayName, autocomplete: 'name', maxlength: 200, error: fieldError(errors, 'displayName') })}
${passwordFields(t, errors)}
<button type="submit" class="button">${t('invite.submit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('invite.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  r.get('/console/invitation', { config: { access: PUBLIC_STEP }, schema: { querystring: ZQuery } }, (request, reply) =>
    invitationPage(request, reply, request.query.token ?? ''),
  );

  r.post(
    '/console/invitation',
    {
      config: { access: PUBLIC_STEP },
      schema: { querystring: ZQuery, body: z.object({ token: z.string().max(100).default(''), displayName: z.string().max(200).default(''), ...ZPasswords, ...ZCsrf }) },
    },
    async (request, reply) => {
      const { t } = pageContext(request);
      const result = await acceptInvitation(security, request.body);
      if (result.ok) return redirectWith(request, reply, '/console/login', 'login.accountCreated');
      if (result.problem === 'invalid_token') return invalidLink(request, reply, 'invite.invalid', '/console/login');
      const error = result.problem === 'name_missing' ? { field: 'displayName', message: t('invite.displayNameMissing') } : passwordError(t, result.problem);
      return invitationPage(request, reply, request.body.token, { name: request.body.displayName, errors: [error] });
    },
  );

  const ACCOUNT = { kind: 'staff', permission: null } as const;

  async function accountPage(request: FastifyRequest, reply: FastifyReply, errors: FieldError[] = []) {
    const { t, href, locale } = pageContext(request);
    const user = await findUserById(security.db, request.principal!.userId!);
    const key = noticeFromQuery(request);
    const body = html`<h1>${t('account.title')}</h1>
${notice(key ? t(key) : undefined)}
${errorSummary(t, errors)}
<dl class="summary-list"><dt>${t('users.name')}</dt><dd>${user?.displayName}</dd><dt>${t('users.email')}</dt><dd>${user?.email}</dd></dl>
<h2>${t('account.twoFactor')}</h2>
${user?.totpEnabledAt
  ? html`<p>${t('account.twoFactorOn', { date: formatDate(locale, user.totpEnabledAt) })}</p>`
  : html`<p>${t('account.twoFactorOff')}</p><p><a class="button button-secondary" href="${href('/console/2fa/setup')}">${t('account.twoFactorSetup')}</a></p>`}
<h2>${t('account.changePassword')}</h2>
<form method="post" action="${href('/console/account/password')}" novalidate>
${csrfInput(await request.csrfToken(reply))}
${textInput({ name: 'current', label: t('account.currentPassword'), type: 'password', autocomplete: 'current-password', error: fieldError(errors, 'current') })}
${passwordFields(t, errors)}
<button type="submit" class="button">${t('reset.submit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('account.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  r.get('/console/account', { config: { access: ACCOUNT }, schema: { querystring: ZQuery } }, (request, reply) => accountPage(request, reply));

  r.post(
    '/console/account/password',
    { config: { access: ACCOUNT }, schema: { querystring: ZQuery, body: z.object({ current: z.string().max(1024).default(''), ...ZPasswords, ...ZCsrf }) } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const user = await findUserById(security.db, request.principal!.userId!);
      if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, request.body.current))) {
        return accountPage(request, reply, [{ field: 'current', message: t('password.currentWrong') }]);
      }
      const problem = passwordProblem(request.body.password, request.body.confirm, user);
      if (problem) return accountPage(request, reply, [passwordError(t, problem)]);
      const hash = await hashPassword(normalizePassword(request.body.password));
      await security.db.transaction((tx) => replacePassword(tx, security, user.id, hash, 'account_page'));
      return redirectWith(request, reply, '/console/login', 'login.passwordChanged');
    },
  );
}
