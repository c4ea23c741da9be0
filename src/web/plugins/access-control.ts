/**
 * Enforces every route's `config.access` (see security/permissions/route-access.ts) before
 * validation and the handler: who the caller is (session cookie or API key), the CSRF token
 * on state-changing requests, the permission, and that each named object lies in the
 * caller's agency scope. Routes without a classification are refused (fail closed) and
 * listed by `getRouteRegistry` so the isolation test names them.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listUserMemberships } from '../../db/queries/users/list-user-memberships.js';
import { AppError } from '../../lib/app-error.js';
import { authenticateApiKey } from '../../security/api-keys/authenticate-api-key.js';
import { apiKeyFromHeaders } from '../../security/api-keys/api-key-token.js';
import { csrfTokenFor, csrfTokenMatches } from '../../security/csrf/csrf-token.js';
import { resolveAgencyScope, scopeIncludes, type AgencyScope } from '../../security/permissions/agency-scope.js';
import { getObjectResolver } from '../../security/permissions/object-types.js';
import type { Permission } from '../../security/permissions/permission.js';
import { hasPermissionSomewhere, userPrincipal, type Principal } from '../../security/permissions/principal.js';
import type { ObjectRef, RouteAccess } from '../../security/permissions/route-access.js';
import type { SecurityContext } from '../../security/security-context.js';
import { generateSecretToken } from '../../security/sessions/secret-token.js';
import { findActiveSession, type ActiveSession } from '../../security/sessions/session-store.js';
import { translate } from '../i18n/i18n.js';
import { getRequestLocale } from '../request-locale.js';

export const SESSION_COOKIE = 'humas_session';
export const PRE_SESSION_COOKIE = 'humas_csrf';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that plugins register (API reference, static assets) are public by nature. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs', '/assets/'];

declare module 'fastify' {
  interface FastifyInstance {
    /** Keys, mail, rate limits and session settings (see security/security-context.ts). */
    security: SecurityContext;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The caller on staff and api routes (set before the handler); null on public routes. */
    principal: Principal | null;
    /** Loads the browser's session if any (any stage); cached per request. */
    getSession(): Promise<ActiveSession | null>;
    /** The CSRF token to put in this page's forms (sets the pre-session cookie when needed). */
    csrfToken(reply: FastifyReply): Promise<string>;
    /** Agencies where the caller holds `permission` (cached per request). */
    agencyScope(permission: Permission): Promise<AgencyScope>;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

const registries = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Every route registered after the plugin, with its access classification (for tests). */
export function getRouteRegistry(app: FastifyInstance): readonly RegisteredRoute[] {
  return registries.get(app) ?? [];
}

export async function registerAccessControl(app: FastifyInstance, security: SecurityContext): Promise<void> {
  await app.register(cookie);
  app.decorate('security', security);
  const registry: RegisteredRoute[] = [];
  registries.set(app, registry);

  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { access?: RouteAccess };
    if (!config.access && PLUGIN_ROUTE_PREFIXES.some((p) => route.url.startsWith(p))) {
      route.config = { ...config, access: { kind: 'public', reason: 'plugin' } } as typeof route.config;
    }
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (access && access.kind !== 'public' && access.objects?.length && access.permission === null) {
      throw new Error(`route ${route.url}: objects need a permission to check them against`);
    }
    for (const method of [route.method].flat()) registry.push({ method, url: route.url, access });
  });

  app.decorateRequest('principal', null);
  app.decorateRequest('getSession', async function getSession(this: FastifyRequest) {
    const cache = this as FastifyRequest & { sessionPromise?: Promise<ActiveSession | null> };
    cache.sessionPromise ??= findActiveSession(security.db, security.sessions, this.cookies[SESSION_COOKIE]);
    return cache.sessionPromise;
  });
  app.decorateRequest('agencyScope', async function agencyScope(this: FastifyRequest, permission: Permission) {
    if (!this.principal) return { all: false, agencyIds: new Set<number>() } as AgencyScope;
    const cache = this as FastifyRequest & { scopes?: Map<Permission, Promise<AgencyScope>> };
    cache.scopes ??= new Map();
    let scope = cache.scopes.get(permission);
    if (!scope) {
      scope = resolveAgencyScope(security.db, this.principal, permission);
      cache.scopes.set(permission, scope);
    }
    return scope;
  });
  app.decorateRequest('csrfToken', async function csrfToken(this: FastifyRequest, reply: FastifyReply) {
    return csrfTokenFor(security.keyring, await csrfBinding(this, reply, true));
  });

  // PostgreSQL text cannot hold U+0000; refuse it at the edge rather than fail deep inside.
  app.addHook('preValidation', async (request) => {
    if (containsNul(request.body) || containsNul(request.query) || containsNul(request.params)) {
      throw new AppError('bad_request', 'The request contains a NUL character, which is not allowed.');
    }
  });

  app.addHook('preValidation', async (request, reply) => {
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (!access) {
      request.log.error({ route: request.routeOptions.url }, 'route has no access classification; refusing');
      throw new AppError('forbidden', 'This address has no access rule yet, so it is closed.');
    }
    if (access.kind === 'staff') {
      const session = await request.getSession();
      if (!session || session.stage !== 'full') return denyUnauthenticated(request, reply);
      request.principal = userPrincipal(session.userId, await listUserMemberships(security.db, session.userId));
    } else if (access.kind === 'api') {
      const presented = apiKeyFromHeaders(request.headers);
      if (presented) {
        request.principal = await authenticateApiKey(security.db, security.keyring, presented);
        if (!request.principal) throw new AppError('unauthenticated', 'The API key is not valid or has been revoked.');
      } else if (access.allowSession) {
        const session = await request.getSession();
        if (session?.stage === 'full') request.principal = userPrincipal(session.userId, await listUserMemberships(security.db, session.userId));
      }
      if (!request.principal) throw new AppError('unauthenticated', 'An API key is required (Authorization: Bearer hk_…).');
    }

    const viaApiKey = request.principal?.kind === 'api_key';
    const csrfExempt = access.kind === 'public' && access.csrf === false;
    if (STATE_CHANGING.has(request.method) && !viaApiKey && !csrfExempt) {
      const given = (request.body as Record<string, unknown> | undefined)?._csrf ?? request.headers['x-csrf-token'];
      if (!csrfTokenMatches(security.keyring, await csrfBinding(request, reply, false), given)) {
        throw new AppError('forbidden', translate(getRequestLocale(request), 'security.csrfFailed'));
      }
    }

    if (access.kind === 'public' || !request.principal) return;
    const permission = access.permission;
    if (permission === null) return;
    if (!hasPermissionSomewhere(request.principal, permission)) {
      throw new AppError('forbidden', translate(getRequestLocale(request), 'security.forbidden'));
    }
    for (const ref of access.objects ?? []) await checkObject(request, permission, ref);
  });
}

