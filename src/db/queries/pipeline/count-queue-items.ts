/** How many items wait in the queue (all, and those ready now). */
import type { Queryable } from '../../db.js';

export async function countQueueItems(db: Queryable): Promise<{ total: number; ready: number }> {
  const { rows } = await db.query<{ total: number; ready: number }>(
    'SELECT count(*)::int8 AS total, count(*) FILTER (WHERE available_at <= now())::int8 AS ready FROM pipeline_queue',
  );
  return rows[0] ?? { total: 0, ready: 0 };
}
