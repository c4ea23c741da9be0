/**
 * Renders a console page: the shared layout plus the console menu for signed-in staff, and
 * `Cache-Control: no-store`, so pages with personal data or one-time secrets are not cached.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { html, type SafeHtml } from '../../lib/html.js';
import { hasPermissionSomewhere } from '../../security/permissions/principal.js';
import { buttonForm } from '../forms/form-kit.js';
import { translator, type Locale, type MessageKey, type Translate } from '../i18n/i18n.js';
import { localeHref, renderPage } from '../page-layout.js';
import { getRequestLocale } from '../request-locale.js';

export interface ConsolePageOptions {
  title: string;
  body: SafeHtml;
  status?: number;
  isError?: boolean;
}

export function pageContext(request: FastifyRequest): { locale: Locale; t: Translate; href: (path: string) => string } {
  const locale = getRequestLocale(request);
  return { locale, t: translator(locale), href: (path) => localeHref(path, locale) };
}

export async function sendConsolePage(request: FastifyRequest, reply: FastifyReply, options: ConsolePageOptions): Promise<FastifyReply> {
  const { locale, t, href } = pageContext(request);
  const principal = request.principal;
  let menu = html``;
  if (principal?.kind === 'user') {
    const token = await request.csrfToken(reply);
    const links: [string, MessageKey][] = [['/console', 'console.title']];
    if (hasPermissionSomewhere(principal, 'analytics.read')) links.push(['/console/analytics', 'analytics.menu']);
    if (hasPermissionSomewhere(principal, 'mentions.read')) links.push(['/console/mentions', 'explorer.menu'], ['/console/alerts', 'alerts.menu']);
    if (hasPermissionSomewhere(principal, 'users.manage')) links.push(['/console/users', 'users.title']);
    if (hasPermissionSomewhere(principal, 'api_keys.manage')) links.push(['/console/api-keys', 'apiKeys.title']);
    if (hasPermissionSomewhere(principal, 'audit.read')) links.push(['/console/audit', 'audit.title']);
    if (hasPermissionSomewhere(principal, 'comments.moderate')) links.push(['/console/komentar', 'moderation.title']);
    if (hasPermissionSomewhere(principal, 'articles.write')) links.push(['/console/newsroom', 'newsroom.title']);
    links.push(['/console/account', 'console.account']);
    menu = html`<nav class="console-menu" aria-label="${t('console.menu')}"><ul>${links.map(
      ([path, key]) => html`<li><a href="${href(path)}">${t(key)}</a></li>`,
    )}<li>${buttonForm(href('/console/logout'), token, t('console.logout'))}</li></ul></nav>`;
  }
  const path = request.url.split('?')[0] ?? '/console';
  return reply
    .code(options.status ?? 200)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderPage({ locale, title: options.title, body: html`${menu}${options.body}`, path, area: 'console', isError: options.isError ?? false }));
}

/** Success messages passed across a redirect as `?notice=key` (only known keys are shown). */
const NOTICES = new Set<MessageKey>([
  'login.loggedOut',
  'login.passwordChanged',
  'login.accountCreated',
  'enrol.done',
  'users.invited',
  'users.granted',
  'users.revoked',
  'users.disabled',
  'users.inviteCancelled',
  'apiKeys.revokedDone',
  'account.passwordSaved',
  'login.ssoFailed',
  'login.ssoNoAccount',
  'totp.expired',
  'newsroom.created',
  'newsroom.saved',
  'newsroom.corrected',
  'newsroom.transitioned',
  'newsroom.channel.created',
  'newsroom.channel.updated',
  'newsroom.channel.secretReplaced',
  'explorer.saved',
  'alerts.created',
  'alerts.deleted',
]);

export function noticeFromQuery(request: FastifyRequest): MessageKey | undefined {
  const value = (request.query as Record<string, unknown> | undefined)?.notice;
  return typeof value === 'string' && NOTICES.has(value as MessageKey) ? (value as MessageKey) : undefined;
}

/** Redirect after a successful POST (303, so a reload does not post again), keeping the language. */
export function redirectWith(request: FastifyRequest, reply: FastifyReply, path: string, notice?: MessageKey): FastifyReply {
  const locale = getRequestLocale(request);
  const params = new URLSearchParams();
  if (notice) params.set('notice', notice);
  if (locale === 'en') params.set('lang', 'en');
  const query = params.toString();
  return reply.redirect(query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path, 303);
}
