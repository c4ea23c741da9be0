/** Opens the database the configuration names: embedded PGlite, or a PostgreSQL server. */
import type { Config } from '../config/config.js';
import type { Db } from './db.js';
import { openPgliteDb } from './pglite-db.js';
import { openPostgresDb } from './postgres-db.js';

export async function openDb(database: Config['database']): Promise<Db> {
  if (database.kind === 'postgres') {
    return openPostgresDb({ url: database.url, poolMax: database.poolMax });
  }
  return openPgliteDb({ dataDir: database.dataDir });
}
