/**
 * A fresh, migrated database for one test file, on the backend of the current test project:
 * PGlite loaded in memory from the run's snapshot, or a PostgreSQL database cloned from the
 * run's template. Nothing one file writes is seen by another.
 */
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';
import { openPostgresDb } from '../../src/db/postgres-db.js';
import { TEST_PG_URL, getTestBackend, withDatabase, type TestBackend } from './backend.js';

export interface TestDatabase {
  backend: TestBackend;
  db: Db;
  /** For PostgreSQL: a URL of this file's database (for child processes); undefined on PGlite. */
  url: string | undefined;
  close(): Promise<void>;
}

export async function openTestDb(): Promise<TestDatabase> {
  const backend = getTestBackend();
  if (backend === 'pglite') {
    const snapshot = fs.readFileSync(inject('pgliteSnapshotPath'));
    const db = await openPgliteDb({ loadDataDir: new Blob([snapshot]) });
    return { backend, db, url: undefined, close: () => db.close() };
  }
  const url = await createPostgresDatabase();
  const db = await openPostgresDb({ url, poolMax: 4 });
  return {
    backend,
    db,
    url,
    close: async () => {
      await db.close();
      await dropPostgresDatabase(url);
    },
  };
}

/** A new migrated PostgreSQL database cloned from the run's template; returns its URL. */
export async function createPostgresDatabase(): Promise<string> {
  const name = `${inject('pgRunPrefix')}_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    // Two files cloning the same template at once can collide; a short retry settles it.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${inject('pgTemplateDatabase')}"`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + attempt * 50));
      }
    }
  } finally {
    await admin.end();
  }
  return withDatabase(TEST_PG_URL, name);
}

export async function dropPostgresDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: TEST_PG_URL });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/**
 * A PGlite data directory (for child processes) already holding the migrated schema,
 * extracted from the run's snapshot: ~1 s instead of a fresh initdb.
 */
export function createPgliteDataDir(prefix = 'humas-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.mkdirSync(path.join(dir, 'pglite'));
  execFileSync('tar', ['-xzf', inject('pgliteSnapshotPath'), '-C', path.join(dir, 'pglite')], { stdio: 'ignore' });
  return dir;
}
