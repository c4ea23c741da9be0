/** The retention job as a background task of `humas serve`: shortly after start, then hourly. */
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import type { Logger } from '../../lib/logger.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import { loadKeyring } from '../keys/load-keyring.js';
import { runRetention } from './run-retention.js';

const RETENTION_EVERY_MS = 3_600_000;

export function startRetentionTask({ config, db, logger }: { config: Config; db: Db; logger: Logger }): BackgroundTask {
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
