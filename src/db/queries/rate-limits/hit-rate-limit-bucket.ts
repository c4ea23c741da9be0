/** Counts one hit in a bucket's current window and returns the hits so far in that window. */
import type { Queryable } from '../../db.js';

export async function hitRateLimitBucket(db: Queryable, bucket: string, windowStart: Date): Promise<number> {
  const { rows } = await db.query<{ hits: number }>(
    `/* hitRateLimitBucket */ INSERT INTO rate_limit_buckets (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket) DO UPDATE SET
       hits = CASE WHEN rate_limit_buckets.window_start = EXCLUDED.window_start THEN rate_limit_buckets.hits + 1 ELSE 1 END,
       window_start = EXCLUDED.window_start
     RETURNING hits`,
    [bucket, windowStart],
  );
  return Number(rows[0]!.hits);
}
