/** Alert rules as a background task of `humas serve`: evaluated and delivered every five minutes. */
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import type { Logger } from '../../lib/logger.js';
import { startPeriodicTask } from '../../lib/periodic-task.js';
import type { Keyring } from '../../security/keys/keyring.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import { deliverPendingAlerts } from './deliver-alerts.js';
import { evaluateAlertRules } from './evaluate-alert-rules.js';

export const ALERT_EVERY_MS = 5 * 60_000;

export function startAlertTask({ config, db, logger, keyring }: { config: Config; db: Db; logger: Logger; keyring: Keyring }): BackgroundTask {
  return startPeriodicTask({
    name: 'alerts',
    firstAfterMs: 30_000,
    everyMs: ALERT_EVERY_MS,
    logger,
    failureMessage: 'alert evaluation failed',
    run: async () => {
      const evaluation = await evaluateAlertRules(db, { logger });
      const delivery = await deliverPendingAlerts(db, { keyring, publicUrl: config.http.publicUrl, logger });
      logger.info({ task: 'alerts', ...evaluation, ...delivery }, 'alert rules evaluated');
    },
  });
}
