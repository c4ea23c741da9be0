/**
 * Counts article reads and share clicks without writing to the database per request: each
 * process keeps deltas per (article, WIB day) in memory and adds them in one transaction
 * every `flushSeconds` and on shutdown. Adding deltas (never setting totals) keeps many
 * processes correct; a failed flush puts its deltas back for the next one, so nothing is
 * lost while the process lives. A crash loses at most the deltas of one interval.
 */
import type { Db } from '../../db/db.js';
import { addEngagementDeltas, type EngagementDelta } from '../../db/queries/portal/add-engagement-deltas.js';
import { wibDay } from '../../domain/wib-day.js';

export interface ReadCounter {
  countRead(articleId: number): void;
  countShareClick(articleId: number): void;
  /** Adds everything buffered so far to the database; resolves when stored. */
  flush(): Promise<void>;
  /** Reads buffered and not yet stored (for tests and the bench). */
  pending(): number;
  /** Stops the timer and flushes what is left (graceful shutdown). */
  stop(): Promise<void>;
}

export function createReadCounter(db: Db, options: { flushSeconds: number; logger: { error(details: object, message: string): void }; now?: () => number }): ReadCounter {
  const now = options.now ?? Date.now;
  let buffer = new Map<string, EngagementDelta>();
  let flushing: Promise<void> = Promise.resolve();
  let stopped = false;

  // The day changes once in 24 hours: remember it until the next WIB midnight rather than
  // formatting a date on every read (it showed in the bench profile).
  let today = { day: '', until: 0 };
  function currentDay(): string {
    const t = now();
    if (t >= today.until || t < today.until - 86_400_000) {
      const day = wibDay(t);
      today = { day, until: Date.parse(`${day}T00:00:00+07:00`) + 86_400_000 };
    }
    return today.day;
  }

  function add(articleId: number, reads: number, shareClicks: number): void {
    const day = currentDay();
    const key = `${articleId}:${day}`;
    const entry = buffer.get(key);
    if (entry) {
      entry.reads += reads;
      entry.shareClicks += shareClicks;
    } else {
      buffer.set(key, { articleId, day, reads, shareClicks });
    }
  }

  async function flushOnce(): Promise<void> {
    if (buffer.size === 0) return;
    const batch = buffer;
    buffer = new Map();
    const deltas = [...batch.values()];
    try {
      await db.transaction((tx) => addEngagementDeltas(tx, deltas));
    } catch (error) {
      // Put the deltas back: they are added to whatever arrived meanwhile and retried.
      for (const d of deltas) {
        const entry = buffer.get(`${d.articleId}:${d.day}`);
        if (entry) {
          entry.reads += d.reads;
          entry.shareClicks += d.shareClicks;
        } else {
          buffer.set(`${d.articleId}:${d.day}`, { ...d });
        }
      }
      options.logger.error({ err: error, articles: deltas.length }, 'read count flush failed; will retry');
      throw error;
    }
  }

  // Flushes run one after another, so a slow flush never overlaps the next.
  function flush(): Promise<void> {
    flushing = flushing.catch(() => undefined).then(flushOnce);
    return flushing;
  }

  const timer = setInterval(() => {
    flush().catch(() => undefined);
  }, options.flushSeconds * 1000);
  timer.unref();

  return {
    countRead: (articleId) => {
      if (!stopped) add(articleId, 1, 0);
    },
    countShareClick: (articleId) => {
      if (!stopped) add(articleId, 0, 1);
    },
    flush,
    pending: () => [...buffer.values()].reduce((sum, d) => sum + d.reads, 0),
    async stop() {
      clearInterval(timer);
      await flush();
      // Reads that arrived during that flush (in-flight requests) get one more.
      if (buffer.size > 0) await flush();
      stopped = true;
    },
  };
}
