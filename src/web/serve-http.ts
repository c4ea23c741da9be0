/**
 * Runs the server until SIGTERM or SIGINT, then shuts down in order: stop accepting, let
 * in-flight requests finish, stop background work, close the database (PGlite flushes and
 * releases its directory), exit. A shutdown that hangs past the timeout is forced.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/db.js';
import type { Logger } from '../lib/logger.js';

/** Work that runs beside the server (pipeline worker, schedulers) and stops on shutdown. */
export interface BackgroundTask {
  name: string;
  stop(): Promise<void>;
}

export interface RunningServer {
  url: string;
  shutdown(reason: string): Promise<void>;
  /** Resolves when shutdown has completed. */
  closed: Promise<void>;
}

export async function serveHttp(options: {
  app: FastifyInstance;
  db: Db;
  logger: Logger;
  host: string;
  port: number;
  shutdownTimeoutMs: number;
  background?: BackgroundTask[];
  handleSignals?: boolean;
  /** What to do when shutdown exceeds its timeout; exits the process by default. */
  onShutdownTimeout?: () => void;
}): Promise<RunningServer> {
  const { app, db, logger } = options;
  const address = await app.listen({ host: options.host, port: options.port });
  let resolveClosed: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    resolveClosed = resolve;
  });
  let shuttingDown: Promise<void> | undefined;

  const shutdown = (reason: string): Promise<void> => {
    shuttingDown ??= (async () => {
      logger.info({ reason }, 'shutting down');
      const timer = setTimeout(() => {
        logger.error({ timeoutMs: options.shutdownTimeoutMs }, 'shutdown timed out; exiting');
        (options.onShutdownTimeout ?? (() => process.exit(1)))();
      }, options.shutdownTimeoutMs);
      timer.unref();
      try {
        await app.close();
        for (const task of options.background ?? []) {
          try {
            await task.stop();
          } catch (error) {
            logger.error({ err: error, task: task.name }, 'background task failed to stop');
          }
        }
        await db.close();
        logger.info('shutdown complete');
      } finally {
        clearTimeout(timer);
        resolveClosed();
      }
    })();
    return shuttingDown;
  };

  if (options.handleSignals !== false) {
    const onSignal = (signal: NodeJS.Signals) => {
      void shutdown(signal).then(() => {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
      });
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  return { url: address, shutdown, closed };
}
