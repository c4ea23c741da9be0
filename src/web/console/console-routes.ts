/** The staff console home: who is signed in, their roles, and where they can go. */
import type { FastifyInstance } from 'fastify';
import { findUserById } from '../../db/queries/users/find-user-by-id.js';
import { listUserMemberships } from '../../db/queries/users/list-user-memberships.js';
import { AppError } from '../../lib/app-error.js';
import { html } from '../../lib/html.js';
import { notice } from '../forms/form-kit.js';
import { noticeFromQuery, pageContext, sendConsolePage } from './console-page.js';

export function registerConsoleRoutes(app: FastifyInstance): void {
  app.get('/console', { config: { access: { kind: 'staff', permission: null } } }, async (request, reply) => {
    const { t } = pageContext(request);
    const userId = request.principal?.userId;
    const user = userId ? await findUserById(app.security.db, userId) : null;
    if (!user || userId == null) throw new AppError('unauthenticated', t('security.signInRequired'));
    const memberships = await listUserMemberships(app.security.db, userId);
    const key = noticeFromQuery(request);
    const body = html`<h1>${t('console.welcome', { name: user.displayName })}</h1>
${notice(key ? t(key) : undefined)}
<p>${t('console.intro')}</p>
<h2>${t('console.yourRoles')}</h2>
<ul>${memberships.map(
      (m) => html`<li>${t(`role.${m.role}`)} — ${m.agencyName} (${m.agencyAbbreviation})${m.includesSubAgencies ? html`, ${t('console.subAgencies')}` : ''}</li>`,
    )}</ul>`;
    return sendConsolePage(request, reply, { title: t('console.title'), body });
  });
}
