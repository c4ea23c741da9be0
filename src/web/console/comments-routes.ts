/**
 * Comment moderation in the console (/console/komentar): comments on the caller's agencies'
 * news by status, with approve / reject / spam buttons (CSRF-protected POSTs, audited), and
 * each agency's pre-moderation setting. Comment text is shown escaped; e-mails are not shown.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAgencyCommentSettings } from '../../db/queries/agencies/list-agency-comment-settings.js';
import { setAgencyCommentPremoderation } from '../../db/queries/agencies/set-agency-comment-premoderation.js';
import { listCommentsForModeration } from '../../db/queries/comments/list-comments-for-moderation.js';
import { html } from '../../lib/html.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { scopeAgencyIds } from '../../security/permissions/agency-scope.js';
import { MODERATION_DECISIONS, moderateComment, type ModerationDecision } from '../../services/portal/moderate-comment.js';
import { buttonForm, csrfInput, notice, radios, selectInput } from '../forms/form-kit.js';
import { formatDateTime, type MessageKey } from '../i18n/i18n.js';
import { pageContext, redirectWith, sendConsolePage } from './console-page.js';

const MODERATE = 'comments.moderate' as const;
const STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
const ZId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const ZQuery = z.object({ lang: z.string().max(10).optional(), status: z.enum(STATUSES).default('pending'), notice: z.string().max(60).optional() });
const ZLang = z.object({ lang: z.string().max(10).optional() });
const ZCsrf = z.object({ _csrf: z.string().max(100).optional() });
const ZSetting = z.object({ agencyId: z.string().max(20), premoderation: z.enum(['national', 'on', 'off']), _csrf: z.string().max(100).optional() });

export function registerCommentModerationRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring } = app.security;

  async function page(request: FastifyRequest, reply: FastifyReply, status: (typeof STATUSES)[number], done?: MessageKey) {
    const { t, href, locale } = pageContext(request);
    const ids = scopeAgencyIds(await request.agencyScope(MODERATE));
    const [comments, agencies] = await Promise.all([listCommentsForModeration(db, ids, status, 100), listAgencyCommentSettings(db, ids)]);
    const token = await request.csrfToken(reply);
    const national = app.portal.commentsPremoderated ? t('moderation.on') : t('moderation.off');
    const decisions: [ModerationDecision, MessageKey][] = [['approve', 'moderation.approve'], ['reject', 'moderation.reject'], ['spam', 'moderation.markSpam']];
    const body = html`<h1>${t('moderation.title')}</h1>
${notice(done ? t(done) : undefined)}
<p>${t('moderation.intro')}</p>
<nav aria-label="${t('moderation.status')}"><ul class="tabs">${STATUSES.map(
      (s) => html`<li><a href="${href(`/console/komentar?status=${s}`)}"${s === status ? html` aria-current="page"` : ''}>${t(`moderation.${s}`)}</a></li>`,
    )}</ul></nav>
${comments.length === 0
  ? html`<p>${t('moderation.none')}</p>`
  : html`<table class="table"><caption class="visually-hidden">${t(`moderation.${status}`)}</caption><thead><tr><th scope="col">${t('moderation.article')}</th><th scope="col">${t('moderation.author')}</th><th scope="col">${t('moderation.comment')}</th><th scope="col">${t('moderation.flags')}</th><th scope="col">${t('moderation.actions')}</th></tr></thead>
<tbody>${comments.map(
      (c) => html`<tr><td><a href="${`/berita/${c.agencySlug}/${c.articleSlug}`}">${c.articleTitle}</a> (${c.agencyAbbreviation})<br><span class="muted">${formatDateTime(locale, c.createdAt)}</span></td>
<td>${c.authorName}</td><td class="comment-text">${c.body}</td>
<td>${c.moderationFlags.map((f) => flagLabel(t, f)).join(', ')}</td>
<td>${decisions
        .filter(([d]) => MODERATION_DECISIONS[d] !== c.status)
        .map(([d, label]) => buttonForm(href(`/console/komentar/${c.id}/${d}`), token, t(label), { warning: d !== 'approve', hidden: { status } }))}</td></tr>`,
    )}</tbody></table>`}
<h2>${t('moderation.settings')}</h2>
<p>${t('moderation.settingsHint')}</p>
<form method="post" action="${href('/console/komentar/pengaturan')}" class="setting-form" novalidate>
${csrfInput(token)}
${selectInput({
  name: 'agencyId',
  label: t('portal.agency'),
  options: agencies.map((a) => ({
    value: String(a.id),
    label: `${a.name} (${a.abbreviation}) — ${a.commentsPremoderated === null ? t('moderation.followNational', { value: national }) : a.commentsPremoderated ? t('moderation.always') : t('moderation.never')}`,
  })),
})}
${radios({
  name: 'premoderation',
  legend: t('moderation.settings'),
  value: 'national',
  options: [
    { value: 'national', label: t('moderation.followNational', { value: national }) },
    { value: 'on', label: t('moderation.always') },
    { value: 'off', label: t('moderation.never') },
  ],
})}
<button type="submit" class="button button-secondary">${t('moderation.save')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('moderation.title'), body });
  }

  r.get('/console/komentar', { config: { access: { kind: 'staff', permission: MODERATE } }, schema: { querystring: ZQuery } }, (request, reply) =>
    page(request, reply, request.query.status, request.query.notice === 'moderation.done' || request.query.notice === 'moderation.saved' ? request.query.notice : undefined),
  );

  r.post(
    '/console/komentar/:id/:decision',
    {
      config: { access: { kind: 'staff', permission: MODERATE, objects: [{ from: 'params', name: 'id', type: 'comment' }], plainParams: ['decision'] } },
      schema: { params: z.object({ id: ZId, decision: z.enum(['approve', 'reject', 'spam']) }), querystring: ZLang, body: ZCsrf.extend({ status: z.enum(STATUSES).optional() }) },
    },
    async (request, reply) => {
      const result = await moderateComment(db, keyring, { commentId: request.params.id, decision: request.params.decision, moderatorId: request.principal!.userId! });
      if (result) app.portal.pageCache.invalidateArticle(result.articleId);
      return redirectWith(request, reply, `/console/komentar?status=${request.body.status ?? 'pending'}`, 'moderation.done');
    },
  );

  r.post(
    '/console/komentar/pengaturan',
    { config: { access: { kind: 'staff', permission: MODERATE, objects: [{ from: 'body', name: 'agencyId', type: 'agency' }] } }, schema: { querystring: ZLang, body: ZSetting } },
    async (request, reply) => {
      const agencyId = Number(request.body.agencyId);
      const value = request.body.premoderation === 'national' ? null : request.body.premoderation === 'on';
      await db.transaction(async (tx) => {
        await setAgencyCommentPremoderation(tx, agencyId, value);
        await recordAudit(tx, keyring, {
          action: 'comment.premoderation_set',
          actorUserId: request.principal!.userId,
          agencyId,
          targetType: 'agency',
          targetId: agencyId,
          details: { premoderation: request.body.premoderation },
        });
      });
      return redirectWith(request, reply, '/console/komentar', 'moderation.saved');
    },
  );
}

function flagLabel(t: (key: MessageKey) => string, flag: string): string {
  const key = `moderation.flag.${flag}`;
  return key === 'moderation.flag.personal_data' || key.startsWith('moderation.flag.abuse:') ? t(key as MessageKey) : flag;
}
