/** The real HTTP server on a test database, listening on a free port, for browser tests. */
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import type { Db } from '../../src/db/db.js';
import { createLogger } from '../../src/lib/logger.js';
import { buildServer } from '../../src/web/server.js';

export interface TestServer {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

export async function startTestServer(db: Db, env: Record<string, string> = {}): Promise<TestServer> {
  const config = loadConfig({ ...env, PORT: '0' });
  const app = await buildServer({ config, db, logger: createLogger({ level: 'silent' }) });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url: address, close: () => app.close() };
}
