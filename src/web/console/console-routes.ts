/** The staff console. Every console page requires a signed-in staff member. */
import type { FastifyInstance } from 'fastify';
import { html } from '../../lib/html.js';
import { translator } from '../i18n/i18n.js';
import { renderPage } from '../page-layout.js';
import { getRequestLocale } from '../request-locale.js';

export function registerConsoleRoutes(app: FastifyInstance): void {
  app.get('/console', async (request, reply) => {
    const locale = getRequestLocale(request);
    const t = translator(locale);
    const body = html`<h1>${t('console.title')}</h1><p>${t('console.intro')}</p><p>${t('console.signInRequired')}</p>`;
    return reply.type('text/html; charset=utf-8').send(renderPage({ locale, title: t('console.title'), body, path: '/console', area: 'console' }));
  });
}
