/**
 * Background tasks of `humas serve` for the newsroom: the scheduled publisher and the
 * syndication worker, each ticking on its own timer; stopping waits for the pass in progress.
 */
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import { createChannelAdapters } from '../../connectors/syndication/channel-adapters.js';
import type { Logger } from '../../lib/logger.js';
import { loadKeyring } from '../../security/keys/load-keyring.js';
import type { BackgroundTask } from '../../web/serve-http.js';
import { publishDueArticles } from '../newsroom/publish-due-articles.js';
import { deliverDueSyndication } from './deliver-due-syndication.js';
import { loadSyndicationConfig } from './syndication-config.js';

const PUBLISH_TICK_MS = 15_000;

export function startNewsroomTasks({ config, db, logger }: { config: Config; db: Db; logger: Logger }, env: Record<string, string | undefined>): BackgroundTask[] {
  const keyring = loadKeyring(config, logger);
  const syndication = loadSyndicationConfig(env);
  const adapters = createChannelAdapters(syndication.baseUrls);
  const publisher = repeat('scheduled-publisher', PUBLISH_TICK_MS, logger, async () => {
    const ids = await publishDueArticles({ db, keyring, maxDeliveryAttempts: syndication.maxAttempts });
    if (ids.length) logger.info({ task: 'scheduled-publisher', published: ids.length }, 'scheduled articles published');
  });
  const worker = repeat('syndication-worker', syndication.tickMs, logger, async () => {
    await deliverDueSyndication({
      db,
      keyring,
      logger,
      adapters,
      publicUrl: config.http.publicUrl,
      backoff: syndication.backoff,
      timeoutMs: syndication.timeoutMs,
      webhooksAllowPrivate: syndication.webhooksAllowPrivate,
    });
  });
  return [publisher, worker];
}

function repeat(name: string, everyMs: number, logger: Logger, pass: () => Promise<void>): BackgroundTask {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = pass()
      .catch((error: unknown) => logger.error({ task: name, err: error instanceof Error ? { message: error.message } : undefined }, 'newsroom task failed'))
      .finally(() => {
        if (!stopped) {
          timer = setTimeout(tick, everyMs);
          timer.unref();
        }
      });
  };
  timer = setTimeout(tick, Math.min(everyMs, 5_000));
  timer.unref();
  return {
    name,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
