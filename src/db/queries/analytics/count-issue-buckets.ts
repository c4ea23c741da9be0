/**
 * Mentions per issue per fixed bucket (a multiple of an hour, aligned to the Unix epoch like
 * the NLP spike detector's buckets), read from the hourly issue facets (migration 0510): the
 * input of spike alerts. Agency scope applies; other filters do not (a spike is the issue's).
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
  // Literal per scope (not a CASE), so the facet key index serves both.
  const scope = f.agencyIds ? 'NOT national AND agency_id = ANY($4::bigint[])' : 'national AND $4::bigint[] IS NULL';
  const { rows } = await db.query<IssueBucketCount>(
    `/* countIssueBuckets */ SELECT value::bigint AS "issueId", floor(extract(epoch FROM bucket) / ($5::int * 3600))::bigint AS bucket, sum(mentions) AS mentions
       FROM mention_facets_hourly
      WHERE facet = 'issue' AND value = ANY($1::text[]) AND bucket >= $2 AND bucket < $3
        AND ${scope}
      GROUP BY 1, 2 HAVING sum(mentions) <> 0 ORDER BY 1, 2`,
    [f.issueIds.map(String), f.from, f.to, f.agencyIds, f.bucketHours],
  );
  return rows;
}
