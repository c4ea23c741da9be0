/** Lists sources with their polling state, for `humas sources list` and the poller. */
import type { Queryable } from '../../db.js';

export interface SourceWithState {
  id: number;
  kind: string;
  platform: string;
  name: string;
  url: string | null;
  config: Record<string, unknown>;
  isInternal: boolean;
  isActive: boolean;
  etag: string | null;
  lastModified: string | null;
  nextPollAt: Date | null;
  consecutiveFailures: number;
  lastPolledAt: Date | null;
  lastStatus: string | null;
  lastAccepted: number | null;
  lastRejected: number | null;
}

export const SOURCE_WITH_STATE_COLUMNS = `s.id, s.kind, s.platform, s.name, s.url, s.config, s.is_internal AS "isInternal", s.is_active AS "isActive",
  p.etag, p.last_modified AS "lastModified", p.next_poll_at AS "nextPollAt",
  COALESCE(p.consecutive_failures, 0) AS "consecutiveFailures", p.last_polled_at AS "lastPolledAt",
  p.last_status AS "lastStatus", p.last_accepted AS "lastAccepted", p.last_rejected AS "lastRejected"`;

export async function listSources(db: Queryable, filter: { ids?: number[] } = {}): Promise<SourceWithState[]> {
  const { rows } = await db.query<SourceWithState>(
    `SELECT ${SOURCE_WITH_STATE_COLUMNS}
     FROM sources s LEFT JOIN source_poll_state p ON p.source_id = s.id
     WHERE ($1::bigint[] IS NULL OR s.id = ANY($1::bigint[]))
     ORDER BY s.id`,
    [filter.ids ?? null],
  );
  return rows;
}
