/** The retention job as a background task of `humas serve`: shortly after start, then hourly. */
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import type { Logger } from '../../lib/logger.js';
import { startPeriodicTask } from '../../lib/periodic-task.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import type { Keyring } from '../keys/keyring.js';
import { runRetention } from './run-retention.js';

const RETENTION_EVERY_MS = 3_600_000;

export function startRetentionTask({ config, db, logger, keyring }: { config: Config; db: Db; logger: Logger; keyring: Keyring }): BackgroundTask {
  return startPeriodicTask({
    name: 'retention',
    firstAfterMs: 10_000,
    everyMs: RETENTION_EVERY_MS,
    logger,
    failureMessage: 'retention failed',
    run: async () => {
      const removed = await runRetention(db, keyring, config.retention);
      logger.info({ task: 'retention', removed }, 'retention applied');
    },
  });
}
