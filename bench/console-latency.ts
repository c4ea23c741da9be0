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
import type { AgencyScope } from '../src/security/permissions/agency-scope.js';
import { resolveFilters } from '../src/services/analytics/analytics-request.js';
import { ZExplorerQuery, resolveExplorerQuery } from '../src/services/analytics/explorer/explorer-request.js';
import { findMentions } from '../src/services/analytics/explorer/find-mentions.js';
import { getOverview } from '../src/services/analytics/get-overview.js';
import { BENCH_END, generateConsoleMentions as generate } from './lib/console-data.js';
import { openBenchPglite, openBenchPostgres, printTable, type BenchDb } from './lib/bench-db.js';

const SIZES = (process.env.BENCH_SIZES ?? '1000000').split(',').map(Number);
const BACKENDS = (process.env.BENCH_BACKENDS ?? 'postgres,pglite').split(',');
const PGLITE_MAX = Number(process.env.BENCH_PGLITE_MAX ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const NAIVE_RUNS = Number(process.env.BENCH_NAIVE_RUNS ?? 5);
const END = BENCH_END;

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
