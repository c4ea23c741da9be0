/**
 * `humas pipeline run`: drains the listening pipeline's queue once and exits (a worker killed
 * half-way loses nothing; run it again). `humas pipeline rebuild-rollups` recounts rollups.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { countQueueItems } from '../../db/queries/pipeline/count-queue-items.js';
import { rebuildRollups } from '../../db/queries/pipeline/rebuild-rollups.js';
import { AppError } from '../../lib/app-error.js';
import { createPipelineWorker } from '../../pipeline/worker/pipeline-worker.js';
import { withRuntime } from '../runtime.js';

const ZRunOptions = z.object({
  batchSize: z.coerce.number().int().min(1, '--batch-size must be at least 1').max(10_000, '--batch-size is at most 10,000'),
  concurrency: z.coerce.number().int().min(1, '--concurrency must be at least 1').max(16, '--concurrency is at most 16'),
});

export function registerPipelineCommands(program: Command): void {
  const pipeline = program.command('pipeline').description('the listening pipeline: queue → normalize → protect → de-duplicate → enrich → store → roll up');

  pipeline
    .command('run')
    .description('process every queued item once, then exit')
    .option('--batch-size <n>', 'items per transaction', '1000')
    .option('--concurrency <n>', 'batches in flight (PostgreSQL only)', '2')
    .option('--progress', 'print a line to stderr after each committed batch')
    .action(async (raw: Record<string, unknown>) => {
      const parsed = ZRunOptions.safeParse(raw);
      if (!parsed.success) throw new AppError('validation_failed', parsed.error.issues[0]!.message);
      await withRuntime(async ({ db, logger }) => {
        const worker = createPipelineWorker(db, { batchSize: parsed.data.batchSize, concurrency: parsed.data.concurrency, logger });
        const started = Date.now();
        const totals = await worker.drain({
          onBatch: (t) => {
            if (raw.progress === true) process.stderr.write(`batch ${t.batches} committed: ${t.stored} stored\n`);
          },
        });
        const left = await countQueueItems(db);
        logger.info({ ...totals, seconds: (Date.now() - started) / 1000, queued: left.total }, 'pipeline queue drained');
      });
    });

  pipeline
    .command('rebuild-rollups')
    .description('recount every rollup from the stored mentions (full scan; for operators)')
    .action(async () => {
      await withRuntime(async ({ db, logger }) => {
        await db.transaction((tx) => rebuildRollups(tx));
        logger.info('rollups rebuilt');
      });
    });
}
