/**
 * The mentions explorer in the console: filters and the query language, sort, keyset pages
 * ("next page" links carry the cursor), the streamed CSV export (audited), and saving the
 * search for alert rules.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type AppError } from '../../../lib/app-error.js';
import { html } from '../../../lib/html.js';
import { recordAudit } from '../../../security/audit/record-audit.js';
import { resolveExplorerQuery, ZExplorerQuery, type ResolvedExplorerQuery } from '../../../services/analytics/explorer/explorer-request.js';
import { exportMentionsCsv, MAX_EXPORT_ROWS } from '../../../services/analytics/explorer/export-mentions-csv.js';
import { findMentions } from '../../../services/analytics/explorer/find-mentions.js';
import { SAVED_FILTER_KEYS } from '../../../services/alerts/saved-search-filters.js';
import { createSavedSearch, ZSavedSearchInput } from '../../../services/alerts/create-saved-search.js';
import { MENTION_SORTS } from '../../../db/queries/explorer/search-mentions.js';
import { csrfInput, errorSummary, selectInput, textInput } from '../../forms/form-kit.js';
import { pageContext, redirectWith, sendConsolePage } from '../console-page.js';
import { num } from './analytics-format.js';
import { scopeAgencies } from './analytics-routes.js';
import { FILTER_KEYS, filterForm, filterValues } from './filter-form.js';
import { mentionList } from './mention-list.js';

const EXPLORER_KEYS = [...FILTER_KEYS, 'q', 'sort'] as const;

/** The explorer's input from a request, or the message to show when it is invalid. */
export async function resolveExplorerRequest(request: FastifyRequest, query: unknown): Promise<{ q: ResolvedExplorerQuery | null; error: string | null }> {
  const parsed = ZExplorerQuery.safeParse(query);
  if (!parsed.success) return { q: null, error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  try {
    return { q: await resolveExplorerQuery(request.server.security.db, await request.agencyScope('mentions.read'), parsed.data), error: null };
  } catch (error) {
    if (isAppError(error) && (error.code === 'validation_failed' || error.code === 'not_found')) return { q: null, error: localizeQueryError(request, error) };
    throw error;
  }
}

/** "Kesalahan kueri pada posisi 11: …" — the position in the page's language; the parser's detail as it reports it. */
function localizeQueryError(request: FastifyRequest, error: AppError): string {
  const position = error.details?.['position'];
  if (typeof position !== 'number') return error.message;
  const { t } = pageContext(request);
  return `${t('explorer.queryErrorAt', { position: String(position) })}: ${error.message.replace(/^Query error at position \d+: /, '')}`;
}

/** Audit first, then stream: an export leaves a record even if the download is cut off. */
export async function sendMentionsCsv(request: FastifyRequest, reply: FastifyReply, q: ResolvedExplorerQuery, rawQuery: Record<string, string>): Promise<FastifyReply> {
  const principal = request.principal!;
  const { q: text, ...filters } = rawQuery;
  await recordAudit(request.server.security.db, request.server.security.keyring, {
    action: 'mentions.exported',
    actorUserId: principal.userId,
    actorApiKeyId: principal.apiKeyId,
    agencyId: filters.agency ? Number(filters.agency) : null,
    // The filters, and only the length of the query text: it may name people.
    details: { filters, queryLength: text?.length ?? 0, sort: q.sort, maxRows: MAX_EXPORT_ROWS },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="sebutan-${stamp}.csv"`)
    .header('cache-control', 'no-store')
    .send(Readable.from(exportMentionsCsv(request.server.security.db, q)));
}

async function renderExplorer(request: FastifyRequest, reply: FastifyReply, saveErrors: { field: string; message: string }[] = [], status?: number) {
  const { t, locale, href } = pageContext(request);
  const values = filterValues(request.query, EXPLORER_KEYS);
  const { q, error } = await resolveExplorerRequest(request, request.query);
  const form = filterForm({
    t,
    locale,
    action: '/console/mentions',
    values,
    agencies: await scopeAgencies(request, 'mentions.read'),
    before: textInput({ name: 'q', label: t('explorer.query'), type: 'search', hint: t('explorer.queryHint'), value: values.q ?? '', maxlength: 2000, ...(error ? { error } : {}) }),
    after: selectInput({ name: 'sort', label: t('explorer.sort'), value: values.sort ?? 'time', options: MENTION_SORTS.map((s) => ({ value: s, label: t(`explorer.sort.${s}`) })) }),
  });
  const errors = [...(error ? [{ field: 'q', message: error }] : []), ...saveErrors];
  let results = html``;
  if (q) {
    const page = await findMentions(request.server.security.db, q);
    const base = new URLSearchParams(values);
    const next = page.nextCursor ? new URLSearchParams({ ...values, cursor: page.nextCursor }) : null;
    const token = await request.csrfToken(reply);
    results = html`<h2>${t('explorer.results')}</h2>
<p><a class="button button-secondary" href="${href(`/console/mentions/export.csv?${base}`)}" download>${t('explorer.export')}</a> <span class="muted">${t('explorer.exportHint', { max: num(locale, MAX_EXPORT_ROWS) })}</span></p>
${mentionList(t, locale, page.items)}
<p class="pager">${next ? html`<a href="${href(`/console/mentions?${next}`)}" rel="next">${t('explorer.next')}</a>` : ''}${
      (request.query as Record<string, unknown>).cursor ? html` <a href="${href(`/console/mentions?${base}`)}">${t('explorer.first')}</a>` : ''
    }</p>
<h2>${t('explorer.save')}</h2>
<form method="post" action="${href('/console/saved-searches')}">${csrfInput(token)}
${Object.entries(values).filter(([k]) => k === 'q' || (SAVED_FILTER_KEYS as readonly string[]).includes(k)).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}">`)}
${textInput({ name: 'name', label: t('explorer.saveName'), maxlength: 120, required: true, ...(saveErrors.length ? { error: saveErrors[0]!.message } : {}) })}
<button type="submit" class="button">${t('explorer.save')}</button></form>`;
  }
  const body = html`${errorSummary(t, errors)}<h1>${t('explorer.title')}</h1>${form}${results}`;
  return sendConsolePage(request, reply, { title: t('explorer.title'), body, status: status ?? (error ? 400 : 200), isError: errors.length > 0 });
}

export function registerExplorerPages(app: FastifyInstance): void {
  app.get('/console/mentions', { config: { access: { kind: 'staff', permission: 'mentions.read' } } }, async (request, reply) => renderExplorer(request, reply));

  app.get('/console/mentions/export.csv', { config: { access: { kind: 'staff', permission: 'mentions.read' } } }, async (request, reply) => {
    const { q } = await resolveExplorerRequest(request, request.query);
    // An invalid search shows the explorer page with the error, not an empty file.
    if (!q) return renderExplorer(request, reply);
    return sendMentionsCsv(request, reply, q, filterValues(request.query, EXPLORER_KEYS));
  });

  app.post('/console/saved-searches', { config: { access: { kind: 'staff', permission: 'mentions.read' } } }, async (request, reply) => {
    const { t } = pageContext(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const parsed = ZSavedSearchInput.safeParse(body);
    if (!parsed.success) {
      request.query = { ...(request.query as object), ...filterValues(body, EXPLORER_KEYS) };
      return renderExplorer(request, reply, [{ field: 'name', message: t('alerts.invalid') }], 400);
    }
    try {
      await createSavedSearch(app.security.db, request.principal!, await request.agencyScope('mentions.read'), parsed.data);
    } catch (error) {
      if (!isAppError(error) || (error.code !== 'validation_failed' && error.code !== 'not_found')) throw error;
      request.query = { ...(request.query as object), ...filterValues(body, EXPLORER_KEYS) };
      return renderExplorer(request, reply, [{ field: 'name', message: error.message }], 400);
    }
    return redirectWith(request, reply, '/console/alerts', 'explorer.saved');
  });
}
