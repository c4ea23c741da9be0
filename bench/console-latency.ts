/**
 * Console latency: the 30-day overview (every figure the dashboard shows, read from rollups)
 * and the mentions explorer (first page, keyset), against the naive way — the same figures
 * aggregated from raw mentions — in the same run, on generated data.
 *
 * Data: N mentions over 60 days (so the previous period is full too), written straight with
 * generate_series (not through the pipeline), with correlated dimensions (an agency's mentions
 * mostly come from its province, its issues are its own, account type follows platform; reach
 * is the account's, heavy-tailed), then rollups rebuilt from the table. Big databases are dropped at the end.
 *
 * Env: BENCH_SIZES (default "1000000": a full `npm run bench` stays within minutes; 10M takes
 * ~40 min to generate on a 2-core machine, so it runs only when asked, e.g.
 * BENCH_SIZES=1000000,10000000), BENCH_BACKENDS (default "postgres,pglite"; PGlite runs only
 * sizes ≤ BENCH_PGLITE_MAX, default 1000000), BENCH_RUNS (default 15), BENCH_NAIVE_RUNS
 * (default 5), BENCH_EXPLAIN (a query tag, e.g. listTopAccounts: prints its plan in the profiled call).
 * Usage: BENCH_SIZES=10000000 BENCH_BACKENDS=postgres node bin/run-ts.js bench/console-latency.ts
 */
import os from 'node:os';
import type { Db } from '../src/db/db.js';
import { rebuildRollups } from '../src/db/queries/pipeline/rebuild-rollups.js';
import type { AgencyScope } from '../src/security/permissions/agency-scope.js';
import { resolveFilters } from '../src/services/analytics/analytics-request.js';
import { ZExplorerQuery, resolveExplorerQuery } from '../src/services/analytics/explorer/explorer-request.js';
import { findMentions } from '../src/services/analytics/explorer/find-mentions.js';
import { getOverview } from '../src/services/analytics/get-overview.js';
import { openBenchPglite, openBenchPostgres, printTable, type BenchDb } from './lib/bench-db.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000000').split(',').map(Number);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',');
const PGLITE_MAX = Number(process.env.BENCH_PGLITE_MAX ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 5);
const END = new Date('2026-11-28T00:00:00Z');
const DAYS = 60;
const AGENCIES = 50;
const ISSUES = 30;
const CHUNK = 500_000;
const PROVINCES = ['11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36', '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82', '91', '92', '93', '94', '95', '96'];
const WORDS = ['bansos', 'cair', 'belum', 'jalan', 'rusak', 'banjir', 'harga', 'beras', 'naik', 'vaksin', 'sekolah', 'zonasi', 'listrik', 'padam', 'bbm', 'subsidi', 'antre', 'rumah', 'sakit', 'bpjs', 'pelayanan', 'lambat', 'mantap', 'terima', 'kasih', 'pak', 'bu', 'warga', 'desa', 'kota'];

