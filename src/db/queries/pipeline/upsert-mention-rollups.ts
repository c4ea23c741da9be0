/**
 * Adds a batch's counts to a mention rollup table (hourly or daily) and to its facet table, in
 * one statement. Rows arrive aggregated (one per key) and sorted, so concurrent writers lock in
 * the same order.
 *
 * The facets are derived from the batch's deltas in the same statement (a data-modifying CTE)
 * rather than by triggers on the rollup: statement triggers with transition tables copied every
 * changed row (old and new versions for updates) and re-planned dynamic SQL per statement,
 * which made the facets more than half of PostgreSQL's CPU time per stored mention.
 */
import type { Queryable } from '../../db.js';
import { FACET_COLUMNS, FACET_TABLE, facetRowsSelect } from './facet-rows.js';

export const MENTION_ROLLUP_TABLES = ['mention_rollups_hourly', 'mention_rollups_daily'] as const;
export type MentionRollupTable = (typeof MENTION_ROLLUP_TABLES)[number];

export interface MentionRollupRow {
  bucket: Date;
  agencyId: number | null;
  issueId: number | null;
  platform: string;
  sentiment: string | null;
  provinceCode: string | null;
  regionCode: string | null;
  language: string | null;
  authorType: string;
  mentions: number;
  reach: number;
  engagement: number;
  likes: number;
  replies: number;
  shares: number;
  views: number;
}

const SQL: Record<MentionRollupTable, string> = Object.fromEntries(
  MENTION_ROLLUP_TABLES.map((table) => [
    table,
    `WITH t AS (
       SELECT to_timestamp(t.bucket) AS bucket, t.agency_id, t.issue_id, t.platform, t.sentiment, t.province_code, t.region_code,
         t.language, t.author_type, t.mentions, t.reach, t.engagement, t.likes, t.replies, t.shares, t.views
       FROM unnest($1::float8[], $2::bigint[], $3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[],
         $8::text[], $9::text[], $10::int8[], $11::int8[], $12::int8[], $13::int8[], $14::int8[], $15::int8[], $16::int8[])
         AS t (bucket, agency_id, issue_id, platform, sentiment, province_code, region_code, language, author_type,
           mentions, reach, engagement, likes, replies, shares, views)
     ), combined AS (
       INSERT INTO ${table} AS r (bucket, agency_id, issue_id, platform, sentiment, province_code, region_code, language,
         author_type, mentions, reach, engagement, likes, replies, shares, views)
       SELECT * FROM t
       ON CONFLICT ON CONSTRAINT ${table}_key DO UPDATE SET
         mentions = r.mentions + EXCLUDED.mentions, reach = r.reach + EXCLUDED.reach,
         engagement = r.engagement + EXCLUDED.engagement, likes = r.likes + EXCLUDED.likes,
         replies = r.replies + EXCLUDED.replies, shares = r.shares + EXCLUDED.shares, views = r.views + EXCLUDED.views
     )
     INSERT INTO ${FACET_TABLE[table]} AS f (${FACET_COLUMNS})
     ${facetRowsSelect('SELECT * FROM t')}
     ON CONFLICT (facet, national, bucket, agency_id, value) DO UPDATE SET
       mentions = f.mentions + EXCLUDED.mentions, reach = f.reach + EXCLUDED.reach, engagement = f.engagement + EXCLUDED.engagement,
       positive = f.positive + EXCLUDED.positive, neutral = f.neutral + EXCLUDED.neutral, negative = f.negative + EXCLUDED.negative`,
  ]),
) as Record<MentionRollupTable, string>;

export async function upsertMentionRollups(tx: Queryable, table: MentionRollupTable, rows: readonly MentionRollupRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(SQL[table], [
    // Buckets go as epoch seconds: numbers cost the driver far less to send than Date values.
    rows.map((r) => r.bucket.getTime() / 1000), rows.map((r) => r.agencyId), rows.map((r) => r.issueId), rows.map((r) => r.platform),
    rows.map((r) => r.sentiment), rows.map((r) => r.provinceCode), rows.map((r) => r.regionCode), rows.map((r) => r.language),
    rows.map((r) => r.authorType), rows.map((r) => r.mentions), rows.map((r) => r.reach), rows.map((r) => r.engagement),
    rows.map((r) => r.likes), rows.map((r) => r.replies), rows.map((r) => r.shares), rows.map((r) => r.views),
  ]);
}
