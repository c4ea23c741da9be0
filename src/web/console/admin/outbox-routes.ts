/**
 * The development outbox: e-mails the app would have sent (reset links, invitations,
 * data-subject confirmations), decrypted for the developer. Exists only in development with
 * the outbox transport; it answers 404 otherwise.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listOutboxMessages } from '../../../db/queries/mail/list-outbox-messages.js';
import { AppError } from '../../../lib/app-error.js';
import { html } from '../../../lib/html.js';
import { decryptPersonalData } from '../../../security/keys/data-cipher.js';
import { AAD } from '../../../security/keys/encrypted-columns.js';
import { formatDateTime } from '../../i18n/i18n.js';
import { pageContext, sendConsolePage } from '../console-page.js';

export function registerOutboxRoutes(app: FastifyInstance): void {
  const { db, keyring, config } = app.security;
  app.withTypeProvider<ZodTypeProvider>().get(
    '/console/dev/outbox',
    {
      // Public on purpose, like a local MailHog: someone who forgot a demo password must read the link.
      config: { access: { kind: 'public', reason: 'development-only mail viewer; 404 in production' } },
      schema: { querystring: z.object({ lang: z.string().max(10).optional() }) },
    },
    async (request, reply) => {
      const { t, locale } = pageContext(request);
      if (config.env === 'production' || config.mail.transport !== 'outbox') throw new AppError('not_found', t('error.notFoundBody'));
      const messages = await listOutboxMessages(db, 50);
      const body = html`<h1>${t('outbox.title')}</h1><p>${t('outbox.intro')}</p>
${messages.length === 0
  ? html`<p>${t('outbox.empty')}</p>`
  : messages.map(
      (m) => html`<article class="card"><p class="meta">${formatDateTime(locale, m.createdAt)} · ${t('outbox.to')}: ${decryptPersonalData(keyring, m.toEnc, AAD.outboxTo)}</p>
<h2>${m.subject}</h2><pre class="mail">${decryptPersonalData(keyring, m.bodyEnc, AAD.outboxBody)}</pre></article>`,
    )}`;
      return sendConsolePage(request, reply, { title: t('outbox.title'), body });
    },
  );
}
