/**
 * What the portal's routes share in one process: the read counter (flushed on close), the
 * voter hasher, the article page cache, and the public settings. Decorated on the app as
 * `app.portal`, so tests and the bench can flush the counter.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import { createReadCounter, type ReadCounter } from '../../services/portal/read-counter.js';
import { createVoterHasher, type VoterHasher } from '../../services/portal/voter-hash.js';
import { createArticlePageCache, type ArticlePageCache } from './article-page-cache.js';

export interface PortalServices {
  db: Db;
  publicUrl: string;
  commentsPremoderated: boolean;
  readCounter: ReadCounter;
  voterHasher: VoterHasher;
  pageCache: ArticlePageCache;
}

declare module 'fastify' {
  interface FastifyInstance {
    portal: PortalServices;
  }
}

export function createPortalServices(app: FastifyInstance, db: Db, config: Config): PortalServices {
  const services: PortalServices = {
    db,
    publicUrl: config.http.publicUrl,
    commentsPremoderated: config.portal.commentsPremoderated,
    readCounter: createReadCounter(db, { flushSeconds: config.portal.readFlushSeconds, logger: app.log }),
    voterHasher: createVoterHasher(db, app.security.keyring),
    pageCache: createArticlePageCache(config.portal.pageCacheSeconds),
  };
  app.decorate('portal', services);
  // onClose runs after in-flight requests have finished and before serve-http closes the
  // database, so the last reads are stored on every graceful shutdown.
  app.addHook('onClose', async () => {
    await services.readCounter.stop();
  });
  return services;
}
