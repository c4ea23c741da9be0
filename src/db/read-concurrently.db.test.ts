/** Concurrent reads on a pool; one after another on PGlite and inside a transaction (one connection). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../test/helpers/test-db.js';
import type { Queryable } from './db.js';
import { readConcurrently } from './read-concurrently.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => t?.close());

/** Two reads where the first finishes only once the second has: the order they ran in. */
async function overlap(db: Queryable): Promise<string[]> {
  const log: string[] = [];
  let ended!: () => void;
  const secondEnded = new Promise<void>((resolve) => (ended = resolve));
  const [a, b] = await readConcurrently(db, [
    async () => {
      log.push('a starts');
      // Waits for the second read at most briefly: run one after another, it never comes.
      await Promise.race([secondEnded, new Promise((resolve) => setTimeout(resolve, 50))]);
      const { rows } = await db.query<{ n: number }>('SELECT 1 AS n');
      log.push('a ends');
      return rows[0]!.n;
    },
    async () => {
      log.push('b starts');
      const { rows } = await db.query<{ s: string }>(`SELECT 'b' AS s`);
      log.push('b ends');
      ended();
      return rows[0]!.s;
    },
  ] as const);
  expect([a, b]).toEqual([1, 'b']);
  return log;
}

describe('readConcurrently', () => {
  it('starts every read at once on a PostgreSQL pool, and one after another otherwise', async () => {
    const sequential = ['a starts', 'a ends', 'b starts', 'b ends'];
    expect(await overlap(t.db)).toEqual(t.db.kind === 'postgres' ? ['a starts', 'b starts', 'b ends', 'a ends'] : sequential);
    // A transaction is one connection even on PostgreSQL.
    expect(await t.db.transaction((tx) => overlap(tx))).toEqual(sequential);
  });

  it('rejects when a read fails', async () => {
    await expect(readConcurrently(t.db, [async () => 1, () => t.db.query('SELECT * FROM no_such_table')] as const)).rejects.toThrow(/no_such_table/);
  });
});
