/** Adds a batch's per-account counts to the daily account rollup ("top accounts by reach"). */
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

export async function upsertAuthorRollups(tx: Queryable, rows: readonly AuthorRollupRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO mention_author_rollups_daily AS r (bucket, agency_id, platform, author_handle, author_type, max_followers,
       mentions, reach, engagement)
     SELECT to_timestamp(t.bucket), t.agency_id, t.platform, t.author_handle, t.author_type, t.max_followers, t.mentions,
       t.reach, t.engagement
     FROM unnest($1::float8[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::int8[], $7::int8[], $8::int8[], $9::int8[])
       AS t (bucket, agency_id, platform, author_handle, author_type, max_followers, mentions, reach, engagement)
     ON CONFLICT ON CONSTRAINT mention_author_rollups_daily_key DO UPDATE SET
       author_type = EXCLUDED.author_type, max_followers = greatest(r.max_followers, EXCLUDED.max_followers),
       mentions = r.mentions + EXCLUDED.mentions, reach = r.reach + EXCLUDED.reach, engagement = r.engagement + EXCLUDED.engagement`,
    [
      rows.map((r) => r.bucket.getTime() / 1000), rows.map((r) => r.agencyId), rows.map((r) => r.platform), rows.map((r) => r.authorHandle),
      rows.map((r) => r.authorType), rows.map((r) => r.maxFollowers), rows.map((r) => r.mentions), rows.map((r) => r.reach),
      rows.map((r) => r.engagement),
    ],
  );
}
