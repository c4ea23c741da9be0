/** Syndication channels per agency (agency admins): list, add (credential encrypted, shown never again), enable and disable. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listAgenciesById } from '../../../db/queries/agencies/list-agencies-by-id.js';
import { listSyndicationChannels } from '../../../db/queries/syndication/list-syndication-channels.js';
import { CHANNEL_KINDS } from '../../../domain/syndication.js';
import { html } from '../../../lib/html.js';
import { scopeAgencyIds } from '../../../security/permissions/agency-scope.js';
import { createSyndicationChannel, replaceSyndicationSecret, setChannelActive, ZChannelForm, type ChannelForm } from '../../../services/syndication/create-syndication-channel.js';
import { buttonForm, csrfInput, errorSummary, notice, radios, selectInput, textInput, type FieldError } from '../../forms/form-kit.js';
import { noticeFromQuery, pageContext, redirectWith, sendConsolePage } from '../console-page.js';

const MANAGE = 'syndication.manage' as const;
const ZQuery = z.object({ lang: z.string().max(10).optional(), notice: z.string().max(60).optional() });
const ZCreate = ZChannelForm.extend({ agencyId: z.string().max(20).default(''), _csrf: z.string().max(100).optional() });
const ZSecret = z.object({ secret: z.string().max(5000).default(''), _csrf: z.string().max(100).optional() });
const ZToggle = z.object({ active: z.enum(['true', 'false'], { message: 'Say whether the channel should be active.' }), _csrf: z.string().max(100).optional() });

export function registerChannelRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring } = app.security;

  async function channelsPage(request: FastifyRequest, reply: FastifyReply, form: Partial<ChannelForm & { agencyId: string }> = {}, errors: FieldError[] = []) {
    const { t, href } = pageContext(request);
    const ids = scopeAgencyIds(await request.agencyScope(MANAGE));
    const [channels, agencies] = await Promise.all([listSyndicationChannels(db, ids), listAgenciesById(db, ids)]);
    const token = await request.csrfToken(reply);
    const key = noticeFromQuery(request);
    const err = (field: string) => errors.find((e) => e.field === field)?.message;
    const body = html`<h1>${t('newsroom.channels')}</h1>
${notice(key ? t(key) : undefined)}
${errorSummary(t, errors)}
<p>${t('newsroom.channelsIntro')}</p>
${channels.length === 0
  ? html`<p>${t('newsroom.channel.none')}</p>`
  : html`<table class="table"><thead><tr><th scope="col">${t('newsroom.channel.name')}</th><th scope="col">${t('newsroom.agency')}</th><th scope="col">${t('newsroom.channel.kind')}</th><th scope="col">${t('newsroom.channel.target')}</th><th scope="col">${t('newsroom.col.status')}</th></tr></thead>
<tbody>${channels.map(
      (c) => html`<tr><td>${c.name} <code>${c.secretHint}</code></td><td>${c.agencyAbbreviation}</td><td>${t(`newsroom.channel.kind.${c.kind}`)}</td><td>${c.target ?? '—'}</td><td>${
        c.isActive ? t('newsroom.channel.active') : t('newsroom.channel.inactive')
      } ${buttonForm(href(`/console/newsroom/channels/${c.id}/active`), token, c.isActive ? t('newsroom.channel.disable') : t('newsroom.channel.enable'), {
        hidden: { active: c.isActive ? 'false' : 'true' },
        warning: c.isActive,
      })}
<form method="post" action="${href(`/console/newsroom/channels/${c.id}/secret`)}" class="inline-form" autocomplete="off">${csrfInput(token)}<label for="secret-${c.id}">${t(
        'newsroom.channel.newSecret',
      )}</label> <input id="secret-${c.id}" name="secret" type="password" autocomplete="new-password"> <button type="submit" class="button button-secondary">${t('newsroom.channel.replaceSecret')}</button></form></td></tr>`,
    )}</tbody></table>`}
<h2>${t('newsroom.channel.add')}</h2>
<form method="post" action="${href('/console/newsroom/channels')}" novalidate autocomplete="off">
${csrfInput(token)}
${selectInput({ name: 'agencyId', label: t('newsroom.agency'), value: form.agencyId, options: agencies.map((a) => ({ value: String(a.id), label: `${a.name} (${a.abbreviation})` })) })}
${radios({ name: 'kind', legend: t('newsroom.channel.kind'), value: form.kind, error: err('kind'), options: CHANNEL_KINDS.map((k) => ({ value: k, label: t(`newsroom.channel.kind.${k}`) })) })}
${textInput({ name: 'name', label: t('newsroom.channel.name'), value: form.name ?? '', error: err('name'), maxlength: 120 })}
${textInput({ name: 'target', label: t('newsroom.channel.target'), hint: t('newsroom.channel.targetHint'), value: form.target ?? '', error: err('target') })}
${textInput({ name: 'secret', label: t('newsroom.channel.secret'), hint: t('newsroom.channel.secretHint'), type: 'password', error: err('secret'), autocomplete: 'new-password' })}
<button type="submit" class="button">${t('newsroom.channel.add')}</button>
</form>`;
    return sendConsolePage(request, reply, { title: t('newsroom.channels'), body, status: errors.length ? 400 : 200, isError: errors.length > 0 });
  }

  r.get('/console/newsroom/channels', { config: { access: { kind: 'staff', permission: MANAGE } }, schema: { querystring: ZQuery } }, (request, reply) => channelsPage(request, reply));

  r.post(
    '/console/newsroom/channels',
    { config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'body', name: 'agencyId', type: 'agency' }] } }, schema: { body: ZCreate, querystring: ZQuery } },
    async (request, reply) => {
      const { t } = pageContext(request);
      const result = await createSyndicationChannel({ db, keyring }, request.principal!.userId!, Number(request.body.agencyId), request.body);
      if (!result.ok) {
        return channelsPage(request, reply, { ...request.body, secret: '' }, result.errors.map((e) => ({ field: e.field, message: t(`newsroom.error.${e.code}`) })));
      }
      return redirectWith(request, reply, '/console/newsroom/channels', 'newsroom.channel.created');
    },
  );

  r.post(
    '/console/newsroom/channels/:id/secret',
    {
      config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'params', name: 'id', type: 'syndication_channel' }] } },
      schema: { params: z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), body: ZSecret, querystring: ZQuery },
    },
    async (request, reply) => {
      const { t } = pageContext(request);
      const result = await replaceSyndicationSecret({ db, keyring }, request.principal!.userId!, request.params.id, request.body.secret);
      if (!result.ok) return channelsPage(request, reply, {}, [{ field: `secret-${request.params.id}`, message: t('newsroom.error.secret_invalid') }]);
      return redirectWith(request, reply, '/console/newsroom/channels', 'newsroom.channel.secretReplaced');
    },
  );

  r.post(
    '/console/newsroom/channels/:id/active',
    {
      config: { access: { kind: 'staff', permission: MANAGE, objects: [{ from: 'params', name: 'id', type: 'syndication_channel' }] } },
      schema: { params: z.object({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }), body: ZToggle, querystring: ZQuery },
    },
    async (request, reply) => {
      await setChannelActive({ db, keyring }, request.principal!.userId!, request.params.id, request.body.active === 'true');
      return redirectWith(request, reply, '/console/newsroom/channels', 'newsroom.channel.updated');
    },
  );
}
