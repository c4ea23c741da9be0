/** Registers the sign-in, account, administration and privacy routes of the security area. */
import type { FastifyInstance } from 'fastify';
import { registerLoginRoutes } from './auth/login-routes.js';

export function registerSecurityRoutes(app: FastifyInstance): void {
  registerLoginRoutes(app);
}
