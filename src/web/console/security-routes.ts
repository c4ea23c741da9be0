/** Registers the sign-in, account, administration and privacy routes of the security area. */
import type { FastifyInstance } from 'fastify';
import { registerLoginRoutes } from './auth/login-routes.js';
import { registerPasswordRoutes } from './auth/password-routes.js';
import { registerSsoRoutes } from './auth/sso-routes.js';
import { registerApiKeyRoutes } from './admin/api-keys-routes.js';
import { registerAuditRoutes } from './admin/audit-routes.js';
import { registerOutboxRoutes } from './admin/outbox-routes.js';
import { registerUserRoutes } from './admin/users-routes.js';
import { registerPrivacyRoutes } from '../portal/privacy-routes.js';

export function registerSecurityRoutes(app: FastifyInstance): void {
  registerLoginRoutes(app);
  registerPasswordRoutes(app);
  registerSsoRoutes(app);
  registerUserRoutes(app);
  registerApiKeyRoutes(app);
  registerAuditRoutes(app);
  registerOutboxRoutes(app);
  registerPrivacyRoutes(app);
}
