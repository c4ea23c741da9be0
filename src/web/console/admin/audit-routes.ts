/**
 * The audit log viewer for holders of `audit.read`: newest first, filtered by action prefix,
 * agency and dates, paged by id. National admins see every entry; agency admins the entries
 * of agencies in their scope.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAgenciesById } from '../../../db/queries/agencies/list-agencies-by-id.js';
import { searchAuditLog } from '../../../db/queries/audit/search-audit-log.js';
import { html } from '../../../lib/html.js';
import { canonicalJson } from '../../../security/audit/audit-hash.js';
import { scopeAgencyIds } from '../../../security/permissions/agency-scope.js';
import { errorSummary, selectInput, textInput, type FieldError } from '../../forms/form-kit.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { pageContext, sendConsolePage } from '../console-page.js';

const PAGE = 50;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ZAuditQuery = z.object({
  lang: z.string().max(10).optional(),
  action: z.string().max(80).optional(),
  agency: z.string().max(20).optional(),
  from: z.string().max(20).optional(),
  to: z.string().max(20).optional(),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
});

/** A YYYY-MM-DD date as the start of that day in WIB (UTC+7), or undefined when blank or invalid. */
function wibDay(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value || !DATE.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00+07:00`);
  return Number.isNaN(date.getTime()) ? undefined : new Date(date.getTime() + plusDays * 86_400_000);
}

export function registerAuditRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.security;

  r.get(
    '/console/audit',
    { config: { access: { kind: 'staff', permission: 'audit.read', objects: [{ from: 'query', name: 'agency', type: 'agency', optional: true }] } }, schema: { querystring: ZAuditQuery } },
    async (request, reply) => {
      const { t, href, locale } = pageContext(request);
      const q = request.query;
      const errors: FieldError[] = [];
      for (const field of ['from', 'to'] as const) {
        if (q[field] && !wibDay(q[field])) errors.push({ field, message: t('audit.dateInvalid') });
      }
      const ids = scopeAgencyIds(await request.agencyScope('audit.read'));
      const agencies = await listAgenciesById(db, ids);
      const entries = errors.length
        ? []
        : await searchAuditLog(db, {
            agencyIds: ids,
            agencyId: q.agency ? Number(q.agency) : undefined,
            actionPrefix: q.action?.trim() || undefined,
            from: wibDay(q.from),
            to: wibDay(q.to, 1),
            beforeId: q.before,
            limit: PAGE,
          });
      const names = new Map(agencies.map((a) => [a.id, a.abbreviation]));
      const older = new URLSearchParams(Object.entries({ ...q, before: String(entries.at(-1)?.id ?? '') }).filter(([, v]) => v !== undefined && v !== '') as [string, string][]);
      const body = html`<h1>${t('audit.title')}</h1>
${errorSummary(t, errors)}
<p>${t('audit.intro')}</p>
<form method="get" action="/console/audit" class="filters">
${q.lang ? html`<input type="hidden" name="lang" value="${q.lang}">` : ''}
${textInput({ name: 'action', label: t('audit.action'), value: q.action ?? '', hint: 'auth., user., api_key., data_subject.', maxlength: 80 })}
${selectInput({ name: 'agency', label: t('users.agency'), value: q.agency ?? '', options: [{ value: '', label: t('audit.allAgencies') }, ...agencies.map((a) => ({ value: String(a.id), label: a.abbreviation }))] })}
${textInput({ name: 'from', label: t('audit.from'), type: 'date', value: q.from ?? '', hint: t('audit.dateHint'), error: errors.find((e) => e.field === 'from')?.message })}
${textInput({ name: 'to', label: t('audit.to'), type: 'date', value: q.to ?? '', hint: t('audit.dateHint'), error: errors.find((e) => e.field === 'to')?.message })}
<button type="submit" class="button button-secondary">${t('audit.filter')}</button>
</form>
${entries.length === 0
  ? html`<p>${t('audit.none')}</p>`
  : html`<table class="table"><thead><tr><th scope="col">#</th><th scope="col">${t('audit.at')}</th><th scope="col">${t('audit.actor')}</th><th scope="col">${t('users.agency')}</th><th scope="col">${t(
      'audit.action',
    )}</th><th scope="col">${t('audit.target')}</th><th scope="col">${t('audit.details')}</th></tr></thead>
<tbody>${entries.map(
      (e) => html`<tr><td>${e.id}</td><td>${formatDateTime(locale, e.at)}</td><td>${
        e.actorUserId ? `user:${e.actorUserId}` : e.actorApiKeyId ? `api_key:${e.actorApiKeyId}` : (e.actorLabel ?? '—')
      }</td><td>${e.agencyId ? (names.get(e.agencyId) ?? e.agencyId) : '—'}</td><td><code>${e.action}</code></td><td>${e.targetType ? `${e.targetType}:${e.targetId}` : '—'}</td><td><code>${canonicalJson(
        e.details,
      )}</code></td></tr>`,
    )}</tbody></table>
${entries.length === PAGE ? html`<p><a href="${href(`/console/audit?${older.toString()}`)}">${t('audit.older')}</a></p>` : ''}`}`;
      return sendConsolePage(request, reply, { title: t('audit.title'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
    },
  );
}
