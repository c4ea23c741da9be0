/**
 * Saved searches and alert rules in the console (/console/alerts): the user's saved
 * searches, their rules with a form for a new one, and the alerts raised. A webhook's
 * signing secret is shown once, on the page answering the form.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { deleteAlertRule } from '../../../db/queries/alerts/delete-alert-rule.js';
import { ALERT_KINDS } from '../../../db/queries/alerts/insert-alert-rule.js';
import { listAlertRules } from '../../../db/queries/alerts/list-alert-rules.js';
import { listAlerts } from '../../../db/queries/alerts/list-alerts.js';
import { deleteSavedSearch } from '../../../db/queries/saved-searches/delete-saved-search.js';
import { listSavedSearches } from '../../../db/queries/saved-searches/list-saved-searches.js';
import { AppError } from '../../../lib/app-error.js';
import { html } from '../../../lib/html.js';
import { createAlertRule, ZAlertRuleInput } from '../../../services/alerts/create-alert-rule.js';
import { buttonForm, csrfInput, errorSummary, notice, radios, selectInput, textInput, type FieldError } from '../../forms/form-kit.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';
import { num, pct } from './analytics-format.js';

const ZId = z.object({ id: z.coerce.number().int().positive() });
const RULE_FIELDS = ['savedSearchId', 'name', 'kind', 'threshold', 'windowMinutes', 'minMentions', 'webhookUrl'] as const;

async function renderAlerts(request: FastifyRequest, reply: FastifyReply, o: { errors?: FieldError[]; values?: Record<string, string>; secret?: string; status?: number } = {}) {
  const { t, locale, href } = pageContext(request);
  const db = request.server.security.db;
  const userId = request.principal!.userId!;
  const token = await request.csrfToken(reply);
  const searches = await listSavedSearches(db, { userId });
  const rules = await listAlertRules(db, { userId });
  const alerts = await listAlerts(db, { userId, limit: 50 });
  const errors = o.errors ?? [];
  const values = o.values ?? {};
  const err = (field: string) => errors.find((e) => e.field === field)?.message;
  const key = noticeFromQuery(request);
  const explorerLink = (s: (typeof searches)[number]) => href(`/console/mentions?${new URLSearchParams({ ...s.filters, ...(s.query ? { q: s.query } : {}) })}`);
  const body = html`${errorSummary(t, errors)}<h1>${t('alerts.title')}</h1>
${notice(key ? t(key) : undefined)}
${o.secret ? html`<div class="notice" role="status"><p>${t('alerts.secretOnce')}</p><p><code class="secret">${o.secret}</code></p></div>` : ''}
<h2>${t('alerts.savedSearches')}</h2>
${searches.length === 0 ? html`<p>${t('alerts.noSavedSearches')}</p>` : html`<table><thead><tr><th scope="col">${t('explorer.saveName')}</th><th scope="col">${t('alerts.query')}</th><th scope="col"><span class="visually-hidden">${t('alerts.delete')}</span></th></tr></thead><tbody>${searches.map(
    (s) => html`<tr><td><a href="${explorerLink(s)}">${s.name}</a></td><td><code>${s.query || '—'}</code></td><td>${buttonForm(href(`/console/saved-searches/${s.id}/delete`), token, t('alerts.delete'), { warning: true })}</td></tr>`,
  )}</tbody></table>`}
<h2>${t('alerts.rules')}</h2>
${rules.length === 0 ? html`<p>${t('alerts.noRules')}</p>` : html`<table><thead><tr><th scope="col">${t('alerts.ruleName')}</th><th scope="col">${t('alerts.savedSearch')}</th><th scope="col">${t('alerts.kind')}</th><th scope="col" class="num">${t('alerts.threshold')}</th><th scope="col" class="num">${t('alerts.window')}</th><th scope="col">${t('alerts.delivery')}</th><th scope="col"><span class="visually-hidden">${t('alerts.delete')}</span></th></tr></thead><tbody>${rules.map(
    (r) => html`<tr><td>${r.name}</td><td>${r.savedSearchName}</td><td>${t(`alerts.kindShort.${r.kind}`)}</td><td class="num">${r.kind === 'negative_share' ? pct(locale, r.threshold) : num(locale, r.threshold)}</td><td class="num">${num(locale, r.windowMinutes)}</td><td>${r.webhookUrl ? new URL(r.webhookUrl).host : '—'}</td><td>${buttonForm(href(`/console/alert-rules/${r.id}/delete`), token, t('alerts.delete'), { warning: true })}</td></tr>`,
  )}</tbody></table>`}
${searches.length === 0 ? '' : html`<h2>${t('alerts.newRule')}</h2>
<form method="post" action="${href('/console/alert-rules')}" novalidate>${csrfInput(token)}
${selectInput({ name: 'savedSearchId', label: t('alerts.savedSearch'), value: values.savedSearchId ?? '', options: searches.map((s) => ({ value: String(s.id), label: s.name })), error: err('savedSearchId') })}
${textInput({ name: 'name', label: t('alerts.ruleName'), value: values.name ?? '', maxlength: 120, error: err('name') })}
${radios({ name: 'kind', legend: t('alerts.kind'), value: values.kind ?? 'volume', options: ALERT_KINDS.map((k) => ({ value: k, label: t(`alerts.kind.${k}`) })), error: err('kind') })}
${textInput({ name: 'threshold', label: t('alerts.threshold'), value: values.threshold ?? '', inputmode: 'text', error: err('threshold') })}
${textInput({ name: 'windowMinutes', label: t('alerts.window'), value: values.windowMinutes ?? '60', inputmode: 'numeric', error: err('windowMinutes') })}
${textInput({ name: 'minMentions', label: t('alerts.minMentions'), value: values.minMentions ?? '10', inputmode: 'numeric', error: err('minMentions') })}
${textInput({ name: 'webhookUrl', label: t('alerts.webhook'), hint: t('alerts.webhookHint'), value: values.webhookUrl ?? '', maxlength: 2000, error: err('webhookUrl') })}
<button type="submit" class="button">${t('alerts.create')}</button></form>`}
<h2>${t('alerts.recent')}</h2>
${alerts.length === 0 ? html`<p>${t('alerts.noAlerts')}</p>` : html`<table><thead><tr><th scope="col">${t('alerts.firedAt')}</th><th scope="col">${t('alerts.ruleName')}</th><th scope="col">${t('alerts.kind')}</th><th scope="col" class="num">${t('analytics.volume')}</th><th scope="col" class="num">${t('alerts.value')}</th><th scope="col">${t('alerts.delivery')}</th></tr></thead><tbody>${alerts.map(
    (a) => html`<tr><td>${formatDateTime(locale, new Date(a.firedAt))}</td><td>${a.ruleName}</td><td>${t(`alerts.kindShort.${a.kind}`)}</td><td class="num">${num(locale, a.mentions)}</td><td class="num">${a.kind === 'negative_share' ? pct(locale, a.value) : a.kind === 'spike' ? `${num(locale, Math.round(a.value * 10) / 10)}×` : num(locale, a.value)}</td><td>${t(`alerts.delivery.${a.delivery}`)}</td></tr>`,
  )}</tbody></table>`}`;
  return sendConsolePage(request, reply, { title: t('alerts.title'), body, status: o.status ?? 200, isError: errors.length > 0 });
}

export function registerAlertPages(app: FastifyInstance): void {
  app.get('/console/alerts', { config: { access: { kind: 'staff', permission: 'mentions.read' } } }, async (request, reply) => renderAlerts(request, reply));

  app.post('/console/alert-rules', { config: { access: { kind: 'staff', permission: 'mentions.read' } } }, async (request, reply) => {
    const { t } = pageContext(request);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = Object.fromEntries(RULE_FIELDS.map((f) => [f, typeof body[f] === 'string' ? (body[f] as string) : ''])) as Record<string, string>;
    const parsed = ZAlertRuleInput.safeParse(values);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? 'name'), message: `${t('alerts.invalid')}: ${i.message}` }));
      return renderAlerts(request, reply, { errors, values, status: 400 });
    }
    const created = await createAlertRule(app.security.db, app.security.keyring, request.principal!.userId!, parsed.data);
    if (created.webhookSecret) return renderAlerts(request, reply, { secret: created.webhookSecret, status: 201 });
    return redirectWith(request, reply, '/console/alerts', 'alerts.created');
  });

  for (const [path, type, remove] of [
    ['/console/saved-searches/:id/delete', 'saved_search', deleteSavedSearch],
    ['/console/alert-rules/:id/delete', 'alert_rule', deleteAlertRule],
  ] as const) {
    app.post(
      path,
      { config: { access: { kind: 'staff', permission: 'mentions.read', objects: [{ from: 'params', name: 'id', type }] } }, schema: { params: ZId } },
      async (request, reply) => {
        const { t } = pageContext(request);
        // Saved searches and rules are personal: another user's, even in the same agency, is not found.
        if (!(await remove(app.security.db, request.principal!.userId!, (request.params as { id: number }).id))) throw new AppError('not_found', t('error.notFound'));
        return redirectWith(request, reply, '/console/alerts', 'alerts.deleted');
      },
    );
  }
}
