/** The id of the next ready queue item no other worker holds (for isolating a failure). */
import type { Queryable } from '../../db.js';

export async function peekQueueItem(db: Queryable, afterId: number): Promise<number | null> {
  const { rows } = await db.query<{ id: number }>(
    'SELECT id FROM pipeline_queue WHERE available_at <= now() AND id > $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED',
    [afterId],
  );
  return rows[0]?.id ?? null;
}
