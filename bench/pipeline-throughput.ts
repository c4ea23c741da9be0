/**
 * End-to-end listening pipeline throughput: generated demo items are queued
 * (enqueueRawMentions), then drained by the worker (normalize → protect → enrich → exact and
 * near de-duplication → store → roll up, one transaction per batch), on PGlite and on
 * PostgreSQL, with the share of time per stage and, as a baseline, a raw COPY of the same rows.
 * Also prints the CPU time per mention spent in Node and (local server) in PostgreSQL, which
 * — unlike mentions/s — does not depend on what else the shared machine is running.
 * Usage: node bin/run-ts.js bench/pipeline-throughput.ts [--items N] [--enricher nlp|none]
 *   [--only pglite|postgres] [--batch-size N] [--concurrency N] [--order generated|time] [--processes N]
 *
 * `--processes N` (PostgreSQL): N − 1 `humas pipeline run` processes drain the same queue beside
 * the bench's own worker, as several worker processes share one server in production. Their
 * start-up (loading the code and the NLP models) counts in the drain time; their CPU time is
 * read from /proc while they run (the last sample before each exits, so a little is missed).
 *
 * The generated items' times are spread over 30 days in no order, like a backfill of history
 * (the default). `--order time` queues them oldest first, like a live stream, where each batch
 * falls into few hours and days, so its rollup rows mostly update rows earlier batches made.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { upsertSource } from '../src/db/queries/sources/upsert-source.js';
import { generateDemoMentions } from '../src/demo/generate-demo-mentions.js';
import { computeEngagement, computeReach } from '../src/domain/metrics.js';
import { createAnalyzer } from '../src/nlp/create-analyzer.js';
import { createAnalyzerEnricher } from '../src/pipeline/enrich/analyzer-enricher.js';
import { unscoredEnricher } from '../src/pipeline/enrich/enricher.js';
import { enqueueRawMentions } from '../src/pipeline/enqueue-raw-mentions.js';
import { createPipelineWorker } from '../src/pipeline/worker/pipeline-worker.js';
import { StageClock } from '../src/pipeline/worker/stage-clock.js';
import { openBenchPglite, openBenchPostgres, printTable, type BenchDb } from './lib/bench-db.js';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ITEMS = Number(arg('--items') ?? 200_000);
// The target is end to end with enrichment, so the NLP analyzer runs unless asked otherwise.
const ENRICHER = arg('--enricher') ?? 'nlp';
const BATCH_SIZE = arg('--batch-size') ? Number(arg('--batch-size')) : undefined;
const CONCURRENCY = Number(arg('--concurrency') ?? 2);
const ONLY = arg('--only');
const PROCESSES = Number(arg('--processes') ?? 1);
const enricher = ENRICHER === 'nlp' ? createAnalyzerEnricher(createAnalyzer()) : unscoredEnricher;

const ORDER = arg('--order') ?? 'generated';
const items = [...generateDemoMentions({ count: ITEMS, end: new Date('2026-11-28T00:00:00Z') })].map((d) => d.item);
if (ORDER === 'time') items.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
process.stdout.write(
  `pipeline throughput: ${ITEMS.toLocaleString('en-US')} generated demo items (${ORDER === 'time' ? 'queued oldest first, like a live stream' : 'times over 30 days in no order, like a backfill'}); enrichment: ${
    ENRICHER === 'nlp' ? 'NLP analyzer (src/nlp createAnalyzer)' : "placeholder 'unscoredEnricher' (no language/sentiment model runs)"
  }\n`,
);

async function copyBaseline(b: BenchDb): Promise<number> {
  const sourceId = await upsertSource(b.db, { kind: 'bench', platform: 'x', name: 'copy baseline' });
  const started = performance.now();
  for (let i = 0; i < items.length; i += 5000) {
    const chunk = items.slice(i, i + 5000);
    await b.db.copyRows(
      'mentions',
      ['published_at', 'source_id', 'external_id', 'platform', 'url', 'author_handle', 'author_name', 'author_type', 'author_followers', 'text', 'likes', 'replies', 'shares', 'views', 'reach', 'engagement'],
      chunk.map((m) => [m.publishedAt, sourceId, m.externalId, m.platform, m.url, m.author.handle, m.author.name, m.author.type, m.author.followers, m.text, m.metrics.likes, m.metrics.replies, m.metrics.shares, m.metrics.views, computeReach(m), computeEngagement(m)]),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  await b.db.query('DELETE FROM mentions WHERE source_id = $1', [sourceId]);
  return items.length / seconds;
}

/** CPU time (µs) used so far by the PostgreSQL backends serving this database (local server only). */
async function postgresCpuMicros(b: BenchDb): Promise<number | null> {
  if (b.name !== 'PostgreSQL') return null;
  const { rows } = await b.db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  let total = 0;
  for (const { pid } of rows) {
    const us = processCpuMicros(pid);
    if (us === null) return null;
    total += us;
  }
  return total;
}

/** CPU time (µs) of a process so far, from /proc (null once it has exited). */
function processCpuMicros(pid: number): number | null {
  try {
    // Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks (100 per second).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return null;
  }
}

