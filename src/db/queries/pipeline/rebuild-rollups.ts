/**
 * Recomputes every rollup from the stored mentions (after mentions were deleted, or to check
 * that the incremental rollups never drifted). A full scan: an operator's tool, never a
 * dashboard query. Buckets match aggregate-rollups.ts (hours; WIB days as UTC+7).
 */
import type { Queryable } from '../../db.js';
import { FACET_COLUMNS, FACET_TABLE, facetRowsSelect } from './facet-rows.js';
import { AUTHOR_NATIONAL_SELECT } from './upsert-author-rollups.js';

const DIMS = 'agency_id, issue_id, platform, sentiment, province_code, region_code, language, author_type';
const MEASURES = `count(*), sum(reach), sum(engagement), sum(likes), sum(replies), sum(shares), coalesce(sum(views), 0)`;
const HOUR = 'to_timestamp(floor(extract(epoch FROM published_at) / 3600) * 3600)';
const WIB_DAY = 'to_timestamp(floor((extract(epoch FROM published_at) + 25200) / 86400) * 86400 - 25200)';

export async function rebuildRollups(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM mention_rollups_hourly');
  await tx.query('DELETE FROM mention_rollups_daily');
  await tx.query('DELETE FROM mention_author_rollups_daily');
  await tx.query('DELETE FROM mention_author_national_daily');
  for (const facets of Object.values(FACET_TABLE)) await tx.query(`DELETE FROM ${facets}`);
  await tx.query(
    `INSERT INTO mention_rollups_hourly (bucket, ${DIMS}, mentions, reach, engagement, likes, replies, shares, views)
     SELECT ${HOUR}, ${DIMS}, ${MEASURES} FROM mentions GROUP BY ${HOUR}, ${DIMS}`,
  );
  await tx.query(
    `INSERT INTO mention_rollups_daily (bucket, ${DIMS}, mentions, reach, engagement, likes, replies, shares, views)
     SELECT ${WIB_DAY}, ${DIMS}, ${MEASURES} FROM mentions GROUP BY ${WIB_DAY}, ${DIMS}`,
  );
  await tx.query(
    `INSERT INTO mention_author_rollups_daily (bucket, agency_id, platform, author_handle, author_type, max_followers, mentions, reach, engagement)
     SELECT ${WIB_DAY}, agency_id, platform, author_handle, max(author_type), coalesce(max(author_followers), 0), count(*), sum(reach), sum(engagement)
     FROM mentions WHERE author_handle IS NOT NULL
     GROUP BY ${WIB_DAY}, agency_id, platform, author_handle`,
  );
  // The derived tables, from what was just rebuilt (the pipeline adds to them in the same statements as the rollups).
  for (const [combined, facets] of Object.entries(FACET_TABLE)) {
    await tx.query(`INSERT INTO ${facets} (${FACET_COLUMNS}) ${facetRowsSelect(`SELECT * FROM ${combined}`)}`);
  }
  await tx.query(
    `INSERT INTO mention_author_national_daily (bucket, platform, author_handle, mentions, reach, engagement)
     ${AUTHOR_NATIONAL_SELECT('SELECT * FROM mention_author_rollups_daily')}`,
  );
}
