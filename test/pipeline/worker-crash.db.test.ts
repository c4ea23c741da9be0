/**
 * A real `humas pipeline run` child process is killed with SIGKILL in the middle of draining,
 * then run again: every queued item ends up stored exactly once, with rollups to match.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';
import { openPostgresDb } from '../../src/db/postgres-db.js';
import { upsertSource } from '../../src/db/queries/sources/upsert-source.js';
import { generateDemoMentions } from '../../src/demo/generate-demo-mentions.js';
import { enqueueRawMentions } from '../../src/pipeline/enqueue-raw-mentions.js';
import { getTestBackend } from '../helpers/backend.js';
import { humasScript } from '../helpers/cli.js';
import { createPgliteDataDir, createPostgresDatabase, dropPostgresDatabase } from '../helpers/test-db.js';

// 15 batches of 100: enough to be killed inside one with others committed before and after.
const ITEMS = 1500;
const ROOT = path.resolve(import.meta.dirname, '../..');
const cleanups: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const c of cleanups) await c();
});

async function openTarget(): Promise<{ env: Record<string, string>; open: () => Promise<Db> }> {
  if (getTestBackend() === 'postgres') {
    const url = await createPostgresDatabase();
    cleanups.push(() => dropPostgresDatabase(url));
    return { env: { DATABASE_URL: url }, open: () => openPostgresDb({ url, poolMax: 2 }) };
  }
  // Extracted from the run's migrated snapshot (a fresh initdb + migrations costs seconds).
  const dir = createPgliteDataDir('humas-crash-');
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return { env: { HUMAS_DATA_DIR: dir }, open: () => openPgliteDb({ dataDir: dir }) };
}

function runWorker(env: Record<string, string>) {
  const child = spawn(process.execPath, [humasScript(), 'pipeline', 'run', '--batch-size', '100', '--progress'], {
    cwd: ROOT,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent', DATABASE_URL: env.DATABASE_URL ?? '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let batches = 0;
  let stored = 0;
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
    // "batch N committed: S stored" — written synchronously (a pipe on Linux) right after each
    // commit, so once the child is gone the last line read is what it had committed.
    for (const m of String(chunk).matchAll(/committed: (\d+) stored/g)) {
      batches++;
      stored = Number(m[1]);
    }
  });
  // 'close': the child has exited and its stderr has been read to the end.
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  return { child, exited, stderr: () => stderr, batches: () => batches, stored: () => stored };
}

async function count(db: Db, sql: string): Promise<number> {
  return Number((await db.query<{ n: number }>(sql)).rows[0]!.n);
}

describe('a pipeline worker killed mid-batch', () => {
  it('stores every item exactly once after a restart', async () => {
    const target = await openTarget();
    let db = await target.open();
    await migrate(db);
    const sourceId = await upsertSource(db, { kind: 'test', platform: 'x', name: 'crash test' });
    const items = [...generateDemoMentions({ count: ITEMS, end: new Date('2026-06-01T00:00:00Z'), seed: 'crash' })].map((d) => d.item);
    await enqueueRawMentions(db, sourceId, items);
    const isPglite = getTestBackend() === 'pglite';
    // PGlite: one process may open the directory; the parent steps aside while the child runs.
    if (isPglite) await db.close();

    const first = runWorker(target.env);
    let killedAt = -1;
    if (isPglite) {
      // The database is the child's alone: kill it a moment after its third batch committed,
      // somewhere inside the next one.
      for (let i = 0; i < 1200 && first.batches() < 3; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 150));
      first.child.kill('SIGKILL');
    } else {
      // Watch the mentions table and kill while the queue is still partly full.
      for (let i = 0; i < 600; i++) {
        const stored = await count(db, 'SELECT count(*)::int8 AS n FROM mention_keys');
        if (stored > 0 && stored < ITEMS) {
          killedAt = stored;
          first.child.kill('SIGKILL');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    const outcome = await first.exited;
    expect(outcome.signal, `the first worker ended on its own: ${first.stderr()}`).toBe('SIGKILL');

    // PGlite: what the killed child reported committed (reopening the database only to count
    // would cost another multi-second PGlite start; the final check below reads the database).
    if (isPglite) killedAt = first.stored();
    expect(killedAt).toBeGreaterThanOrEqual(0);
    expect(killedAt).toBeLessThan(ITEMS);

    const second = runWorker(target.env);
    const done = await second.exited;
    expect(done.code, second.stderr()).toBe(0);

    if (isPglite) db = await target.open();
    try {
      expect(await count(db, 'SELECT count(*)::int8 AS n FROM mentions')).toBe(ITEMS);
      expect(await count(db, 'SELECT count(DISTINCT external_id)::int8 AS n FROM mentions')).toBe(ITEMS);
      expect(await count(db, 'SELECT count(*)::int8 AS n FROM pipeline_queue')).toBe(0);
      expect(await count(db, 'SELECT coalesce(sum(mentions), 0)::int8 AS n FROM mention_rollups_hourly')).toBe(ITEMS);
      expect(await count(db, 'SELECT coalesce(sum(mentions), 0)::int8 AS n FROM mention_rollups_daily')).toBe(ITEMS);
      // Cluster sizes add up to the clustered mentions: no member counted twice.
      expect(await count(db, 'SELECT coalesce(sum(mentions), 0)::int8 AS n FROM mention_clusters')).toBe(
        await count(db, 'SELECT count(*)::int8 AS n FROM mentions WHERE cluster_id IS NOT NULL'),
      );
      console.log(`${getTestBackend()}: killed with ${killedAt} of ${ITEMS} stored; after restart ${ITEMS} stored exactly once`);
    } finally {
      await db.close();
    }
  }, 240_000);
});
