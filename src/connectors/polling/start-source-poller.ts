/**
 * The scheduled poller `humas serve` runs: every tick it claims the sources that are due and
 * polls them one after another. Stopping waits for the poll in progress, so shutdown never
 * leaves a half-recorded poll (a killed process only leaves a lease, which expires).
 */
import type { Db } from '../../db/db.js';
import type { Logger } from '../../lib/logger.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import type { IngestSink } from '../shared/ingest-sink.js';
import { pollDueSources } from './poll-sources.js';

export interface SourcePollerOptions {
  db: Db;
  logger: Logger;
  sink: IngestSink;
  env: Record<string, string | undefined>;
  /** Milliseconds between ticks; default one minute. */
  tickMs?: number;
}

export function startSourcePoller(options: SourcePollerOptions): BackgroundTask {
  const tickMs = options.tickMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const tick = async (): Promise<void> => {
    try {
      await pollDueSources(options.db, { sink: options.sink, env: options.env, now: () => new Date(), logger: options.logger });
    } catch (error) {
      options.logger.error({ err: error instanceof Error ? { message: error.message } : undefined }, 'source poller tick failed');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, tickMs);
    timer.unref();
  };
  running = tick().finally(schedule);

  return {
    name: 'source-poller',
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
