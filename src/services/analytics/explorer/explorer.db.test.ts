/** The mentions explorer: filters and the query language compiled to SQL, keyset paging, CSV export. */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMentions, insertMentions, insertTestAgency, type GeneratedMention } from '../../../../test/helpers/analytics-data.js';
import { openTestDb, type TestDatabase } from '../../../../test/helpers/test-db.js';
import type { AgencyScope } from '../../../security/permissions/agency-scope.js';
import { ZExplorerQuery, resolveExplorerQuery } from './explorer-request.js';
import { exportMentionsCsv } from './export-mentions-csv.js';
import { findMentions } from './find-mentions.js';

const END = new Date('2026-11-27T10:00:00Z');
let t: TestDatabase;
let agencyA: number;
let agencyB: number;
const national: AgencyScope = { all: true };

beforeAll(async () => {
  t = await openTestDb();
  agencyA = await insertTestAgency(t.db, 'prov-a');
  agencyB = await insertTestAgency(t.db, 'prov-b');
  await t.db.query(`INSERT INTO issues (key, label) VALUES ('isu-x', 'Isu X')`);
  const issueX = Number((await t.db.query<{ id: number }>(`SELECT id FROM issues WHERE key = 'isu-x'`)).rows[0]!.id);
  const mentions: GeneratedMention[] = generateMentions({ count: 600, end: END, days: 20, agencyIds: [agencyA, agencyB], issueIds: [issueX, null], seed: 5 });
  // Ties on published_at and reach, to prove paging neither skips nor repeats rows.
  for (let i = 0; i < 30; i++) mentions.push({ ...mentions[0]!, publishedAt: new Date('2026-11-20T00:00:00Z'), reach: 1234, text: `kembar ${i}` });
  mentions.push(
    { ...mentions[1]!, publishedAt: new Date('2026-11-25T00:00:00Z'), text: '=HYPERLINK("http://jahat.example","klik") bansos belum cair', authorHandle: '@penyerang' },
    { ...mentions[1]!, publishedAt: new Date('2026-11-25T01:00:00Z'), text: 'bantuan cair belum semua', authorHandle: 'warga1' },
  );
  await insertMentions(t.db, mentions);
});
afterAll(async () => t?.close());

async function search(query: Record<string, string>, scope: AgencyScope = national) {
  return resolveExplorerQuery(t.db, scope, ZExplorerQuery.parse({ from: '2026-11-01', to: '2026-11-27', ...query }), END);
}

async function ids(query: Record<string, string>, scope?: AgencyScope): Promise<number[]> {
  const all: number[] = [];
  let cursor: string | null = null;
  do {
    const page = await findMentions(t.db, await search({ ...query, limit: '200', ...(cursor ? { cursor } : {}) }, scope));
    all.push(...page.items.map((m) => m.id));
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

async function rawIds(where: string, params: unknown[] = []): Promise<number[]> {
  const { rows } = await t.db.query<{ id: number }>(
    `SELECT id FROM mentions WHERE published_at >= '2026-10-31T17:00:00Z' AND published_at < '2026-11-27T17:00:00Z' AND (${where}) ORDER BY published_at DESC, id DESC`,
    params,
  );
  return rows.map((r) => Number(r.id));
}

describe('mentions explorer', () => {
  it('compiles field filters, boolean operators and negation to the same rows as hand-written SQL', async () => {
    expect(await ids({ q: 'platform:x sentimen:negatif wilayah:jawa-barat' })).toEqual(await rawIds(`platform = 'x' AND sentiment = 'negative' AND province_code = '32'`));
    expect(await ids({ q: '(platform:tiktok OR platform:instagram) -sentimen:positif' })).toEqual(
      await rawIds(`platform IN ('tiktok', 'instagram') AND sentiment IS DISTINCT FROM 'positive'`),
    );
    expect(await ids({ q: 'isu:isu-x bahasa:jv tipe:warga' })).toEqual(await rawIds(`issue_id IS NOT NULL AND language = 'jv' AND author_type = 'citizen'`));
    expect(await ids({ q: 'tagar:#bansoscair instansi:prov-b' })).toEqual(await rawIds(`'bansoscair' = ANY(hashtags) AND agency_id = $1`, [agencyB]));
    expect(await ids({ q: 'wilayah:kota-bandung', platform: 'news' })).toEqual(await rawIds(`region_code = '32.73' AND platform = 'news'`));
  });

  it('matches words and exact phrases with full-text search', async () => {
    const words = await ids({ q: 'cair belum' });
    const phrase = await ids({ q: '"belum cair"' });
    expect(words.length).toBeGreaterThan(phrase.length);
    expect(phrase).toHaveLength(1);
    expect(await ids({ q: 'akun:penyerang' })).toEqual(phrase);
    expect(await ids({ q: 'beras AND NOT naik' })).toEqual(await rawIds(`text ~ '\\mberas\\M' AND text !~ '\\mnaik\\M'`));
  });

  it('pages by cursor in every sort order without skipping or repeating rows, ties included', async () => {
    for (const sort of ['time', 'reach', 'engagement'] as const) {
      const paged: number[] = [];
      let cursor: string | null = null;
      do {
        const page = await findMentions(t.db, await search({ sort, limit: '37', ...(cursor ? { cursor } : {}) }));
        paged.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
      } while (cursor);
      const order = sort === 'time' ? 'published_at DESC, id DESC' : `${sort} DESC, published_at DESC, id DESC`;
      const { rows } = await t.db.query<{ id: number }>(
        `SELECT id FROM mentions WHERE published_at >= '2026-10-31T17:00:00Z' AND published_at < '2026-11-27T17:00:00Z' ORDER BY ${order}`,
      );
      expect(paged).toEqual(rows.map((r) => Number(r.id)));
    }
    const first = await findMentions(t.db, await search({ sort: 'reach', limit: '5' }));
    await expect(search({ sort: 'time', cursor: first.nextCursor! })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(search({ cursor: 'bukan-kursor' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('keeps an agency-scoped caller to their agency', async () => {
    const scopeA: AgencyScope = { all: false, agencyIds: new Set([agencyA]) };
    expect(await ids({ q: 'bansos OR beras' }, scopeA)).toEqual(await rawIds(`agency_id = $1 AND (text ~ '\\mbansos\\M' OR text ~ '\\mberas\\M')`, [agencyA]));
    await expect(search({ agency: String(agencyB) }, scopeA)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('answers a malformed query with a 400 naming the position', async () => {
    await expect(search({ q: 'bansos AND (cair' })).rejects.toMatchObject({ code: 'validation_failed', message: expect.stringContaining('position 11') });
    await expect(search({ q: 'wilayah:atlantis' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('exports every matching row as injection-safe CSV', async () => {
    const q = await search({ q: 'cair', sort: 'reach' });
    let csv = '';
    for await (const chunk of exportMentionsCsv(t.db, q)) csv += chunk;
    const rows = parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => Number(r.id))).toEqual((await findMentions(t.db, { ...q, limit: 1000 })).items.map((m) => m.id));
    const attack = rows.find((r) => r.text!.includes('HYPERLINK'))!;
    expect(attack.text!.startsWith("'=")).toBe(true);
    expect(attack.author_handle).toBe("'@penyerang");
    for (const r of rows) for (const cell of Object.values(r)) expect(/^[=+\-@]/.test(cell)).toBe(false);
  });
});
