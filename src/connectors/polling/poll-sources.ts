/**
 * Polls sources and records each outcome: the scheduled path claims due sources with a lease
 * (safe with several pollers on one PostgreSQL); the manual path (`humas sources poll --id`)
 * polls the named ones now. Logs carry source ids, statuses and counts only.
 */
import type { Db } from '../../db/db.js';
import { claimDueSources } from '../../db/queries/sources/claim-due-sources.js';
import { listSources, type SourceWithState } from '../../db/queries/sources/list-sources.js';
import { savePollResult } from '../../db/queries/sources/save-poll-result.js';
import type { Logger } from '../../lib/logger.js';
import { computeNextPoll } from './compute-next-poll.js';
import { pollSource, type PollDeps, type PollOutcome, type PollTarget } from './poll-source.js';
import { DEFAULT_PLATFORM, POLLED_KINDS, ZSourceConfig, asPlatform, isPolledKind } from './source-config.js';

export interface PolledSource {
  sourceId: number;
  name: string;
  outcome: PollOutcome;
}

/** Long enough for the slowest poll (pages × timeout); a crashed poller's claim expires after it. */
const LEASE_SECONDS = 600;

export async function pollDueSources(db: Db, deps: PollDeps & { logger: Logger; limit?: number }): Promise<PolledSource[]> {
  const ids = await claimDueSources(db, { kinds: POLLED_KINDS, now: deps.now(), leaseSeconds: LEASE_SECONDS, limit: deps.limit ?? 10 });
  if (ids.length === 0) return [];
  return pollAndRecord(db, await listSources(db, { ids }), deps);
}

export async function pollSourcesNow(db: Db, ids: number[], deps: PollDeps & { logger: Logger }): Promise<PolledSource[]> {
  return pollAndRecord(db, await listSources(db, { ids }), deps);
}

async function pollAndRecord(db: Db, sources: SourceWithState[], deps: PollDeps & { logger: Logger }): Promise<PolledSource[]> {
  const results: PolledSource[] = [];
  for (const source of sources) {
    const target = toTarget(source);
    const outcome = typeof target === 'string' ? ({ status: 'failed', reason: target, retryAfterSeconds: null } as const) : await pollSource(target, deps);
    // A dry run leaves no trace: the next real poll must see everything again.
    if (deps.sink !== null) await record(db, source, outcome, deps.now());
    deps.logger.info(
      {
        sourceId: source.id,
        status: outcome.status,
        ...(outcome.status === 'failed' ? { reason: outcome.reason } : {}),
        ...(outcome.status === 'ok' ? { valid: outcome.summary.valid, rejected: outcome.summary.rejected, accepted: outcome.accepted, duplicates: outcome.duplicates } : {}),
      },
      'source polled',
    );
    results.push({ sourceId: source.id, name: source.name, outcome });
  }
  return results;
}

/** The poll target, or the reason a source cannot be polled at all. */
function toTarget(source: SourceWithState): PollTarget | string {
  if (!isPolledKind(source.kind)) return 'not_polled_kind';
  if (!source.url) return 'no_url';
  const config = ZSourceConfig.safeParse(source.config ?? {});
  if (!config.success) return 'bad_config';
  return {
    id: source.id,
    kind: source.kind,
    platform: asPlatform(source.platform, DEFAULT_PLATFORM[source.kind]),
    url: source.url,
    isInternal: source.isInternal,
    config: config.data,
    etag: source.etag,
    lastModified: source.lastModified,
  };
}

async function record(db: Db, source: SourceWithState, outcome: PollOutcome, now: Date): Promise<void> {
  const config = ZSourceConfig.safeParse(source.config ?? {});
  const intervalMinutes = config.success ? config.data.intervalMinutes : 15;
  const failed = outcome.status === 'failed';
  const consecutiveFailures = failed ? source.consecutiveFailures + 1 : 0;
  await savePollResult(db, {
    sourceId: source.id,
    polledAt: now,
    nextPollAt: computeNextPoll({ now, intervalMinutes, consecutiveFailures, retryAfterSeconds: failed ? outcome.retryAfterSeconds : null }),
    status: failed ? outcome.reason : outcome.status,
    succeeded: !failed,
    consecutiveFailures,
    ...(outcome.status === 'ok'
      ? { etag: outcome.etag, lastModified: outcome.lastModified, accepted: outcome.accepted, rejected: outcome.summary.rejected }
      : {}),
  });
}
