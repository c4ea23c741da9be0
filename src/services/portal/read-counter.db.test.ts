import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import type { Db } from '../../db/db.js';
import { createReadCounter } from './read-counter.js';

let t: TestDatabase;
let articleA: number;
let articleB: number;
const silent = { error: () => {} };

beforeAll(async () => {
  t = await openTestDb();
  const agency = await t.db.query<{ id: number }>(`INSERT INTO agencies (code, slug, name, abbreviation, level, kind) VALUES ('x', 'x', 'X', 'X', 'national', 'agency') RETURNING id`);
  const insert = (slug: string) =>
    t.db.query<{ id: number }>(`INSERT INTO articles (agency_id, slug, title, status, published_at) VALUES ($1, $2, $2, 'published', now()) RETURNING id`, [agency.rows[0]!.id, slug]);
  articleA = Number((await insert('a')).rows[0]!.id);
  articleB = Number((await insert('b')).rows[0]!.id);
});
afterAll(async () => t?.close());

async function daily(): Promise<{ article_id: number; day: string; reads: number; share_clicks: number }[]> {
  const { rows } = await t.db.query<{ article_id: number; day: string; reads: number; share_clicks: number }>(
    'SELECT article_id, day, reads, share_clicks FROM article_engagement_daily ORDER BY article_id, day',
  );
  return rows.map((r) => ({ ...r, article_id: Number(r.article_id), reads: Number(r.reads), share_clicks: Number(r.share_clicks) }));
}

describe('read counter', () => {
  it('adds reads per article and WIB day, splitting at WIB midnight, and skips deleted articles', async () => {
    let clock = Date.parse('2026-11-27T16:59:59Z'); // 23:59:59 WIB
    const counter = createReadCounter(t.db, { flushSeconds: 300, logger: silent, now: () => clock });
    counter.countRead(articleA);
    counter.countRead(articleA);
    clock += 2000; // 00:00:01 WIB, the next day
    counter.countRead(articleA);
    counter.countShareClick(articleB);
    counter.countRead(999_999); // an article deleted meanwhile must not fail the flush
    await counter.stop();
    expect(await daily()).toEqual([
      { article_id: articleA, day: '2026-11-27', reads: 2, share_clicks: 0 },
      { article_id: articleA, day: '2026-11-28', reads: 1, share_clicks: 0 },
      { article_id: articleB, day: '2026-11-28', reads: 0, share_clicks: 1 },
    ]);
    const { rows } = await t.db.query<{ read_count: number }>('SELECT read_count FROM articles WHERE id = $1', [articleA]);
    expect(Number(rows[0]!.read_count)).toBe(3);
  });

  it('keeps the deltas of a failed flush and stores them with the next one', async () => {
    // The real database, with its next transaction made to fail (as when the server is unreachable).
    let failNext = true;
    const flaky: Db = Object.assign(Object.create(t.db) as Db, {
      transaction: <T>(fn: Parameters<Db['transaction']>[0]) => {
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('database unavailable'));
        }
        return t.db.transaction(fn) as Promise<T>;
      },
    });
    const counter = createReadCounter(flaky, { flushSeconds: 300, logger: silent, now: () => Date.parse('2026-11-29T05:00:00Z') });
    for (let i = 0; i < 5; i++) counter.countRead(articleB);
    await expect(counter.flush()).rejects.toThrow('database unavailable');
    expect(counter.pending()).toBe(5);
    counter.countRead(articleB);
    await counter.stop();
    expect(counter.pending()).toBe(0);
    expect((await daily()).find((r) => r.article_id === articleB && r.day === '2026-11-29')).toMatchObject({ reads: 6 });
  });
});
