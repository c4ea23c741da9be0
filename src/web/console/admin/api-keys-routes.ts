/**
 * API key management (create — shown once —, list, revoke) and GET /api/v1/me, which tells an
 * integrator which agency and permissions its key carries.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAgenciesById } from '../../../db/queries/agencies/list-agencies-by-id.js';
import { insertApiKey } from '../../../db/queries/api-keys/insert-api-key.js';
import { listApiKeys } from '../../../db/queries/api-keys/list-api-keys.js';
import { revokeApiKey } from '../../../db/queries/api-keys/revoke-api-key.js';
import { html } from '../../../lib/html.js';
import { generateApiKey } from '../../../security/api-keys/api-key-token.js';
import { recordAudit } from '../../../security/audit/record-audit.js';
import { resolveAgencyScope, scopeAgencyIds, scopeIncludes } from '../../../security/permissions/agency-scope.js';
import { API_KEY_PERMISSIONS, type Permission } from '../../../security/permissions/permission.js';
import { ZErrorResponse } from '../../api/v1/error-schema.js';
import { buttonForm, checkboxes, csrfInput, errorSummary, fieldError, notice, selectInput, textInput, type FieldError } from '../../forms/form-kit.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';

const MANAGE = 'api_keys.manage' as const;
const ZQuery = z.object({ lang: z.string().max(10).optional(), notice: z.string().max(60).optional() });
const ZCreate = z.object({
  name: z.string().max(120).default(''),
  agencyId: z.string().max(20).default(''),
  permissions: z.union([z.string().max(40), z.array(z.string().max(40)).max(20)]).optional(),
  includesSubAgencies: z.string().max(10).optional(),
  _csrf: z.string().max(100).optional(),
});

export function registerApiKeyRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring } = app.security;

  async function keysPage(request: FastifyRequest, reply: FastifyReply, state: { created?: string; errors?: FieldError[]; form?: z.infer<typeof ZCreate> } = {}) {
    const { t, href, locale } = pageContext(request);
    const ids = scopeAgencyIds(await request.agencyScope(MANAGE));
    const [keys, agencies] = await Promise.all([listApiKeys(db, ids), listAgenciesById(db, ids)]);
    const token = await request.csrfToken(reply);
    const errors = state.errors ?? [];
    const checked = [state.form?.permissions ?? []].flat();
    const key = noticeFromQuery(request);
    const body = html`<h1>${t('apiKeys.title')}</h1>
${notice(key ? t(key) : undefined)}
${state.created ? html`<div class="notice" role="status"><p>${t('apiKeys.created')}</p><p><code class="secret">${state.created}</code></p></div>` : ''}
${errorSummary(t, errors)}
<p>${t('apiKeys.intro')}</p>
${keys.length === 0
  ? html`<p>${t('apiKeys.none')}</p>`
  : html`<table class="table"><thead><tr><th scope="col">${t('apiKeys.name')}</th><th scope="col">${t('users.agency')}</th><th scope="col">${t('apiKeys.permissions')}</th><th scope="col">${t('apiKeys.createdAt')}</th><th scope="col">${t('apiKeys.lastUsed')}</th><th scope="col">${t('users.status')}</th></tr></thead>
<tbody>${keys.map(
      (k) => html`<tr><td>${k.name} <code>hk_${k.publicId}_…</code></td><td>${k.agencyAbbreviation}</td><td>${k.permissions.map((p) => t(`permission.${p}`)).join(', ')}</td><td>${formatDateTime(
        locale,
        k.createdAt,
      )}</td><td>${k.lastUsedAt ? formatDateTime(locale, k.lastUsedAt) : t('apiKeys.never')}</td><td>${
        k.revokedAt ? t('apiKeys.revoked') : html`${t('apiKeys.active')} ${buttonForm(href(`/console/api-keys/${k.id}/revoke`), token, t('apiKeys.revoke'), { warning: true })}`
      }</td></tr>`,
    )}</tbody></table>`}
<h2>${t('apiKeys.create')}</h2>
<form method="post" action="${href('/console/api-keys')}" novalidate>
${csrfInput(token)}
${textInput({ name: 'name', label: t('apiKeys.name'), hint: t('apiKeys.nameHint'), value: state.form?.name ?? '', error: fieldError(errors, 'name'), maxlength: 120 })}
${selectInput({ name: 'agencyId', label: t('users.agency'), value: state.form?.agencyId, options: agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.abbreviation})` })) })}
${checkboxes({ name: 'permissions', legend: t('apiKeys.permissions'), checked, error: fieldError(errors, 'permissions'), options: API_KEY_PERMISSIONS.map((p) => ({ value: p, label: t(`permission.${p}`) })) })}
<div class="choice"><input type="checkbox" id="includesSubAgencies" name="includesSubAgencies" value="on"><label for="includesSubAgencies">${t('users.includesSub')}</label></div>
<button type="submit" class="button">${t('apiKeys.create')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('apiKeys.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  r.get('/console/api-keys', { config: { access: { kind: 'staff', permission: MANAGE } }, schema: { querystring: ZQuery } }, (request, reply) => keysPage(request, reply));

  r.post(
    '/console/api-keys',
    { config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'body', name: 'agencyId', type: 'agency' }] } }, schema: { body: ZCreate, querystring: ZQuery } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const form = request.body;
      const agencyId = Number(form.agencyId);
      const wanted = [...new Set([form.permissions ?? []].flat())];
      const errors: FieldError[] = [];
      if (!form.name.trim()) errors.push({ field: 'name', message: t('apiKeys.nameMissing') });
      if (wanted.length === 0 || !wanted.every((p) => (API_KEY_PERMISSIONS as readonly string[]).includes(p))) {
        errors.push({ field: 'permissions', message: t('apiKeys.permissionsMissing') });
      } else {
        // A key can only carry permissions its creator holds in that agency.
        for (const p of wanted as Permission[]) {
          if (!scopeIncludes(await resolveAgencyScope(db, request.principal!, p), agencyId)) {
            errors.push({ field: 'permissions', message: t('apiKeys.permissionNotHeld') });
            break;
          }
        }
      }
      if (errors.length) return keysPage(request, reply, { errors, form });
      const key = generateApiKey();
      await db.transaction(async (tx) => {
        const id = await insertApiKey(tx, {
          publicId: key.publicId,
          secretHash: key.secretHash,
          name: form.name.trim(),
          agencyId,
          includesSubAgencies: form.includesSubAgencies === 'on',
          permissions: wanted as Permission[],
          createdBy: request.principal!.userId,
        });
        await recordAudit(tx, keyring, {
          action: 'api_key.created',
          actorUserId: request.principal!.userId,
          agencyId,
          targetType: 'api_key',
          targetId: id,
          details: { permissions: wanted, publicId: key.publicId },
        });
      });
      return keysPage(request, reply, { created: key.token });
    },
  );

  r.post(
    '/console/api-keys/:id/revoke',
    {
      config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'params', name: 'id', type: 'api_key' }] } },
      schema: { params: z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), querystring: ZQuery },
    },
    async (request, reply) => {
      await db.transaction(async (tx) => {
        const agencyId = await revokeApiKey(tx, request.params.id);
        if (agencyId !== null) {
          await recordAudit(tx, keyring, { action: 'api_key.revoked', actorUserId: request.principal!.userId, agencyId, targetType: 'api_key', targetId: request.params.id });
        }
      });
      return redirectWith(request, reply, '/console/api-keys', 'apiKeys.revokedDone');
    },
  );

  r.get(
    '/api/v1/me',
    {
      config: { access: { kind: 'api', permission: null, allowSession: true } },
      schema: {
        tags: ['auth'],
        summary: 'Who am I',
        description: 'The caller as the API sees it: an API key (or a signed-in user) and the permissions it holds per agency.',
        response: {
          200: z.object({
            kind: z.enum(['user', 'api_key']),
            id: z.number().int(),
            grants: z.array(z.object({ agencyId: z.number().int(), includesSubAgencies: z.boolean(), permissions: z.array(z.string()) })),
          }),
          401: ZErrorResponse,
        },
      },
    },
    async (request) => {
      const p = request.principal!;
      return {
        kind: p.kind,
        id: (p.kind === 'user' ? p.userId : p.apiKeyId) ?? 0,
        grants: p.grants.map((g) => ({ agencyId: g.agencyId, includesSubAgencies: g.includesSubAgencies, permissions: [...g.permissions] })),
      };
    },
  );
}
