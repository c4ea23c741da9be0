/**
 * Adds a batch's per-account counts to the daily account rollup ("top accounts by reach") and
 * the same counts summed over agencies to the national account-days (migration 0520), in one
 * statement (a data-modifying CTE; a trigger did this before, at the cost of copying every
 * changed row into transition tables). Sorted by key, so concurrent writers lock in one order.
 */
import type { Queryable } from '../../db.js';

export interface AuthorRollupRow {
  bucket: Date;
  agencyId: number | null;
  platform: string;
  authorHandle: string;
  authorType: string;
  maxFollowers: number;
  mentions: number;
  reach: number;
  engagement: number;
}

/** Account-days summed over agencies, in the national table's key order (used by the rebuild too). */
export const AUTHOR_NATIONAL_SELECT = (source: string): string =>
  `SELECT d.bucket, d.platform, d.author_handle, sum(d.mentions), sum(d.reach), sum(d.engagement)
     FROM (${source}) d GROUP BY 1, 2, 3 ORDER BY 3, 2, 1`;

export async function upsertAuthorRollups(tx: Queryable, rows: readonly AuthorRollupRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `WITH t AS (
       SELECT to_timestamp(t.bucket) AS bucket, t.agency_id, t.platform, t.author_handle, t.author_type, t.max_followers, t.mentions,
         t.reach, t.engagement
       FROM unnest($1::float8[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int8[], $7::int8[], $8::int8[], $9::int8[])
         AS t (bucket, agency_id, platform, author_handle, author_type, max_followers, mentions, reach, engagement)
     ), per_agency AS (
       INSERT INTO mention_author_rollups_daily AS r (bucket, agency_id, platform, author_handle, author_type, max_followers,
         mentions, reach, engagement)
       SELECT * FROM t
       ON CONFLICT ON CONSTRAINT mention_author_rollups_daily_key DO UPDATE SET
         author_type = EXCLUDED.author_type, max_followers = greatest(r.max_followers, EXCLUDED.max_followers),
         mentions = r.mentions + EXCLUDED.mentions, reach = r.reach + EXCLUDED.reach, engagement = r.engagement + EXCLUDED.engagement
     )
     INSERT INTO mention_author_national_daily AS a (bucket, platform, author_handle, mentions, reach, engagement)
     ${AUTHOR_NATIONAL_SELECT('SELECT * FROM t')}
     ON CONFLICT (author_handle, platform, bucket) DO UPDATE SET
       mentions = a.mentions + EXCLUDED.mentions, reach = a.reach + EXCLUDED.reach, engagement = a.engagement + EXCLUDED.engagement`,
    [
      rows.map((r) => r.bucket.getTime() / 1000), rows.map((r) => r.agencyId), rows.map((r) => r.platform), rows.map((r) => r.authorHandle),
      rows.map((r) => r.authorType), rows.map((r) => r.maxFollowers), rows.map((r) => r.mentions), rows.map((r) => r.reach),
      rows.map((r) => r.engagement),
    ],
  );
}
