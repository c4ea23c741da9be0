/**
 * Mentions per issue per fixed bucket (a multiple of an hour, aligned to the Unix epoch like
 * the NLP spike detector's buckets), read from the hourly rollup: the input of spike alerts.
 */
import type { Queryable } from '../../db.js';

export interface IssueBucketCount {
  issueId: number;
  /** Bucket number: floor(epoch ms / bucketMs). */
  bucket: number;
  mentions: number;
}

export async function countIssueBuckets(
  db: Queryable,
  f: { from: Date; to: Date; agencyIds: readonly number[] | null; issueIds: readonly number[]; bucketHours: number },
): Promise<IssueBucketCount[]> {
  if (f.issueIds.length === 0) return [];
  const { rows } = await db.query<IssueBucketCount>(
    `/* countIssueBuckets */ SELECT issue_id AS "issueId", floor(extract(epoch FROM bucket) / ($5::int * 3600))::bigint AS bucket, sum(mentions) AS mentions
       FROM mention_rollups_hourly
      WHERE issue_id = ANY($1::bigint[]) AND bucket >= $2 AND bucket < $3
        AND ($4::bigint[] IS NULL OR agency_id = ANY($4::bigint[]))
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [f.issueIds, f.from, f.to, f.agencyIds, f.bucketHours],
  );
  return rows;
}
