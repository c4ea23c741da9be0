/** Alert rules as a background task of `humas serve`: evaluated and delivered every five minutes. */
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import type { Logger } from '../../lib/logger.js';
import { loadKeyring } from '../../security/keys/load-keyring.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import { deliverPendingAlerts } from './deliver-alerts.js';
import { evaluateAlertRules } from './evaluate-alert-rules.js';

export const ALERT_EVERY_MS = 5 * 60_000;

export function startAlertTask({ config, db, logger }: { config: Config; db: Db; logger: Logger }): BackgroundTask {
  const keyring = loadKeyring(config, logger);
  let running: Promise<void> | undefined;
  const run = () => {
    running ??= (async () => {
      const evaluation = await evaluateAlertRules(db, { logger });
      const delivery = await deliverPendingAlerts(db, { keyring, publicUrl: config.http.publicUrl, logger });
      logger.info({ task: 'alerts', ...evaluation, ...delivery }, 'alert rules evaluated');
    })()
      .catch((error: unknown) => logger.error({ err: error, task: 'alerts' }, 'alert evaluation failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, ALERT_EVERY_MS);
  first.unref();
  timer.unref();
  return {
    name: 'alerts',
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