async function generate(db: Db, count: number, log: (s: string) => void): Promise<void> {
  const agencyIds: number[] = [];
  for (let i = 1; i <= AGENCIES; i++) {
    const { rows } = await db.query<{ id: number }>(
      `INSERT INTO agencies (code, slug, name, abbreviation, level, kind) VALUES ($1, $1, $2, $3, 'province', 'regional_government') RETURNING id`,
      [`bench-${i}`, `Instansi ${i}`, `I${i}`],
    );
    agencyIds.push(Number(rows[0]!.id));
  }
  const issueIds: number[] = [];
  for (let i = 1; i <= ISSUES; i++) {
    const { rows } = await db.query<{ id: number }>(`INSERT INTO issues (key, label) VALUES ($1, $2) RETURNING id`, [`isu-${i}`, `Isu ${i}`]);
    issueIds.push(Number(rows[0]!.id));
  }
  const source = Number((await db.query<{ id: number }>(`INSERT INTO sources (kind, platform, name) VALUES ('bench', 'web', 'bench') RETURNING id`)).rows[0]!.id);
  // Bulk load without secondary indexes, then build them once (much faster than maintaining them row by row).
  const { rows: indexes } = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'mentions' AND indexname NOT LIKE '%pkey'`,
  );
  for (const ix of indexes) await db.query(`DROP INDEX ${ix.indexname}`);
  const started = performance.now();
  for (let from = 1; from <= count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK - 1);
    await db.query(
      `INSERT INTO mentions (published_at, source_id, external_id, platform, author_handle, author_type, author_followers, text, language,
                             likes, replies, shares, reach, engagement, agency_id, issue_id, region_code, province_code, sentiment)
       SELECT published_at, $3, 'b' || g, platform, 'akun' || account,
              CASE WHEN platform = 'news' THEN 'media' WHEN account < 300 THEN 'influencer' WHEN r5 < 0.03 THEN 'government' ELSE 'citizen' END,
              reach, text, language, engagement, 0, 0, reach, engagement, agency, issue,
              CASE WHEN province = home AND r5 < 0.5 THEN home || '.' || lpad((1 + agency_ix % 9)::text, 2, '0') END, province, sentiment
         FROM (
           SELECT g, r5, agency_ix, account, ($4::bigint[])[agency_ix + 1] AS agency,
                  CASE WHEN agency_ix IS NULL THEN NULL ELSE ($5::text[])[1 + agency_ix % 38] END AS home,
                  CASE WHEN r3 < 0.6 AND agency_ix IS NOT NULL THEN ($5::text[])[1 + agency_ix % 38] WHEN r3 < 0.85 THEN ($5::text[])[1 + floor(r4 * 38)::int] END AS province,
                  CASE WHEN r6 < 0.4 THEN NULL ELSE ($6::bigint[])[1 + (coalesce(agency_ix, floor(r6 * 1000)::int) * 3 + floor(r6 * 3)::int) % ${ISSUES}] END AS issue,
                  CASE WHEN r7 < 0.30 THEN 'x' WHEN r7 < 0.50 THEN 'facebook' WHEN r7 < 0.65 THEN 'instagram' WHEN r7 < 0.77 THEN 'tiktok'
                       WHEN r7 < 0.87 THEN 'news' WHEN r7 < 0.93 THEN 'youtube' WHEN r7 < 0.97 THEN 'portal' ELSE 'web' END AS platform,
                  CASE WHEN r8 < 0.2 THEN 'positive' WHEN r8 < 0.58 THEN 'neutral' WHEN r8 < 0.96 THEN 'negative' END AS sentiment,
                  CASE WHEN r9 < 0.9 THEN 'id' WHEN r9 < 0.93 THEN 'en' WHEN r9 < 0.95 THEN 'ms' WHEN r9 < 0.97 THEN 'jv' WHEN r9 < 0.985 THEN 'su' ELSE 'unknown' END AS language,
                  $1::timestamptz - (random() * $2::double precision) * interval '1 second' AS published_at,
                  floor(3000000 / power(account + 1, 1.1) * (0.5 + random()))::bigint AS reach, floor(random() * 500)::bigint AS engagement,
                  ($7::text[])[1 + floor(random() * 30)::int] || ' ' || ($7::text[])[1 + floor(random() * 30)::int] || ' ' || ($7::text[])[1 + floor(random() * 30)::int] || ' '
                    || ($7::text[])[1 + floor(random() * 30)::int] || ' ' || ($7::text[])[1 + floor(random() * 30)::int] || ' nomor ' || g AS text
             FROM (SELECT g, CASE WHEN random() < 0.3 THEN NULL ELSE floor(random() * ${AGENCIES})::int END AS agency_ix,
                          -- Accounts: a few post a lot and reach many (Zipf-like), most post rarely to few.
                          floor(power(random(), 2) * 50000)::int AS account, random() AS r3, random() AS r4, random() AS r5, random() AS r6, random() AS r7, random() AS r8, random() AS r9
                     FROM generate_series($8::bigint, $9::bigint) g) s
         ) m`,
      [END, DAYS * 86400, source, agencyIds, PROVINCES, issueIds, WORDS, from, to],
    );
    log(`  ${to.toLocaleString('en-US')} mentions (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  for (const ix of indexes) await db.query(ix.indexdef);
  log(`  indexes rebuilt (${Math.round((performance.now() - started) / 1000)} s)`);
  await db.transaction((tx) => rebuildRollups(tx));
  await db.query('ANALYZE');
  const counts = await db.query<{ h: number; d: number; a: number }>(
    'SELECT (SELECT count(*) FROM mention_rollups_hourly) AS h, (SELECT count(*) FROM mention_rollups_daily) AS d, (SELECT count(*) FROM mention_author_rollups_daily) AS a',
  );
  log(`  rollups rebuilt (${Math.round((performance.now() - started) / 1000)} s): ${JSON.stringify(counts.rows[0])}`);
}

/** The same figures the overview shows, aggregated from raw mentions (what a dashboard without rollups does). */
async function naiveOverview(db: Db, from: Date, to: Date, agencyIds: number[] | null, platform?: string): Promise<void> {
  const prevFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  const where = `published_at >= $1 AND published_at < $2 AND ($3::bigint[] IS NULL OR agency_id = ANY($3::bigint[]))${platform ? ` AND platform = '${platform}'` : ''}`;
  const totals = `count(*), sum(reach), sum(engagement), count(*) FILTER (WHERE sentiment = 'positive'), count(*) FILTER (WHERE sentiment = 'neutral'), count(*) FILTER (WHERE sentiment = 'negative')`;
  const run = (sql: string, range: [Date, Date] = [from, to]) => db.query(sql, [range[0], range[1], agencyIds]);
  await run(`SELECT ${totals} FROM mentions WHERE ${where}`);
  await run(`SELECT ${totals} FROM mentions WHERE ${where}`, [prevFrom, from]);
  await run(`SELECT date_trunc('day', published_at + interval '7 hours'), ${totals} FROM mentions WHERE ${where} GROUP BY 1`);
  for (const dim of ['platform', 'province_code', 'region_code', 'language', 'author_type', 'agency_id', 'issue_id']) {
    await run(`SELECT ${dim}, ${totals} FROM mentions WHERE ${where} GROUP BY 1 ORDER BY 2 DESC LIMIT 40`);
  }
  await run(`SELECT issue_id, count(*) FROM mentions WHERE ${where} GROUP BY 1`, [prevFrom, from]);
  await run(`SELECT issue_id, floor(extract(epoch FROM published_at) / 10800), count(*) FROM mentions WHERE ${where} AND issue_id IS NOT NULL GROUP BY 1, 2`, [new Date(from.getTime() - 2 * 86_400_000), to]);
  await run(`SELECT platform, author_handle, sum(reach) FROM mentions WHERE ${where} AND platform <> 'news' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10`);
  await run(`SELECT platform, author_handle, sum(reach) FROM mentions WHERE ${where} AND platform = 'news' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 10`);
}

/** Time spent per tagged query (the name comment every query starts with) during one call. */
async function profile(db: Db, fn: (db: Db) => Promise<unknown>): Promise<string> {
  const spent = new Map<string, number>();
  const traced: Db = Object.assign(Object.create(db) as Db, {
    async query(text: string, params?: readonly unknown[]) {
      const t0 = performance.now();
      try {
        return await db.query(text, params);
      } finally {
        const name = /\/\* (\w+) \*\//.exec(text)?.[1] ?? 'other';
        spent.set(name, (spent.get(name) ?? 0) + performance.now() - t0);
        if (process.env.BENCH_EXPLAIN && name === process.env.BENCH_EXPLAIN) {
          const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, params);
          process.stdout.write(`${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`);
        }
      }
    },
  });
  await fn(traced);
  return [...spent].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(runs: number, fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await fn(); // warm-up (plans, caches)
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

const rows: (string | number)[][] = [];
const log = (s: string) => process.stdout.write(`${s}\n`);

for (const backend of BACKENDS) {
  for (const size of SIZES) {
    if (backend === 'pglite' && size > PGLITE_MAX) continue;
    log(`${backend}, ${size.toLocaleString('en-US')} mentions: generating`);
    const target: BenchDb = backend === 'pglite' ? await openBenchPglite() : await openBenchPostgres();
    try {
      await generate(target.db, size, log);
      const db = target.db;
      const national: AgencyScope = { all: true };
      const firstAgencies = (await db.query<{ id: number }>(`SELECT id FROM agencies ORDER BY id LIMIT 3`)).rows.map((r) => Number(r.id));
      const agency: AgencyScope = { all: false, agencyIds: new Set(firstAgencies) };
      const cases = [['national', national, {}], ['3 agencies', agency, {}], ['national, platform:x', national, { platform: 'x' as const }]] as const;
      for (const [label, scope, extra] of cases) {
        const { filter } = await resolveFilters(db, scope, extra, END);
        const fast = await time(RUNS, () => getOverview(db, scope, filter));
        const naive = await time(NAIVE_RUNS, () => naiveOverview(db, filter.from, filter.to, filter.agencyIds ? [...filter.agencyIds] : null, filter.platform));
        log(`  overview ${label}, ms per query: ${await profile(db, (traced) => getOverview(traced, scope, filter))}`);
        rows.push([target.name, size, `overview 30 d, ${label}`, fast.p50, fast.p95, naive.p50, naive.p95, Math.round((naive.p95 / fast.p95) * 10) / 10]);
        log(`  overview ${label}: ${JSON.stringify({ fast, naive })}, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
      }
      const explorerCases: [string, Record<string, string>, string][] = [
        ['explorer: newest, no query', {}, ''],
        ['explorer: bansos sentimen:negatif', { q: 'bansos sentimen:negatif' }, `text ILIKE '%bansos%' AND sentiment = 'negative'`],
        ['explorer: "jalan rusak" by reach', { q: '"jalan rusak"', sort: 'reach' }, `text ILIKE '%jalan rusak%'`],
      ];
      for (const [label, input, naiveWhere] of explorerCases) {
        const q = await resolveExplorerQuery(db, national, ZExplorerQuery.parse({ from: '2026-10-29', to: '2026-11-27', ...input }), END);
        const fast = await time(RUNS, () => findMentions(db, q));
        // Naive: a substring scan instead of the full-text index, same range and order.
        const naive = naiveWhere
          ? await time(NAIVE_RUNS, () =>
              db.query(
                `SELECT * FROM mentions WHERE published_at >= $1 AND published_at < $2 AND ${naiveWhere} ORDER BY ${input.sort === 'reach' ? 'reach DESC, ' : ''}published_at DESC, id DESC LIMIT 51`,
                [q.search.from, q.search.to],
              ),
            )
          : null;
        rows.push([target.name, size, label, fast.p50, fast.p95, naive?.p50 ?? '—', naive?.p95 ?? '—', naive ? Math.round((naive.p95 / fast.p95) * 10) / 10 : '—']);
        log(`  ${label}: ${JSON.stringify({ fast, naive })}`);
      }
    } finally {
      await target.close();
    }
  }
}

printTable(
  'Console latency (ms; p50/p95 over BENCH_RUNS runs after one warm-up; naive = the same figures from raw mentions, or a substring scan for the explorer)',
  ['backend', 'mentions', 'case', 'p50', 'p95', 'naive p50', 'naive p95', 'naive/rollup p95'],
  rows.map((r) => r.map((c) => (typeof c === 'number' && !Number.isInteger(c) ? Math.round(c * 10) / 10 : c))),
);
