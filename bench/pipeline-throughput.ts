/**
 * End-to-end listening pipeline throughput: generated demo items are queued
 * (enqueueRawMentions), then drained by the worker (normalize → protect → enrich → exact and
 * near de-duplication → store → roll up, one transaction per batch), on PGlite and on
 * PostgreSQL, with the share of time per stage and, as a baseline, a raw COPY of the same rows.
 * Usage: node bin/run-ts.js bench/pipeline-throughput.ts [--items N] [--enricher none|nlp] [--only pglite|postgres]
 */
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
const ENRICHER = arg('--enricher') ?? 'none';
const ONLY = arg('--only');
const enricher = ENRICHER === 'nlp' ? createAnalyzerEnricher(createAnalyzer()) : unscoredEnricher;

const items = [...generateDemoMentions({ count: ITEMS, end: new Date('2026-11-28T00:00:00Z') })].map((d) => d.item);
process.stdout.write(
  `pipeline throughput: ${ITEMS.toLocaleString('en-US')} generated demo items; enrichment: ${
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

const STAGES = ['claim', 'normalize', 'protect', 'signals', 'enrich', 'issue', 'minhash', 'dedupe-exact', 'cluster-find', 'cluster-plan', 'cluster-write', 'store', 'rollup'] as const;
const summary: (string | number)[][] = [];
const shares: (string | number)[][] = [];
for (const open of [openBenchPglite, openBenchPostgres]) {
  const b = await open();
  if (ONLY && !b.name.toLowerCase().startsWith(ONLY)) {
    await b.close();
    continue;
  }
  try {
    const copyRate = await copyBaseline(b);
    const sourceId = await upsertSource(b.db, { kind: 'bench', platform: 'x', name: 'pipeline' });
    const clock = new StageClock();
    const t0 = performance.now();
    for (let i = 0; i < items.length; i += 5000) await enqueueRawMentions(b.db, sourceId, items.slice(i, i + 5000));
    const t1 = performance.now();
    const totals = await createPipelineWorker(b.db, { enricher, clock, concurrency: 2 }).drain();
    const t2 = performance.now();
    const endToEnd = items.length / ((t2 - t0) / 1000);
    summary.push([
      b.name, totals.stored, ((t1 - t0) / 1000).toFixed(1), ((t2 - t1) / 1000).toFixed(1), Math.round(endToEnd), Math.round(items.length / ((t2 - t1) / 1000)),
      Math.round(copyRate), `${(endToEnd / copyRate).toFixed(2)}x`,
    ]);
    const enqueueMs = t1 - t0;
    const stageTotal = [...clock.totals.values()].reduce((s, v) => s + v, 0) + enqueueMs;
    const row: (string | number)[] = [b.name, `${((100 * enqueueMs) / stageTotal).toFixed(1)}%`];
    for (const stage of STAGES) row.push(`${((100 * (clock.totals.get(stage) ?? 0)) / stageTotal).toFixed(1)}%`);
    shares.push(row);
  } finally {
    await b.close();
  }
}

printTable(
  'End to end (enqueue + drain), mentions/s',
  ['backend', 'stored', 'enqueue s', 'drain s', 'end-to-end/s', 'drain only/s', 'raw COPY/s', 'vs COPY'],
  summary,
);
printTable(
  'Share of time per stage (sum of per-batch timings; on PostgreSQL two batches overlap, so waits for the write lock count under claim)',
  ['backend', 'enqueue', ...STAGES],
  shares,
);