/** Starts `humas pipeline run` processes on the database; resolves with their CPU time (µs) once all have exited. */
function runWorkerProcesses(url: string, count: number): Promise<number> {
  const humas = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'humas.js');
  const args = ['pipeline', 'run', '--concurrency', String(CONCURRENCY), ...(BATCH_SIZE ? ['--batch-size', String(BATCH_SIZE)] : [])];
  const children: ChildProcess[] = Array.from({ length: count }, () =>
    spawn(process.execPath, [humas, ...args], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' }, stdio: ['ignore', 'ignore', 'inherit'] }),
  );
  const lastCpu = new Map<number, number>();
  const sample = setInterval(() => {
    for (const c of children) {
      const us = c.pid === undefined ? null : processCpuMicros(c.pid);
      if (us !== null) lastCpu.set(c.pid!, us);
    }
  }, 100);
  return Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve, reject) =>
          c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`humas pipeline run exited with ${code}`)))),
        ),
    ),
  )
    .then(() => [...lastCpu.values()].reduce((a, b) => a + b, 0))
    .finally(() => clearInterval(sample));
}

const STAGES = ['claim', 'normalize', 'protect', 'signals', 'enrich', 'issue', 'minhash', 'dedupe-exact', 'cluster-find', 'cluster-plan', 'cluster-write', 'store', 'rollup'] as const;
const summary: (string | number)[][] = [];
const cpu: (string | number)[][] = [];
const shares: (string | number)[][] = [];
for (const open of [openBenchPglite, openBenchPostgres]) {
  if (ONLY && !(open === openBenchPglite ? 'pglite' : 'postgres').startsWith(ONLY)) continue;
  const b = await open();
  try {
    const copyRate = await copyBaseline(b);
    const sourceId = await upsertSource(b.db, { kind: 'bench', platform: 'x', name: 'pipeline' });
    const clock = new StageClock();
    const worker = createPipelineWorker(b.db, { enricher, clock, concurrency: CONCURRENCY, ...(BATCH_SIZE ? { batchSize: BATCH_SIZE } : {}) });
    const load = os.loadavg()[0]!;
    const nodeCpu0 = process.cpuUsage();
    const pgCpu0 = await postgresCpuMicros(b);
    const t0 = performance.now();
    for (let i = 0; i < items.length; i += 5000) await enqueueRawMentions(b.db, sourceId, items.slice(i, i + 5000));
    const t1 = performance.now();
    const others = PROCESSES > 1 && b.url ? runWorkerProcesses(b.url, PROCESSES - 1) : Promise.resolve(0);
    const [totals, otherCpu] = await Promise.all([worker.drain(), others]);
    const t2 = performance.now();
    const { rows: storedRows } = await b.db.query<{ n: number }>('SELECT count(*)::int AS n FROM mentions');
    if (storedRows[0]!.n !== items.length) throw new Error(`stored ${storedRows[0]!.n} mentions of ${items.length}`);
    const pgCpu1 = await postgresCpuMicros(b);
    const nodeCpu = process.cpuUsage(nodeCpu0);
    const endToEnd = items.length / ((t2 - t0) / 1000);
    summary.push([
      b.name, storedRows[0]!.n, ((t1 - t0) / 1000).toFixed(1), ((t2 - t1) / 1000).toFixed(1), Math.round(endToEnd), Math.round(items.length / ((t2 - t1) / 1000)),
      Math.round(copyRate), `${(endToEnd / copyRate).toFixed(2)}x`, load.toFixed(1),
    ]);
    const nodeUs = (nodeCpu.user + nodeCpu.system + otherCpu) / items.length;
    const pgUs = pgCpu0 !== null && pgCpu1 !== null ? (pgCpu1 - pgCpu0) / items.length : null;
    cpu.push([
      b.name, nodeUs.toFixed(1), pgUs === null ? 'n/a (in process)' : PROCESSES > 1 ? 'n/a (other processes’ connections are gone)' : pgUs.toFixed(1),
      `${(100 * worker.textCacheHitRate()).toFixed(1)}%`,
    ]);
    const enqueueMs = t1 - t0;
    const stageTotal = [...clock.totals.values()].reduce((sum, v) => sum + v, 0) + enqueueMs;
    const row: (string | number)[] = [b.name, `${((100 * enqueueMs) / stageTotal).toFixed(1)}%`];
    for (const stage of STAGES) row.push(`${((100 * (clock.totals.get(stage) ?? 0)) / stageTotal).toFixed(1)}%`);
    shares.push(row);
  } finally {
    await b.close();
  }
}

printTable(
  `End to end (enqueue + drain), mentions/s; batch size ${BATCH_SIZE ?? 'default'}, ${CONCURRENCY} batch(es) in flight${PROCESSES > 1 ? ` per process, ${PROCESSES} worker processes (PostgreSQL)` : ''}`,
  ['backend', 'stored', 'enqueue s', 'drain s', 'end-to-end/s', 'drain only/s', 'raw COPY/s', 'vs COPY', 'load avg'],
  summary,
);
printTable(
  `CPU per mention, enqueue + drain (µs${PROCESSES > 1 ? ', all worker processes' : ''}; the machine has 2 cores shared by every process on it)`,
  ['backend', 'node µs', 'postgres µs', 'text cache hits'],
  cpu,
);
printTable(
  `Share of time per stage (sum of per-batch timings${CONCURRENCY > 1 ? '; batches overlap, so waits for the write lock count under claim' : ''})`,
  ['backend', 'enqueue', ...STAGES],
  shares,
);
