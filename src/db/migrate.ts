/**
 * Schema migrations: numbered plain-SQL files in ./migrations, applied in name order, each in
 * its own transaction, once. Applied files are immutable — a changed checksum stops start-up,
 * because the database would no longer match what the file says.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../lib/app-error.js';
import type { Db } from './db.js';

export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      const [version = '', ...rest] = file.replace(/\.sql$/, '').split('_');
      return { version, name: rest.join('_'), sql, checksum: crypto.createHash('sha256').update(sql).digest('hex') };
    });
}

export interface MigrateResult {
  applied: string[];
  total: number;
}

export async function migrate(db: Db, migrations: Migration[] = readMigrations()): Promise<MigrateResult> {
  return db.withExclusiveLock('humas:migrate', async () => {
    await db.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await db.query<{ version: string; checksum: string }>('SELECT version, checksum FROM schema_migrations');
    const done = new Map(rows.map((row) => [row.version, row.checksum]));
    const applied: string[] = [];
    for (const migration of migrations) {
      const previous = done.get(migration.version);
      if (previous !== undefined) {
        if (previous !== migration.checksum) {
          throw new AppError(
            'conflict',
            `Migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead.`,
          );
        }
        continue;
      }
      await db.transaction(async (tx) => {
        await tx.execScript(migration.sql);
        await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          migration.checksum,
        ]);
      });
      applied.push(`${migration.version}_${migration.name}`);
    }
    return { applied, total: migrations.length };
  });
}

/** Refuses to run against a schema that is behind the code (serve without migrating first). */
export async function assertSchemaCurrent(db: Db, migrations: Migration[] = readMigrations()): Promise<void> {
  let applied = new Set<string>();
  try {
    const { rows } = await db.query<{ version: string }>('SELECT version FROM schema_migrations');
    applied = new Set(rows.map((row) => row.version));
  } catch {
    // No migrations table yet: everything is pending.
  }
  const pending = migrations.filter((m) => !applied.has(m.version));
  if (pending.length > 0) {
    throw new AppError('conflict', `The database schema is not up to date (${pending.length} migrations pending). Run \`humas migrate\` first.`);
  }
}
