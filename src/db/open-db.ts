/**
 * Opens the database the configuration names: embedded PGlite, or a PostgreSQL server.
 * Each adapter is loaded only when chosen: a server deployment never loads the PGlite WASM
 * build, and a CLI command starts without paying for either until it needs a database.
 */
import type { Config } from '../config/config.js';
import type { Db } from './db.js';

export async function openDb(database: Config['database']): Promise<Db> {
  if (database.kind === 'postgres') {
    const { openPostgresDb } = await import('./postgres-db.js');
    return openPostgresDb({ url: database.url, poolMax: database.poolMax });
  }
  const { openPgliteDb } = await import('./pglite-db.js');
  return openPgliteDb({ dataDir: database.dataDir });
}
