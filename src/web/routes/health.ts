/** Liveness (/healthz: the process answers) and readiness (/readyz: the database answers). */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/db.js';
import { AppError } from '../../lib/app-error.js';

export function registerHealthRoutes(app: FastifyInstance, db: Db): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async () => {
    try {
      await db.query('SELECT 1');
    } catch (error) {
      throw new AppError('unavailable', 'The database is not reachable.', { cause: error });
    }
    return { status: 'ready', database: db.kind };
  });
}
