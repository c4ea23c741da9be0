import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, spawnCli, waitForOutput } from '../../test/helpers/cli.js';
import { createPgliteDataDir, createPostgresDatabase, dropPostgresDatabase, openTestDb, type TestDatabase } from '../../test/helpers/test-db.js';
import { loadConfig } from '../config/config.js';
import type { Db } from '../db/db.js';
import { openPgliteDb } from '../db/pglite-db.js';
import { openPostgresDb } from '../db/postgres-db.js';
import { createLogger } from '../lib/logger.js';
import { buildServer } from './server.js';
import { serveHttp } from './serve-http.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe('graceful shutdown', () => {
  it('finishes an in-flight request, then closes the database', async () => {
    const logger = createLogger({ level: 'silent' });
    const app = await buildServer({ config: loadConfig({}), db: t.db, logger });
    let started!: () => void;
    const requestStarted = new Promise<void>((resolve) => (started = resolve));
    app.get('/slow', async () => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 400));
      const { rows } = await t.db.query<{ v: number }>('SELECT 42 AS v');
      return { value: rows[0]!.v };
    });
    let closed = false;
    const db = { ...t.db, kind: t.db.kind, query: t.db.query.bind(t.db), close: async () => void (closed = true) } as typeof t.db;
    const running = await serveHttp({ app, db, logger, host: '127.0.0.1', port: 0, shutdownTimeoutMs: 5000, handleSignals: false, onShutdownTimeout: () => {
      throw new Error('shutdown timed out');
    } });
    const response = fetch(`${running.url}/slow`).then(async (res) => ({ status: res.status, body: await res.json() }));
    await requestStarted;
    const shutdown = running.shutdown('test');
    expect(await response).toEqual({ status: 200, body: { value: 42 } });
    await shutdown;
    expect(closed).toBe(true);
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });
});

describe('humas serve', () => {
  async function migratedDatabase(): Promise<{ env: Record<string, string>; db: () => Promise<Db>; cleanup: () => Promise<void> }> {
    if (t.backend === 'pglite') {
      const dir = createPgliteDataDir();
      return { env: { HUMAS_DATA_DIR: dir }, db: () => openPgliteDb({ dataDir: dir }), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
    }
    const url = await createPostgresDatabase();
    return { env: { DATABASE_URL: url }, db: () => openPostgresDb({ url, poolMax: 1 }), cleanup: () => dropPostgresDatabase(url) };
  }

  it('refuses to serve a database whose schema is behind the code, with a one-line message', async () => {
    const target = await migratedDatabase();
    try {
      const db = await target.db();
      await db.query('DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)');
      await db.close();
      const result = await runCli(['serve'], { ...target.env, PORT: '0' });
      expect(result.code).toBe(1);
      expect(result.stderr.trim()).toBe('humas: The database schema is not up to date (1 migrations pending). Run `humas migrate` first.');
    } finally {
      await target.cleanup();
    }
  });

  it('stops cleanly on SIGTERM, releasing the database', async () => {
    const target = await migratedDatabase();
    try {
      const child = spawnCli(['serve'], { ...target.env, PORT: '0' });
      await waitForOutput(child, (text) => text.includes('"msg":"serving"'));
      child.kill('SIGTERM');
      const result = await child.output;
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('"msg":"shutdown complete"');
      // PGlite: the directory lock is released and the database reopens intact.
      const db = await target.db();
      const { rows } = await db.query<{ n: number }>('SELECT count(*) AS n FROM schema_migrations');
      expect(rows[0]!.n).toBeGreaterThan(0);
      await db.close();
    } finally {
      await target.cleanup();
    }
  });
});
