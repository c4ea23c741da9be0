/**
 * Once per test run and backend: build a migrated database that every test file clones —
 * a PGlite snapshot file, or a PostgreSQL template database. If the PostgreSQL server cannot
 * be reached the run fails here, loudly; it never skips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/db/migrate.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';
import { openPostgresDb } from '../../src/db/postgres-db.js';
import { TEST_PG_URL, getTestBackend, withDatabase } from './backend.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteSnapshotPath: string;
    pgTemplateDatabase: string;
    pgRunPrefix: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const backend = (project.config.env?.HUMAS_TEST_BACKEND as string | undefined) ?? process.env.HUMAS_TEST_BACKEND;
  process.env.HUMAS_TEST_BACKEND = backend;
  if (getTestBackend() === 'pglite') return setupPglite(project);
  return setupPostgres(project);
}

async function setupPglite(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-test-'));
  const snapshotPath = path.join(dir, 'migrated.tgz');
  const db = await openPgliteDb();
  try {
    await migrate(db);
    const blob = await db.dumpSnapshot();
    fs.writeFileSync(snapshotPath, Buffer.from(await blob.arrayBuffer()));
  } finally {
    await db.close();
  }
  project.provide('pgliteSnapshotPath', snapshotPath);
  project.provide('pgTemplateDatabase', '');
  project.provide('pgRunPrefix', '');
  return async () => fs.rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void>> {
  const admin = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `Cannot reach the test PostgreSQL server at ${TEST_PG_URL} (set HUMAS_TEST_PG_URL): ${(error as Error).message}`,
    );
  }
  const prefix = `humas_t${process.pid}_${project.name}`;
  const template = `${prefix}_tpl`;
  try {
    await dropStaleDatabases(admin);
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    const db = await openPostgresDb({ url: withDatabase(TEST_PG_URL, template), poolMax: 2 });
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
  } finally {
    await admin.end();
  }
  project.provide('pgliteSnapshotPath', '');
  project.provide('pgTemplateDatabase', template);
  project.provide('pgRunPrefix', prefix);
  return async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [prefix],
      );
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  };
}

/** Databases left by runs whose process is gone (killed mid-run) are dropped. */
async function dropStaleDatabases(admin: pg.Client): Promise<void> {
  const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname ~ '^humas_t[0-9]+_'");
  for (const { datname } of rows) {
    const pid = Number(/^humas_t(\d+)_/.exec(datname)?.[1]);
    if (pid && !isAlive(pid)) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
