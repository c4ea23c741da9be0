/**
 * A job run beside the server: once shortly after start, then every `everyMs`; a run never
 * overlaps the previous one, a failure is logged and the next tick tries again, and stop()
 * waits for the run in progress. Timers are unref'd so they never keep the process alive.
 */
import type { Logger } from './logger.js';

export interface PeriodicTask {
  name: string;
  stop(): Promise<void>;
}

export function startPeriodicTask(options: {
  name: string;
  firstAfterMs: number;
  everyMs: number;
  logger: Logger;
  failureMessage: string;
  run: () => Promise<void>;
}): PeriodicTask {
  const { name, logger } = options;
  let running: Promise<void> | undefined;
  const tick = () => {
    running ??= options
      .run()
      .catch((error: unknown) => logger.error({ err: error, task: name }, options.failureMessage))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(tick, options.firstAfterMs);
  const timer = setInterval(tick, options.everyMs);
  first.unref();
  timer.unref();
  return {
    name,
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
