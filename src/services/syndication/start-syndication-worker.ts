/**
 * Background tasks of `humas serve` for the newsroom: the scheduled publisher and the
 * syndication worker, each ticking on its own timer; stopping waits for the pass in progress.
 */
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import { createChannelAdapters } from '../../connectors/syndication/channel-adapters.js';
import type { Logger } from '../../lib/logger.js';
import type { Keyring } from '../../security/keys/keyring.js';
import { startPeriodicTask } from '../../lib/periodic-task.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import { publishDueArticles } from '../newsroom/publish-due-articles.js';
import { deliverDueSyndication } from './deliver-due-syndication.js';
import { loadSyndicationConfig } from './syndication-config.js';

const PUBLISH_TICK_MS = 15_000;

export function startNewsroomTasks(
  { config, db, logger, keyring }: { config: Config; db: Db; logger: Logger; keyring: Keyring },
  env: Record<string, string | undefined>,
): BackgroundTask[] {
  const syndication = loadSyndicationConfig(env);
  const adapters = createChannelAdapters(syndication.baseUrls);
  const publisher = startPeriodicTask({
    name: 'scheduled-publisher',
    firstAfterMs: 5_000,
    everyMs: PUBLISH_TICK_MS,
    logger,
    failureMessage: 'newsroom task failed',
    run: async () => {
      const ids = await publishDueArticles({ db, keyring, maxDeliveryAttempts: syndication.maxAttempts });
      if (ids.length) logger.info({ task: 'scheduled-publisher', published: ids.length }, 'scheduled articles published');
    },
  });
  const worker = startPeriodicTask({
    name: 'syndication-worker',
    firstAfterMs: Math.min(syndication.tickMs, 5_000),
    everyMs: syndication.tickMs,
    logger,
    failureMessage: 'newsroom task failed',
    run: () =>
      deliverDueSyndication({
        db,
        keyring,
        logger,
        adapters,
        publicUrl: config.http.publicUrl,
        backoff: syndication.backoff,
        timeoutMs: syndication.timeoutMs,
        webhooksAllowPrivate: syndication.webhooksAllowPrivate,
      }).then(() => undefined),
  });
  return [publisher, worker];
}
