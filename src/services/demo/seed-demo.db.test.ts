import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli, waitForOutput } from '../../../test/helpers/cli.js';
import { createPgliteDataDir, createPostgresDatabase, dropPostgresDatabase, openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import type { Db } from '../../db/db.js';
import { openPgliteDb } from '../../db/pglite-db.js';
import { openPostgresDb } from '../../db/postgres-db.js';
import { DEMO_AGENCIES } from '../../demo/demo-agencies.js';
import { DEMO_USERS } from '../../demo/demo-users.js';
import { generateDemoMentions } from '../../demo/generate-demo-mentions.js';
import { verifyPassword } from '../../security/password-hash.js';
import { DEMO_SEED_JOB, seedDemo } from './seed-demo.js';

const end = new Date('2026-11-28T00:00:00Z');
let t: TestDatabase;

beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.close();
});

async function storedKeys(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ k: string }>(
    'SELECT s.platform || \':\' || m.external_id AS k FROM mentions m JOIN sources s ON s.id = m.source_id ORDER BY 1',
  );
  return rows.map((r) => r.k);
}

function expectedKeys(count: number): string[] {
  return [...generateDemoMentions({ count, end })].map((m) => `${m.item.platform}:${m.item.externalId}`).sort();
}

describe('seedDemo', () => {
  it('resumes an interrupted run and ends with exactly the items of an uninterrupted one', async () => {
    await expect(
      seedDemo(t.db, {
        mentions: 3000,
        end,
        chunkSize: 1000,
        onProgress: (done) => {
          if (done >= 1500) throw new Error('interrupted');
        },
      }),
    ).rejects.toThrow('interrupted');
    // Progress counts items taken into the pipeline, whole chunks at a time.
    const partial = await t.db.query<{ status: string; progress: number }>('SELECT status, progress FROM job_runs WHERE name = $1', [DEMO_SEED_JOB]);
    expect(partial.rows[0]!.status).toBe('running');
    expect(partial.rows[0]!.progress % 1000).toBe(0);
    expect(partial.rows[0]!.progress).toBeGreaterThanOrEqual(1500);
    expect(partial.rows[0]!.progress).toBeLessThan(3000);

    const result = await seedDemo(t.db, { mentions: 3000, end, chunkSize: 1000 });
    expect(result).toEqual({ status: 'resumed', mentions: 3000 });
    expect(await storedKeys(t.db)).toEqual(expectedKeys(3000));
    const keys = await t.db.query<{ n: number }>('SELECT count(*) AS n FROM mention_keys');
    expect(keys.rows[0]!.n).toBe(3000);
  });

  it('does nothing on a second run once done', async () => {
    expect(await seedDemo(t.db, { mentions: 3000, end })).toEqual({ status: 'already-done', mentions: 3000 });
    expect((await storedKeys(t.db)).length).toBe(3000);
  });

  it('creates the demo agencies as a hierarchy, staff with roles, and published news', async () => {
    const agencies = await t.db.query<{ n: number; children: number }>(
      'SELECT count(*) AS n, count(*) FILTER (WHERE parent_id IS NOT NULL) AS children FROM agencies',
    );
    expect(agencies.rows[0]).toEqual({ n: DEMO_AGENCIES.length, children: DEMO_AGENCIES.filter((a) => a.parentCode).length });
    const bandung = await t.db.query<{ parent: string }>(
      "SELECT p.code AS parent FROM agencies a JOIN agencies p ON p.id = a.parent_id WHERE a.code = '32.73'",
    );
    expect(bandung.rows[0]!.parent).toBe('32');
    const users = await t.db.query<{ email: string; role: string; password_hash: string }>(
      'SELECT u.email, m.role, u.password_hash FROM users u JOIN memberships m ON m.user_id = u.id ORDER BY u.email',
    );
    expect(users.rows.map((u) => `${u.email}:${u.role}`).sort()).toEqual(DEMO_USERS.map((u) => `${u.email}:${u.role}`).sort());
    expect(users.rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const articles = await t.db.query<{ n: number }>("SELECT count(*) AS n FROM articles WHERE status = 'published'");
    expect(articles.rows[0]!.n).toBeGreaterThan(10);
  });

  it('stores demo passwords as argon2id hashes that verify', async () => {
    const { rows } = await t.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'penulis.jabar@humas.test'");
    expect(await verifyPassword(rows[0]!.password_hash, 'Humas-Demo-2026!')).toBe(true);
    expect(await verifyPassword(rows[0]!.password_hash, 'wrong-password')).toBe(false);
  });
});

describe('humas seed --demo killed with SIGKILL', () => {
  it('leaves a consistent database that a restart completes exactly once', async () => {
    // Two chunks of the CLI's 5,000: the kill lands in the first, the restart crosses into the second.
    const count = 8000;
    let env: Record<string, string>;
    let open: () => Promise<Db>;
    let cleanup: () => Promise<void>;
    if (t.backend === 'pglite') {
      const dir = createPgliteDataDir('humas-seed-kill-');
      env = { HUMAS_DATA_DIR: dir };
      open = () => openPgliteDb({ dataDir: dir });
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    } else {
      const url = await createPostgresDatabase();
      env = { DATABASE_URL: url };
      open = () => openPostgresDb({ url, poolMax: 2 });
      cleanup = () => dropPostgresDatabase(url);
    }
    try {
      const child = spawnCli(['seed', '--demo', '--mentions', String(count)], env);
      // The first progress line comes as mentions start; kill shortly after, mid-way through.
      await waitForOutput(child, (text) => text.includes('"task":"mentions"'), 90_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGKILL');
      const killed = await child.output;
      expect(killed.signal).toBe('SIGKILL');

      let db = await open();
      const state = await db.query<{ status: string; progress: number }>('SELECT status, progress FROM job_runs WHERE name = $1', [DEMO_SEED_JOB]);
      const stored = await db.query<{ n: number }>('SELECT count(*) AS n FROM mentions');
      await db.close();
      expect(state.rows[0]!.status).toBe('running');
      expect(stored.rows[0]!.n).toBe(state.rows[0]!.progress);
      expect(stored.rows[0]!.n).toBeLessThan(count);

      const restarted = await spawnCli(['seed', '--demo', '--mentions', String(count)], env).output;
      expect(restarted.code, restarted.stderr).toBe(0);
      db = await open();
      try {
        const after = await db.query<{ n: number; distinct_keys: number }>(
          'SELECT count(*) AS n, count(DISTINCT (source_id, external_id)) AS distinct_keys FROM mentions',
        );
        expect(after.rows[0]).toEqual({ n: count, distinct_keys: count });
        const done = await db.query<{ status: string }>('SELECT status FROM job_runs WHERE name = $1', [DEMO_SEED_JOB]);
        expect(done.rows[0]!.status).toBe('done');
      } finally {
        await db.close();
      }
    } finally {
      await cleanup();
    }
  }, 240_000);
});
