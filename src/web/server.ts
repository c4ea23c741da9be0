/**
 * Builds the HTTP server: request ids, secure headers, validation with zod, the OpenAPI
 * document, one error shape, and the portal, console and API routes. Listening and shutdown
 * are the caller's (see serve-http.ts), so tests can use `app.inject` without a socket.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config/config.js';
import type { Db } from '../db/db.js';
import { html } from '../lib/html.js';
import type { Logger } from '../lib/logger.js';
import { registerAgencyRoutes } from './api/v1/agencies.js';
import { registerIngestRoutes } from './api/v1/ingest.js';
import { registerAnalyticsApi } from './api/v1/analytics.js';
import { registerMentionsApi } from './api/v1/mentions.js';
import { registerAlertPages } from './console/analytics/alert-routes.js';
import { registerAnalyticsPages } from './console/analytics/analytics-routes.js';
import { registerExplorerPages } from './console/analytics/explorer-routes.js';
import { createSecurityContext, type SecurityContext } from '../security/security-context.js';
import { createKeyringSecretBox } from '../security/keys/keyring-secret-box.js';
import type { ApiKeyVerifier } from '../services/ingest/integrator-auth.js';
import { createSecurityApiKeys } from '../services/ingest/security-api-keys.js';
import type { SigningSecretBox } from '../services/ingest/signing-secret-box.js';
import { registerConsoleRoutes } from './console/console-routes.js';
import { registerSecurityRoutes } from './console/security-routes.js';
import { registerCommentModerationRoutes } from './console/comments-routes.js';
import { registerChannelRoutes } from './console/newsroom/channel-routes.js';
import { registerNewsroomMediaRoutes } from './console/newsroom/newsroom-media-routes.js';
import { registerNewsroomRoutes } from './console/newsroom/newsroom-routes.js';
import { translator } from './i18n/i18n.js';
import { renderPage } from './page-layout.js';
import { registerErrorHandler, type HtmlErrorRenderer } from './plugins/error-handler.js';
import { registerAccessControl } from './plugins/access-control.js';
import { registerOpenApi } from './plugins/openapi.js';
import { registerSecurityHeaders } from './plugins/security-headers.js';
import { registerPortalRoutes } from './portal/portal-routes.js';
import { getRequestLocale } from './request-locale.js';
import { registerHealthRoutes } from './routes/health.js';

export const APP_VERSION = '0.1.0';
const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export interface ServerDeps {
  config: Config;
  db: Db;
  logger: Logger;
  /** Keys, mail and rate limits; built from the configuration when not given (tests pass their own). */
  security?: SecurityContext;
  /** Seals webhook signing secrets; defaults to the data keys of the security context. */
  secretBox?: SigningSecretBox;
  /** API keys for integrators; defaults to the security module's keys (see security-api-keys.ts). */
  apiKeys?: ApiKeyVerifier;
}

export async function buildServer({ config, db, logger, security, secretBox, apiKeys }: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    trustProxy: config.http.trustProxy,
    bodyLimit: config.http.bodyLimitBytes,
    // A proxy's request id is kept when it looks like one, so logs join up across hops.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
    },
    requestIdHeader: false,
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    routerOptions: { maxParamLength: 500 },
    // Fastify's own request log lines carry the full URL and client address; ours below do not.
    logController: new LogController({ disableRequestLogging: true }),
  });
  // Hooks on every request take a callback, not a promise: one allocation less per request
  // on the portal's hot path (docs/portal.md).
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // Log the path only: query strings can carry tokens or search terms about people.
  app.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { method: request.method, path: request.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request completed',
    );
    done();
  });
  // During shutdown, responses to in-flight requests close their connection, so keep-alive
  // clients do not hold the server open until their idle timeout.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  registerErrorHandler(app, renderErrorPage);
  // First, so every route registered after it (including plugins' routes) is classified.
  const securityContext = security ?? createSecurityContext({ config, db, logger });
  await registerAccessControl(app, securityContext);
  await registerSecurityHeaders(app);
  await app.register(formbody);
  await registerOpenApi(app, { publicUrl: config.http.publicUrl, version: APP_VERSION });
  await app.register(fastifyStatic, {
    root: ASSETS_DIR,
    prefix: '/assets/',
    decorateReply: false,
    maxAge: '1h',
    index: false,
  });

  registerHealthRoutes(app, db);
  registerAgencyRoutes(app, db);
  registerIngestRoutes(app, {
    db,
    secretBox: secretBox ?? createKeyringSecretBox(securityContext.keyring),
    apiKeys: apiKeys ?? createSecurityApiKeys(securityContext, { required: config.security.ingestRequiresApiKey }),
  });
  registerPortalRoutes(app, db, config);
  registerConsoleRoutes(app);
  registerSecurityRoutes(app);
  registerAnalyticsApi(app);
  registerMentionsApi(app);
  registerAnalyticsPages(app);
  registerExplorerPages(app);
  registerAlertPages(app);
  registerCommentModerationRoutes(app);
  registerNewsroomRoutes(app);
  registerNewsroomMediaRoutes(app);
  registerChannelRoutes(app);

  return app;
}

const renderErrorPage: HtmlErrorRenderer = (request, error) => {
  const locale = getRequestLocale(request);
  const t = translator(locale);
  const notFound = error.code === 'not_found';
  const body = html`<div class="error-summary" role="alert">
<h1>${notFound ? t('error.notFound') : t('error.title')}</h1>
<p>${notFound ? t('error.notFoundBody') : error.status >= 500 ? t('error.generic') : error.message}</p>
<p class="muted">${t('error.requestId', { id: request.id })}</p>
</div>
<p><a href="/">${t('error.backHome')}</a></p>`;
  return renderPage({
    locale,
    title: notFound ? t('error.notFound') : t('error.title'),
    body,
    path: '/',
    area: request.url.startsWith('/console') ? 'console' : 'portal',
    isError: true,
  });
};
