import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../test/helpers/test-db.js';
import { migrate, readMigrations } from './migrate.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => {
  await t?.close();
});

describe('database port', () => {
  it('returns the same JavaScript types on both backends', async () => {
    const { rows } = await t.db.query<Record<string, unknown>>(
      `SELECT 9007199254740991::int8 AS big, 12.5::numeric AS num, '2026-11-27'::date AS day,
              '2026-11-27T01:02:03Z'::timestamptz AS ts, ARRAY[1, 2]::int8[] AS ids, '{"a":1}'::jsonb AS doc,
              count(*) AS n FROM (VALUES (1), (2)) v(x)`,
    );
    expect(rows[0]).toEqual({
      big: 9007199254740991,
      num: 12.5,
      day: '2026-11-27',
      ts: new Date('2026-11-27T01:02:03Z'),
      ids: [1, 2],
      doc: { a: 1 },
      n: 2,
    });
  });

  it('rolls a transaction back entirely when it throws', async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.query("INSERT INTO sources (kind, platform, name) VALUES ('rss', 'news', 'rollback-probe')");
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await t.db.query("SELECT count(*) AS n FROM sources WHERE name = 'rollback-probe'");
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('copies rows with tabs, newlines, backslashes, nulls and arrays intact', async () => {
    const src = await t.db.query<{ id: number }>(
      "INSERT INTO sources (kind, platform, name) VALUES ('jsonl', 'x', 'copy-probe') RETURNING id",
    );
    const sourceId = src.rows[0]!.id;
    const text = 'baris\tsatu\nbaris dua \\ "kutip" 😀';
    await t.db.copyRows(
      'mentions',
      ['published_at', 'source_id', 'external_id', 'platform', 'text', 'hashtags', 'views'],
      [
        [new Date('2026-11-01T00:00:00Z'), sourceId, 'a', 'x', text, ['bansos', 'a"b', 'c\\d'], null],
        [new Date('2026-11-02T00:00:00Z'), sourceId, 'b', 'x', '', [], 5],
      ],
    );
    const { rows } = await t.db.query<{ text: string; hashtags: string[]; views: number | null }>(
      'SELECT text, hashtags, views FROM mentions WHERE source_id = $1 ORDER BY external_id',
      [sourceId],
    );
    expect(rows).toEqual([
      { text, hashtags: ['bansos', 'a"b', 'c\\d'], views: null },
      { text: '', hashtags: [], views: 5 },
    ]);
  });

  it('applies nothing twice: migrating an up-to-date database is a no-op', async () => {
    const result = await migrate(t.db);
    expect(result.applied).toEqual([]);
    expect(result.total).toBe(readMigrations().length);
  });

  it('refuses to start when an applied migration file was edited', async () => {
    const [first, ...rest] = readMigrations();
    const edited = { ...first!, sql: `${first!.sql}\n-- edited`, checksum: 'different' };
    await expect(migrate(t.db, [edited, ...rest])).rejects.toThrow(/was changed after it was applied/);
  });

  it('indexes Indonesian full text with the indonesian configuration', async () => {
    const { rows } = await t.db.query<{ v: string }>("SELECT to_tsvector('indonesian', 'pemerintahan kota')::text AS v");
    expect(rows[0]!.v).toContain("'perintah'");
  });
});
