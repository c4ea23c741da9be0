/**
 * Accounts with the most reach over whole WIB days (the per-account rollup is daily only),
 * optionally on one platform ('news' lists news outlets). Agency scope applies.
 */
import type { Queryable } from '../../db.js';

export interface TopAccount {
  platform: string;
  handle: string;
  authorType: string;
  followers: number;
  mentions: number;
  reach: number;
  engagement: number;
}

export interface TopAccountsFilter {
  dayFrom: Date;
  dayTo: Date;
  agencyIds: readonly number[] | null;
  platform?: string | undefined;
  excludePlatform?: string | undefined;
  limit: number;
}

export async function listTopAccounts(db: Queryable, f: TopAccountsFilter): Promise<TopAccount[]> {
  const { rows } = await db.query<TopAccount>(
    `/* listTopAccounts */ SELECT platform, author_handle AS handle, max(author_type) AS "authorType", max(max_followers) AS followers,
            sum(mentions) AS mentions, sum(reach) AS reach, sum(engagement) AS engagement
       FROM mention_author_rollups_daily
      WHERE bucket >= $1 AND bucket < $2
        AND ($3::bigint[] IS NULL OR agency_id = ANY($3::bigint[]))
        AND ($4::text IS NULL OR platform = $4) AND ($5::text IS NULL OR platform <> $5)
      GROUP BY platform, author_handle
      ORDER BY sum(reach) DESC, sum(mentions) DESC, author_handle LIMIT $6`,
    [f.dayFrom, f.dayTo, f.agencyIds, f.platform ?? null, f.excludePlatform ?? null, f.limit],
  );
  return rows;
}
