/**
 * What the facet rollups (migration 0510) cost the listening pipeline: the same generated items
 * drained by the worker with the facet triggers enabled and disabled, in the same run, on
 * PGlite and PostgreSQL. Usage: node bin/run-ts.js bench/rollup-facets-cost.ts [--items N]
 */
import { performance } from 'node:perf_hooks';
import type { Db } from '../src/db/db.js';
import { upsertSource } from '../src/db/queries/sources/upsert-source.js';
import { generateDemoMentions } from '../src/demo/generate-demo-mentions.js';
import { unscoredEnricher } from '../src/pipeline/enrich/enricher.js';
import { enqueueRawMentions } from '../src/pipeline/enqueue-raw-mentions.js';
import { createPipelineWorker } from '../src/pipeline/worker/pipeline-worker.js';
import { openBenchPglite, openBenchPostgres, printTable } from './lib/bench-db.js';

const i = process.argv.indexOf('--items');
const ITEMS = i > 0 ? Number(process.argv[i + 1]) : 20_000;
const items = [...generateDemoMentions({ count: ITEMS * 2, end: new Date('2026-11-28T00:00:00Z') })].map((d) => d.item);
const TRIGGERS = [
  'mention_rollups_daily_facets_ins', 'mention_rollups_daily_facets_upd', 'mention_rollups_daily_facets_del',
  'mention_rollups_hourly_facets_ins', 'mention_rollups_hourly_facets_upd', 'mention_rollups_hourly_facets_del',
];

async function setTriggers(db: Db, enabled: boolean): Promise<void> {
  for (const name of TRIGGERS) {
    const table = name.includes('daily') ? 'mention_rollups_daily' : 'mention_rollups_hourly';
    await db.query(`ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${name}`);
  }
}

async function drainRate(db: Db, name: string, slice: typeof items): Promise<number> {
  const sourceId = await upsertSource(db, { kind: 'bench', platform: 'x', name });
  for (let k = 0; k < slice.length; k += 5000) await enqueueRawMentions(db, sourceId, slice.slice(k, k + 5000));
  const t0 = performance.now();
  await createPipelineWorker(db, { enricher: unscoredEnricher, concurrency: 2 }).drain();
  return slice.length / ((performance.now() - t0) / 1000);
}

const rows: (string | number)[][] = [];
for (const open of [openBenchPglite, openBenchPostgres]) {
  const b = await open();
  try {
    // Alternate so warm-up and table growth do not favour one side: off, on with different items each.
    await setTriggers(b.db, false);
    const off = await drainRate(b.db, 'off', items.slice(0, ITEMS));
    await setTriggers(b.db, true);
    const on = await drainRate(b.db, 'on', items.slice(ITEMS));
    rows.push([b.name, ITEMS, Math.round(off), Math.round(on), `${(((on - off) / off) * 100).toFixed(1)}%`]);
  } finally {
    await b.close();
  }
}
printTable('Pipeline drain with and without the facet triggers (mentions/s, no NLP enrichment)', ['backend', 'items', 'triggers off', 'triggers on', 'change'], rows);
