/**
 * Accounts with the most reach over whole WIB days (the per-account rollup is daily only),
 * optionally on one platform ('news' lists news outlets). Agency scope applies.
 *
 * Summing every account-day of a month is the slow part of a dashboard at millions of
 * mentions (one row per account per day). Reach is heavy-tailed, so the answer is found
 * exactly from few rows first: take the accounts of the K account-days with the most reach
 * (an index walk), sum those accounts over the range, and keep the result when the last
 * place already beats what any other account could reach — days × the K-th account-day's
 * reach, since every day of a non-candidate account is at most that. Otherwise sum all.
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

const DAY = 86_400_000;
const WHERE = `bucket >= $1 AND bucket < $2 AND ($3::bigint[] IS NULL OR agency_id = ANY($3::bigint[]))
  AND ($4::text IS NULL OR platform = $4) AND ($5::text IS NULL OR platform <> $5)`;
const SELECT = `SELECT platform, author_handle AS handle, max(author_type) AS "authorType", max(max_followers) AS followers,
  sum(mentions) AS mentions, sum(reach) AS reach, sum(engagement) AS engagement FROM mention_author_rollups_daily`;
const ORDER = `GROUP BY platform, author_handle ORDER BY sum(reach) DESC, sum(mentions) DESC, author_handle, platform LIMIT $6`;

export async function listTopAccounts(db: Queryable, f: TopAccountsFilter): Promise<TopAccount[]> {
  const params = [f.dayFrom, f.dayTo, f.agencyIds, f.platform ?? null, f.excludePlatform ?? null, f.limit];
  // A few agencies' account-days are few (read by the agency index): sum them directly.
  if (f.agencyIds && f.agencyIds.length <= 10) return sumAll(db, params);
  const days = Math.ceil((f.dayTo.getTime() - f.dayFrom.getTime()) / DAY);
  // Enough account-days that the leaders' whole months are usually among them.
  const k = Math.min(20_000, Math.max(200, f.limit * days * 3));
  const { rows: candidates } = await db.query<{ platform: string; handle: string; reach: number }>(
    `/* listTopAccounts */ SELECT platform, author_handle AS handle, reach FROM mention_author_rollups_daily WHERE ${WHERE} ORDER BY reach DESC LIMIT $6`,
    [...params.slice(0, 5), k],
  );
  if (candidates.length === k) {
    const accounts = [...new Map(candidates.map((c) => [`${c.platform}\u0001${c.handle}`, c])).values()];
    // Candidates drive the join, each looked up by (handle, platform, day) — not a scan of the month.
    const { rows: top } = await db.query<TopAccount>(
      `/* listTopAccounts */ SELECT r.platform, r.author_handle AS handle, max(r.author_type) AS "authorType", max(r.max_followers) AS followers,
              sum(r.mentions) AS mentions, sum(r.reach) AS reach, sum(r.engagement) AS engagement
         FROM unnest($7::text[], $8::text[]) c (platform, handle)
         JOIN mention_author_rollups_daily r ON r.author_handle = c.handle AND r.platform = c.platform
        WHERE r.bucket >= $1 AND r.bucket < $2 AND ($3::bigint[] IS NULL OR r.agency_id = ANY($3::bigint[]))
          AND ($4::text IS NULL OR r.platform = $4) AND ($5::text IS NULL OR r.platform <> $5)
        GROUP BY r.platform, r.author_handle
        ORDER BY sum(r.reach) DESC, sum(r.mentions) DESC, r.author_handle, r.platform LIMIT $6`,
      [...params, accounts.map((c) => c.platform), accounts.map((c) => c.handle)],
    );
    const bound = days * candidates[k - 1]!.reach;
    // Strictly above the bound, so ties with an unseen account cannot change the order either.
    if (top.length === f.limit && top[f.limit - 1]!.reach > bound) return top;
  }
  return sumAll(db, params);
}

async function sumAll(db: Queryable, params: unknown[]): Promise<TopAccount[]> {
  const { rows } = await db.query<TopAccount>(`/* listTopAccounts */ ${SELECT} WHERE ${WHERE} ${ORDER}`, params);
  return rows;
}
