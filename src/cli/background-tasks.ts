/**
 * Work that runs beside the HTTP server in `humas serve` (pipeline worker, schedulers),
 * started in one place so shutdown stops all of it. Capabilities add their tasks here.
 */
import { loadKeyring } from '../security/keys/load-keyring.js';
import { runRetention } from '../security/personal-data/run-retention.js';
import type { BackgroundTask } from '../web/serve-http.js';
import type { Runtime } from './runtime.js';

const RETENTION_EVERY_MS = 3_600_000;

export async function startBackgroundTasks(runtime: Runtime): Promise<BackgroundTask[]> {
  return [startRetentionTask(runtime)];
}

/** Applies data retention shortly after start and then hourly. */
function startRetentionTask({ config, db, logger }: Runtime): BackgroundTask {
  const keyring = loadKeyring(config, logger);
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= runRetention(db, keyring, config.retention)
      .then((removed) => logger.info({ task: 'retention', removed }, 'retention applied'))
      .catch((error: unknown) => logger.error({ err: error, task: 'retention' }, 'retention failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, 10_000);
  const timer = setInterval(run, RETENTION_EVERY_MS);
  first.unref();
  timer.unref();
  return {
    name: 'retention',
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
