/**
 * Single sign-on: /console/login/sso sends the browser to the identity provider with a PKCE
 * challenge, state and nonce (kept server-side by the state's hash); the callback checks
 * them, maps the identity to a staff account and continues like a password sign-in
 * (administrators still give their TOTP code).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { insertOidcState } from '../../../db/queries/oidc/insert-oidc-state.js';
import { takeOidcState } from '../../../db/queries/oidc/take-oidc-state.js';
import { AppError } from '../../../lib/app-error.js';
import { createOidcClient } from '../../../security/oidc/oidc-client.js';
import { hashSecretToken } from '../../../security/sessions/secret-token.js';
import { findUserForOidc } from '../../../services/accounts/sign-in-with-oidc.js';
import { nextStage } from '../../../services/accounts/sign-in-with-password.js';
import { startSession } from '../../../services/accounts/start-session.js';
import { cookieOptions, SESSION_COOKIE } from '../../plugins/access-control.js';
import { pageContext, redirectWith } from '../console-page.js';

const SSO = { kind: 'public', reason: 'single sign-on redirect' } as const;

export function registerSsoRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db, keyring, config, sessions } = app.security;
  const client = config.oidc ? createOidcClient(config.oidc, config.http.publicUrl) : null;

  r.get('/console/login/sso', { config: { access: SSO }, schema: { querystring: z.object({ lang: z.string().max(10).optional() }) } }, async (request, reply) => {
    const { t } = pageContext(request);
    if (!client) throw new AppError('not_found', t('error.notFoundBody'));
    let start;
    try {
      start = await client.start();
    } catch (error) {
      request.log.warn({ err: error }, 'identity provider unreachable');
      return redirectWith(request, reply, '/console/login', 'login.ssoFailed');
    }
    await insertOidcState(db, { stateHash: hashSecretToken(start.state), codeVerifier: start.codeVerifier, nonce: start.nonce });
    return reply.redirect(start.url, 303);
  });

  r.get(
    '/console/login/sso/callback',
    { config: { access: SSO }, schema: { querystring: z.object({ state: z.string().max(200).optional(), code: z.string().max(2000).optional() }).passthrough() } },
    async (request, reply) => {
      const { t } = pageContext(request);
      if (!client) throw new AppError('not_found', t('error.notFoundBody'));
      const state = request.query.state;
      const checks = state ? await takeOidcState(db, hashSecretToken(state)) : null;
      if (!state || !checks) return redirectWith(request, reply, '/console/login', 'login.ssoFailed');
      let identity;
      try {
        identity = await client.finish(new URL(request.url, config.http.publicUrl), { state, ...checks });
      } catch (error) {
        request.log.warn({ err: error instanceof Error ? error.name : 'error' }, 'single sign-on callback refused');
        return redirectWith(request, reply, '/console/login', 'login.ssoFailed');
      }
      const user = await findUserForOidc(db, keyring, identity);
      if (!user) return redirectWith(request, reply, '/console/login', 'login.ssoNoAccount');
      const stage = await nextStage(db, user);
      const token = await startSession(db, keyring, sessions, { userId: user.id, stage, authMethod: 'oidc', previousToken: request.cookies[SESSION_COOKIE], factors: ['oidc'] });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(request));
      if (stage === 'totp') return redirectWith(request, reply, '/console/login/2fa');
      if (stage === 'enrol') return redirectWith(request, reply, '/console/2fa/setup');
      return redirectWith(request, reply, '/console');
    },
  );
}
