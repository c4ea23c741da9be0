/** The newsroom actor of a console request: the signed-in user and their agency scope per permission. */
import type { FastifyRequest } from 'fastify';
import type { Config } from '../../../config/config.js';
import { scopeIncludes } from '../../../security/permissions/agency-scope.js';
import type { NewsroomActor, NewsroomDeps } from '../../../services/newsroom/newsroom-actor.js';
import { loadSyndicationConfig } from '../../../services/syndication/syndication-config.js';
import type { FastifyInstance } from 'fastify';

export function requestActor(request: FastifyRequest): NewsroomActor {
  const userId = request.principal?.userId;
  if (userId == null) throw new Error('newsroom routes are staff routes; a principal is set before the handler');
  return { userId, holds: async (permission, agencyId) => scopeIncludes(await request.agencyScope(permission), agencyId) };
}

export function newsroomDeps(app: FastifyInstance, _config: Config = app.security.config): NewsroomDeps {
  return { db: app.security.db, keyring: app.security.keyring, maxDeliveryAttempts: loadSyndicationConfig(process.env).maxAttempts };
}
