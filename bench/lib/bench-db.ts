/** Fresh, migrated databases for benchmarks: in-memory PGlite and a throwaway PostgreSQL database. */
import pg from 'pg';
import type { Db } from '../../src/db/db.js';
import { migrate } from '../../src/db/migrate.js';
import { openPgliteDb } from '../../src/db/pglite-db.js';
import { openPostgresDb } from '../../src/db/postgres-db.js';

export const BENCH_PG_URL = process.env.HUMAS_BENCH_PG_URL ?? process.env.HUMAS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDb {
  name: 'PGlite' | 'PostgreSQL';
  db: Db;
  /** PostgreSQL: the database's URL, for worker processes the bench starts. */
  url?: string;
  close(): Promise<void>;
}

export async function openBenchPglite(): Promise<BenchDb> {
  const db = await openPgliteDb();
  await migrate(db);
  return { name: 'PGlite', db, close: () => db.close() };
}

export async function openBenchPostgres(poolMax = 4): Promise<BenchDb> {
  const name = `humas_bench_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: BENCH_PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(BENCH_PG_URL);
  url.pathname = `/${name}`;
  const db = await openPostgresDb({ url: url.toString(), poolMax });
  await migrate(db);
  return {
    name: 'PostgreSQL',
    db,
    url: url.toString(),
    close: async () => {
      await db.close();
      const again = new pg.Client({ connectionString: BENCH_PG_URL });
      await again.connect();
      await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await again.end();
    },
  };
}

/** Prints rows as an aligned text table. */
export function printTable(title: string, headers: string[], rows: (string | number)[][]): void {
  const cells = [headers, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: (string | number)[]) => r.map((c, i) => String(c).padEnd(widths[i]!)).join('  ');
  process.stdout.write(`\n${title}\n${line(headers)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`);
  for (const r of cells.slice(1)) process.stdout.write(`${line(r)}\n`);
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
