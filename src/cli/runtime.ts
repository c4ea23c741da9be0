/**
 * What database commands share: configuration read once, a logger, an open database, the data
 * keys (loaded once, on first use: commands that never need them never create a development
 * key file), and a clean close whatever happens — PGlite must never be left half-written.
 */
import { loadConfig, type Config } from '../config/config.js';
import type { Db } from '../db/db.js';
import { openDb } from '../db/open-db.js';
import { createLogger, type Logger } from '../lib/logger.js';
import type { Keyring } from '../security/keys/keyring.js';
import { loadKeyring } from '../security/keys/load-keyring.js';

export interface Runtime {
  config: Config;
  db: Db;
  logger: Logger;
  keyring(): Keyring;
}

export function createRuntime(config: Config, db: Db, logger: Logger): Runtime {
  let keyring: Keyring | undefined;
  return { config, db, logger, keyring: () => (keyring ??= loadKeyring(config, logger)) };
}

export async function withRuntime<T>(fn: (runtime: Runtime) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const db = await openDb(config.database);
  try {
    return await fn(createRuntime(config, db, logger));
  } finally {
    await db.close();
  }
}