async function checkObject(request: FastifyRequest, permission: Permission, ref: ObjectRef): Promise<void> {
  const source = request[ref.from] as Record<string, unknown> | undefined;
  const raw = source?.[ref.name];
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== undefined && v !== '');
  if (values.length === 0) {
    if (ref.optional) return;
    throw new AppError('validation_failed', `Missing ${ref.from}.${ref.name}.`);
  }
  const resolver = getObjectResolver(ref.type);
  if (!resolver) throw new Error(`object type "${ref.type}" is not registered`);
  const scope = await request.agencyScope(permission);
  for (const value of values) {
    const agencies = typeof value === 'string' || typeof value === 'number' ? await resolver(request.server.security.db, String(value)) : null;
    // Not found and not yours look the same, so ids of other agencies' objects reveal nothing.
    if (!agencies || (!scope.all && !agencies.some((id) => scopeIncludes(scope, id)))) {
      throw new AppError('not_found', translate(getRequestLocale(request), 'security.notFound'));
    }
  }
}

async function denyUnauthenticated(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && !(request.headers.accept ?? '').includes('application/json');
  if (wantsPage) {
    const locale = getRequestLocale(request);
    const next = encodeURIComponent(request.url.split('?')[0] ?? '/console');
    return reply.redirect(`/console/login?next=${next}${locale === 'en' ? '&lang=en' : ''}`, 303);
  }
  throw new AppError('unauthenticated', translate(getRequestLocale(request), 'security.signInRequired'));
}

/** What the CSRF token is bound to: the session, or else a random pre-session cookie. */
async function csrfBinding(request: FastifyRequest, reply: FastifyReply, create: boolean): Promise<string> {
  const session = await request.getSession();
  if (session) return `s:${session.tokenHash.toString('hex')}`;
  let pre = request.cookies[PRE_SESSION_COOKIE];
  if ((!pre || !/^[A-Za-z0-9_-]{43}$/.test(pre)) && create) {
    pre = generateSecretToken();
    reply.setCookie(PRE_SESSION_COOKIE, pre, cookieOptions(request, 2 * 3600));
    request.cookies[PRE_SESSION_COOKIE] = pre;
  }
  return `p:${pre ?? ''}`;
}

/** HttpOnly, SameSite=Lax, Secure whenever the site is reached over TLS. */
export function cookieOptions(request: FastifyRequest, maxAgeSeconds?: number) {
  const secure = request.protocol === 'https' || request.server.security.config.http.publicUrl.startsWith('https:');
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || value === null || typeof value !== 'object') return false;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes('\u0000') || containsNul(item, depth + 1)) return true;
  }
  return false;
}
