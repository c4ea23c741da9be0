/**
 * What database commands share: configuration read once, a logger, an open database, and a
 * clean close whatever happens — PGlite must never be left half-written.
 */
import { loadConfig, type Config } from '../config/config.js';
import type { Db } from '../db/db.js';
import { openDb } from '../db/open-db.js';
import { createLogger, type Logger } from '../lib/logger.js';

export interface Runtime {
  config: Config;
  db: Db;
  logger: Logger;
}

export async function withRuntime<T>(fn: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const db = await openDb(config.database);
  try {
    return await fn({ config, db, logger });
  } finally {
    await db.close();
  }
}
