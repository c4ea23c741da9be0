/**
 * Runs the pipeline over the queue: `drain()` until nothing is ready (`humas pipeline run`,
 * the demo seed, the bench), or `start()` as a background task polling for new items
 * (`humas serve`). On PostgreSQL several batches run at once (and several processes may run
 * workers against one server); on PGlite, one.
 */
import type { Db } from '../../db/db.js';
import { moveQueueItemToFailures } from '../../db/queries/pipeline/move-queue-item-to-failures.js';
import { peekQueueItem } from '../../db/queries/pipeline/peek-queue-item.js';
import type { Logger } from '../../lib/logger.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import { ClusterMemory } from '../dedupe/cluster-memory.js';
import { NearDuplicateIndex } from '../dedupe/near-duplicate-index.js';
import { getDefaultEnricher } from '../enrich/default-enricher.js';
import { TextAnalysisCache } from '../enrich/text-analysis-cache.js';
import type { Enricher } from '../enrich/enricher.js';
import { createContextLoader } from './pipeline-context.js';
import { processQueueBatch, type BatchDeps, type BatchResult } from './process-queue-batch.js';
import type { StageClock } from './stage-clock.js';

export interface PipelineWorkerOptions {
  batchSize?: number;
  /** Batches in flight at once (PostgreSQL only; PGlite always runs one). */
  concurrency?: number;
  enricher?: Enricher;
  logger?: Logger;
  clock?: StageClock;
}

export interface DrainTotals {
  batches: number;
  claimed: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export interface PipelineWorker {
  drain(options?: { onBatch?: (totals: DrainTotals) => void; shouldStop?: () => boolean }): Promise<DrainTotals>;
  start(options?: { pollMs?: number }): BackgroundTask;
  /** Share of items whose text analysis was reused from an exact copy (0–1). */
  textCacheHitRate(): number;
}

export function createPipelineWorker(db: Db, options: PipelineWorkerOptions = {}): PipelineWorker {
  const batchSize = options.batchSize ?? (db.kind === 'pglite' ? 500 : 1000);
  const concurrency = db.kind === 'pglite' ? 1 : Math.max(1, options.concurrency ?? 2);
  const textCache = new TextAnalysisCache();
  const deps: BatchDeps = {
    db,
    index: new NearDuplicateIndex(),
    clusters: new ClusterMemory(),
    context: createContextLoader(db, options.enricher ?? getDefaultEnricher()),
    textCache,
    queueCursor: { after: null },
    ...(options.clock ? { clock: options.clock } : {}),
  };
  const logger = options.logger;

  const runOne = async (totals: DrainTotals): Promise<BatchResult> => {
    let result: BatchResult;
    try {
      result = await processQueueBatch(deps, batchSize);
    } catch (error) {
      if (!isDataError(error)) throw error;
      logger?.warn({ code: errorCode(error) }, 'pipeline batch failed; retrying its items one by one');
      result = await isolateFailures(totals);
    }
    totals.batches++;
    totals.claimed += result.claimed;
    totals.stored += result.stored;
    totals.duplicates += result.duplicates;
    totals.failed += result.unreadable;
    return result;
  };

  // Processes up to one batch's worth of items singly; an item that still fails is set aside.
  const isolateFailures = async (totals: DrainTotals): Promise<BatchResult> => {
    const sum: BatchResult = { claimed: 0, stored: 0, duplicates: 0, unreadable: 0 };
    let after = 0;
    for (let n = 0; n < batchSize; n++) {
      const id = await peekQueueItem(db, after);
      if (id === null) break;
      after = id;
      try {
        const r = await processQueueBatch(deps, 1, id);
        sum.claimed += r.claimed;
        sum.stored += r.stored;
        sum.duplicates += r.duplicates;
        sum.unreadable += r.unreadable;
      } catch (error) {
        if (!isDataError(error)) throw error;
        await db.transaction((tx) => moveQueueItemToFailures(tx, id, errorCode(error)));
        sum.claimed++;
        totals.failed++;
        logger?.warn({ queueId: id, code: errorCode(error) }, 'pipeline item set aside in pipeline_failures');
      }
    }
    return sum;
  };

  const drain: PipelineWorker['drain'] = async (drainOptions = {}) => {
    const totals: DrainTotals = { batches: 0, claimed: 0, stored: 0, duplicates: 0, failed: 0 };
    const loop = async () => {
      while (!drainOptions.shouldStop?.()) {
        const r = await runOne(totals);
        drainOptions.onBatch?.(totals);
        if (r.claimed === 0) return;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, loop));
    return totals;
  };

  const start: PipelineWorker['start'] = ({ pollMs = 1000 } = {}) => {
    let stopping = false;
    let wake: (() => void) | undefined;
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    const running = (async () => {
      while (!stopping) {
        try {
          const totals = await drain({ shouldStop: () => stopping });
          if (totals.stored > 0) logger?.info({ stored: totals.stored, duplicates: totals.duplicates, failed: totals.failed }, 'pipeline stored mentions');
          if (!stopping) await sleep(pollMs);
        } catch (error) {
          logger?.error({ code: errorCode(error), error: error instanceof Error ? error.name : 'unknown' }, 'pipeline worker error; retrying shortly');
          if (!stopping) await sleep(5000);
        }
      }
    })();
    return {
      name: 'pipeline-worker',
      async stop() {
        stopping = true;
        wake?.();
        await running;
      },
    };
  };

  const textCacheHitRate = () => textCache.hits / Math.max(1, textCache.hits + textCache.misses);
  return { drain, start, textCacheHitRate };
}

/** Errors that come from one item's data (bad value, constraint), not from the database being away. */
function isDataError(error: unknown): boolean {
  const code = errorCode(error);
  return /^(22|23|54)/.test(code);
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : 'unknown';
}
