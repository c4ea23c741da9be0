/**
 * Console pages of the analytics: the overview dashboard (/console/analytics) and an issue's
 * page (/console/issues/:id). Server-rendered with SVG charts; no JavaScript needed.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listAgenciesById } from '../../../db/queries/agencies/list-agencies-by-id.js';
import { listIssues } from '../../../db/queries/analytics/list-issues.js';
import { searchMentions } from '../../../db/queries/explorer/search-mentions.js';
import { AppError, isAppError } from '../../../lib/app-error.js';
import { html, type SafeHtml } from '../../../lib/html.js';
import { hasPermissionSomewhere } from '../../../security/permissions/principal.js';
import { scopeAgencyIds } from '../../../security/permissions/agency-scope.js';
import { resolveFilters, ZAnalyticsFilters, type ResolvedFilters } from '../../../services/analytics/analytics-request.js';
import { getOverview } from '../../../services/analytics/get-overview.js';
import { errorSummary } from '../../forms/form-kit.js';
import { localeHref } from '../../page-layout.js';
import { pageContext, sendConsolePage } from '../console-page.js';
import { FILTER_KEYS, filterForm, filterValues } from './filter-form.js';
import { mentionList } from './mention-list.js';
import { overviewView } from './overview-view.js';

/** Validates the filters; a bad value is shown on the page with the form kept (400), not as an error page. */
export async function resolvePageFilters(
  request: FastifyRequest,
  extra: Record<string, string> = {},
): Promise<{ resolved: ResolvedFilters | null; error: string | null }> {
  const parsed = ZAnalyticsFilters.safeParse({ ...(request.query as object), ...extra });
  if (!parsed.success) return { resolved: null, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  try {
    const scope = await request.agencyScope('analytics.read');
    return { resolved: await resolveFilters(request.server.security.db, scope, parsed.data), error: null };
  } catch (error) {
    if (isAppError(error) && (error.code === 'validation_failed' || error.code === 'not_found')) return { resolved: null, error: error.message };
    throw error;
  }
}

export async function scopeAgencies(request: FastifyRequest, permission: 'analytics.read' | 'mentions.read') {
  return listAgenciesById(request.server.security.db, scopeAgencyIds(await request.agencyScope(permission)));
}

async function sendAnalyticsPage(request: FastifyRequest, reply: FastifyReply, o: { title: string; intro: SafeHtml; extra?: Record<string, string>; action: string; after?: (r: ResolvedFilters) => Promise<SafeHtml> }) {
  const { t, locale } = pageContext(request);
  const db = request.server.security.db;
  const { resolved, error } = await resolvePageFilters(request, o.extra);
  const form = filterForm({ t, locale, action: o.action, values: filterValues(request.query, FILTER_KEYS), agencies: await scopeAgencies(request, 'analytics.read') });
  let body: SafeHtml;
  if (!resolved) {
    body = html`${errorSummary(t, [{ field: 'from', message: error ?? '' }])}<h1>${o.title}</h1>${o.intro}${form}`;
    return sendConsolePage(request, reply, { title: o.title, body, status: 400, isError: true });
  }
  const overview = await getOverview(db, await request.agencyScope('analytics.read'), resolved.filter);
  body = html`<h1>${o.title}</h1>${o.intro}${form}${overviewView(t, locale, overview, { issueLinks: true })}${o.after ? await o.after(resolved) : ''}`;
  return sendConsolePage(request, reply, { title: o.title, body });
}

export function registerAnalyticsPages(app: FastifyInstance): void {
  app.get('/console/analytics', { config: { access: { kind: 'staff', permission: 'analytics.read' } } }, async (request, reply) => {
    const { t } = pageContext(request);
    return sendAnalyticsPage(request, reply, { title: t('analytics.title'), intro: html`<p>${t('analytics.intro')}</p>`, action: '/console/analytics' });
  });

  app.get(
    '/console/issues/:id',
    {
      config: { access: { kind: 'staff', permission: 'analytics.read', objects: [{ from: 'params', name: 'id', type: 'issue' }] } },
      schema: { params: z.object({ id: z.coerce.number().int().positive() }) },
    },
    async (request, reply) => {
      const { t, locale } = pageContext(request);
      const db = app.security.db;
      const { id } = request.params as { id: number };
      const issue = (await listIssues(db, { ids: [id] }))[0];
      if (!issue) throw new AppError('not_found', t('error.notFound'));
      const canReadMentions = request.principal !== null && hasPermissionSomewhere(request.principal, 'mentions.read');
      return sendAnalyticsPage(request, reply, {
        title: t('analytics.issueTitle', { label: issue.label }),
        intro: html``,
        extra: { issue: issue.key },
        action: `/console/issues/${id}`,
        after: async (resolved) => {
          if (!canReadMentions) return html``;
          const mentionScope = await request.agencyScope('mentions.read');
          // The mention list honours the mentions.read scope, which may differ from analytics.read.
          const agencyIds = scopeAgencyIds(mentionScope);
          const narrowed = resolved.filter.agencyIds === null ? agencyIds : agencyIds === null ? resolved.filter.agencyIds : resolved.filter.agencyIds.filter((a) => agencyIds.includes(a));
          const rows = await searchMentions(db, { ...resolved.filter, agencyIds: narrowed, query: null }, 'reach', null, 10);
          const params = new URLSearchParams({ ...filterValues(request.query, FILTER_KEYS), q: `isu:${issue.key}`, sort: 'reach' });
          return html`<h2>${t('analytics.issueMentions')}</h2>${mentionList(t, locale, rows)}<p><a href="${localeHref(`/console/mentions?${params}`, locale)}">${t('analytics.openInExplorer')}</a></p>`;
        },
      });
    },
  );
}
