/**
 * CSRF defence for the anonymous reader forms (poll, comments), which have no session and
 * must not set a cookie: a browser marks every cross-site form post with `Sec-Fetch-Site`
 * and `Origin`, so a post another site makes on a reader's behalf is refused (OWASP's
 * "verifying origin with standard headers"). Clients that send neither header are not
 * browsers, and the rate limits apply to them as to everyone.
 */
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../lib/app-error.js';
import { translate } from '../i18n/i18n.js';
import { getRequestLocale } from '../request-locale.js';

export function assertSameOrigin(request: FastifyRequest, publicUrl: string): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const crossSite = typeof site === 'string' && site !== 'same-origin' && site !== 'none';
  const foreignOrigin =
    typeof origin === 'string' && origin !== new URL(publicUrl).origin && origin !== `${request.protocol}://${request.host}`;
  if (crossSite || foreignOrigin) throw new AppError('forbidden', translate(getRequestLocale(request), 'portal.crossSite'));
}
