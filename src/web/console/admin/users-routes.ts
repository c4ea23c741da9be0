/**
 * User and role management for agency admins: the staff of the agencies in their scope,
 * inviting or granting roles, revoking roles, disabling accounts and cancelling invitations.
 * Every object id in a URL or form is scope-checked by the access rule before the handler.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES, type Role } from '../../../domain/role.js';
import { listAgenciesById } from '../../../db/queries/agencies/list-agencies-by-id.js';
import { closeInvitation } from '../../../db/queries/invitations/close-invitation.js';
import { listOpenInvitations } from '../../../db/queries/invitations/list-open-invitations.js';
import { deleteUserSessions } from '../../../db/queries/sessions/delete-user-sessions.js';
import { deleteMembership } from '../../../db/queries/users/delete-membership.js';
import { listUserMemberships } from '../../../db/queries/users/list-user-memberships.js';
import { listUsersInAgencies } from '../../../db/queries/users/list-users-in-agencies.js';
import { setUserStatus } from '../../../db/queries/users/set-user-status.js';
import { AppError } from '../../../lib/app-error.js';
import { html } from '../../../lib/html.js';
import { recordAudit } from '../../../security/audit/record-audit.js';
import { scopeAgencyIds, scopeIncludes } from '../../../security/permissions/agency-scope.js';
import { canGrantRole } from '../../../security/permissions/permission.js';
import { isNationalAdmin } from '../../../security/permissions/principal.js';
import { inviteUser } from '../../../services/accounts/invite-user.js';
import { buttonForm, csrfInput, errorSummary, fieldError, notice, selectInput, textInput, type FieldError } from '../../forms/form-kit.js';
import { formatDate } from '../../i18n/i18n.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';

const MANAGE = 'users.manage' as const;
const ZId = z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
const ZQuery = z.object({ lang: z.string().max(10).optional(), notice: z.string().max(60).optional() });
const ZInvite = z.object({
  email: z.string().max(320).default(''),
  displayName: z.string().max(200).default(''),
  agencyId: z.string().max(20).default(''),
  role: z.string().max(40).default(''),
  includesSubAgencies: z.string().max(10).optional(),
  _csrf: z.string().max(100).optional(),
});
type InviteForm = z.infer<typeof ZInvite>;

export function registerUserRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const security = app.security;
  const { db, keyring } = security;

  async function usersPage(request: FastifyRequest, reply: FastifyReply, state: { form?: InviteForm; errors?: FieldError[] } = {}) {
    const { t, href, locale } = pageContext(request);
    const principal = request.principal!;
    const scope = await request.agencyScope(MANAGE);
    const ids = scopeAgencyIds(scope);
    const [users, agencies, invitations] = await Promise.all([listUsersInAgencies(db, ids), listAgenciesById(db, ids), listOpenInvitations(db, ids)]);
    const token = await request.csrfToken(reply);
    const errors = state.errors ?? [];
    const form = state.form;
    const grantable = ROLES.filter((role) => canGrantRole(isNationalAdmin(principal), role));
    const key = noticeFromQuery(request);
    const body = html`<h1>${t('users.title')}</h1>
${notice(key ? t(key) : undefined)}
${errorSummary(t, errors)}
${users.length === 0
  ? html`<p>${t('users.none')}</p>`
  : html`<table class="table"><caption class="visually-hidden">${t('users.title')}</caption>
<thead><tr><th scope="col">${t('users.name')}</th><th scope="col">${t('users.email')}</th><th scope="col">${t('users.roles')}</th><th scope="col">${t('users.status')}</th><th scope="col"><span class="visually-hidden">${t('users.disable')}</span></th></tr></thead>
<tbody>${users.map(
      (u) => html`<tr><td>${u.displayName}</td><td>${u.email}</td><td><ul class="plain">${u.memberships.map(
        (m) => html`<li>${t(`role.${m.role}`)} · ${m.agencyAbbreviation}${m.includesSubAgencies ? html` (${t('console.subAgencies')})` : ''} ${
          canGrantRole(isNationalAdmin(principal), m.role) ? buttonForm(href(`/console/memberships/${m.id}/revoke`), token, t('users.revoke')) : ''
        }</li>`,
      )}</ul></td><td>${t(`users.status.${u.status}`)}</td><td>${
        u.status === 'active' && u.id !== principal.userId ? buttonForm(href(`/console/users/${u.id}/disable`), token, t('users.disable'), { warning: true }) : ''
      }</td></tr>`,
    )}</tbody></table>`}
${invitations.length
  ? html`<h2>${t('users.pending')}</h2><ul>${invitations.map(
      (i) => html`<li>${i.displayName} &lt;${i.email}&gt; — ${t(`role.${i.role}`)} · ${i.agencyAbbreviation} (${formatDate(locale, i.expiresAt)}) ${buttonForm(
        href(`/console/invitations/${i.id}/revoke`),
        token,
        t('users.cancelInvite'),
      )}</li>`,
    )}</ul>`
  : ''}
<h2>${t('users.inviteTitle')}</h2>
<p class="hint">${t('users.inviteHint')}</p>
<form method="post" action="${href('/console/users/invite')}" novalidate>
${csrfInput(token)}
${textInput({ name: 'email', label: t('users.email'), type: 'email', value: form?.email ?? '', error: fieldError(errors, 'email'), maxlength: 320 })}
${textInput({ name: 'displayName', label: t('invite.displayName'), value: form?.displayName ?? '', error: fieldError(errors, 'displayName'), maxlength: 200 })}
${selectInput({ name: 'agencyId', label: t('users.agency'), value: form?.agencyId, options: agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.abbreviation})` })) })}
${selectInput({ name: 'role', label: t('users.role'), value: form?.role, error: fieldError(errors, 'role'), options: grantable.map((role) => ({ value: role, label: t(`role.${role}`) })) })}
<div class="choice"><input type="checkbox" id="includesSubAgencies" name="includesSubAgencies" value="on"${form?.includesSubAgencies ? html` checked` : ''}><label for="includesSubAgencies">${t('users.includesSub')}</label></div>
<button type="submit" class="button">${t('users.inviteSubmit')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('users.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  r.get('/console/users', { config: { access: { kind: 'staff', permission: MANAGE } }, schema: { querystring: ZQuery } }, (request, reply) =>
    usersPage(request, reply),
  );

  r.post(
    '/console/users/invite',
    { config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'body', name: 'agencyId', type: 'agency' }] } }, schema: { body: ZInvite, querystring: ZQuery } },
    async (request, reply) => {
      const { t, locale } = pageContext(request);
      const form = request.body;
      const errors: FieldError[] = [];
      const email = form.email.trim();
      if (!/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) errors.push({ field: 'email', message: t('users.emailInvalid') });
      if (!form.displayName.trim()) errors.push({ field: 'displayName', message: t('invite.displayNameMissing') });
      if (!(ROLES as readonly string[]).includes(form.role)) errors.push({ field: 'role', message: t('users.roleNotAllowed') });
      if (errors.length) return usersPage(request, reply, { form, errors });
      const result = await inviteUser(
        security,
        request.principal!,
        { email, displayName: form.displayName.trim(), agencyId: Number(form.agencyId), role: form.role as Role, includesSubAgencies: form.includesSubAgencies === 'on' },
        (agency) => (link) => ({ subject: t('invite.mailSubject'), text: t('invite.mailBody', { role: t(`role.${form.role as Role}`), agency, link }) }),
        locale === 'en' ? '&lang=en' : '',
      );
      if (!result.ok) {
        const message = result.problem === 'role_not_allowed' ? t('users.roleNotAllowed') : t('users.alreadyHasRole');
        return usersPage(request, reply, { form, errors: [{ field: result.problem === 'role_not_allowed' ? 'role' : 'email', message }] });
      }
      return redirectWith(request, reply, '/console/users', result.outcome === 'granted' ? 'users.granted' : 'users.invited');
    },
  );

  r.post(
    '/console/memberships/:id/revoke',
    { config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'params', name: 'id', type: 'membership' }] } }, schema: { params: ZId, querystring: ZQuery } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const principal = request.principal!;
      await db.transaction(async (tx) => {
        const removed = await deleteMembership(tx, request.params.id);
        if (!removed) throw new AppError('not_found', t('security.notFound'));
        if (!canGrantRole(isNationalAdmin(principal), removed.role)) throw new AppError('forbidden', t('users.roleNotAllowed'));
        await recordAudit(tx, keyring, {
          action: 'user.role_revoked',
          actorUserId: principal.userId,
          agencyId: removed.agencyId,
          targetType: 'user',
          targetId: removed.userId,
          details: { role: removed.role, membershipId: request.params.id },
        });
      });
      return redirectWith(request, reply, '/console/users', 'users.revoked');
    },
  );

  r.post(
    '/console/users/:id/disable',
    { config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'params', name: 'id', type: 'user' }] } }, schema: { params: ZId, querystring: ZQuery } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const principal = request.principal!;
      if (request.params.id === principal.userId) throw new AppError('conflict', t('users.cannotDisableSelf'));
      const scope = await request.agencyScope(MANAGE);
      const memberships = await listUserMemberships(db, request.params.id);
      // Someone who also works for an agency outside your scope is not yours alone to disable.
      if (memberships.some((m) => !scopeIncludes(scope, m.agencyId) || !canGrantRole(isNationalAdmin(principal), m.role))) {
        throw new AppError('forbidden', t('security.forbidden'));
      }
      await db.transaction(async (tx) => {
        await setUserStatus(tx, request.params.id, 'disabled');
        await deleteUserSessions(tx, request.params.id);
        await recordAudit(tx, keyring, {
          action: 'user.disabled',
          actorUserId: principal.userId,
          agencyId: memberships[0]?.agencyId ?? null,
          targetType: 'user',
          targetId: request.params.id,
        });
      });
      return redirectWith(request, reply, '/console/users', 'users.disabled');
    },
  );

  r.post(
    '/console/invitations/:id/revoke',
    { config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'params', name: 'id', type: 'invitation' }] } }, schema: { params: ZId, querystring: ZQuery } },
    async (request, reply) => {
      await db.transaction(async (tx) => {
        const agencyId = await closeInvitation(tx, request.params.id, 'revoked');
        if (agencyId !== null) {
          await recordAudit(tx, keyring, { action: 'user.invitation_revoked', actorUserId: request.principal!.userId, agencyId, targetType: 'invitation', targetId: request.params.id });
        }
      });
      return redirectWith(request, reply, '/console/users', 'users.inviteCancelled');
    },
  );
}
