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
 *
 * A national view reads the account-days summed over agencies (migration 0520), so a
 * candidate joins at most one row per day instead of one per day × agency. Author type and
 * followers are not summable: they come from the per-account rollup for the listed rows only.
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
const AGENCY = `($3::bigint[] IS NULL OR r.agency_id = ANY($3::bigint[]))`;
const PLATFORM = `($4::text IS NULL OR r.platform = $4) AND ($5::text IS NULL OR r.platform <> $5)`;

/** Where account-days are read (as `r`): per agency, or (national scope) summed over agencies. */
function accountDays(agencyIds: readonly number[] | null): { table: string; where: string } {
  const range = 'r.bucket >= $1 AND r.bucket < $2';
  return agencyIds
    ? { table: 'mention_author_rollups_daily', where: `${range} AND ${AGENCY} AND ${PLATFORM}` }
    : { table: 'mention_author_national_daily', where: `${range} AND $3::bigint[] IS NULL AND ${PLATFORM}` };
}

export async function listTopAccounts(db: Queryable, f: TopAccountsFilter): Promise<TopAccount[]> {
  const params = [f.dayFrom, f.dayTo, f.agencyIds, f.platform ?? null, f.excludePlatform ?? null, f.limit];
  const src = accountDays(f.agencyIds);
  // A few agencies' account-days are few (read by the agency index): sum them directly.
  if (f.agencyIds && f.agencyIds.length <= 10) return sumAccounts(db, src, params);
  const days = Math.ceil((f.dayTo.getTime() - f.dayFrom.getTime()) / DAY);
  // Enough account-days that the leaders' whole months are usually among them.
  const k = Math.min(20_000, Math.max(200, f.limit * days * 3));
  const { rows: candidates } = await db.query<{ platform: string; handle: string; reach: number }>(
    `/* listTopAccounts */ SELECT r.platform, r.author_handle AS handle, r.reach FROM ${src.table} r WHERE ${src.where} ORDER BY r.reach DESC LIMIT $6`,
    [...params.slice(0, 5), k],
  );
  if (candidates.length === k) {
    const accounts = [...new Map(candidates.map((c) => [`${c.platform}\u0001${c.handle}`, c])).values()];
    const top = await sumAccounts(db, src, params, accounts);
    const bound = days * candidates[k - 1]!.reach;
    // Strictly above the bound, so ties with an unseen account cannot change the order either.
    if (top.length === f.limit && top[f.limit - 1]!.reach > bound) return top;
  }
  return sumAccounts(db, src, params);
}

/**
 * The top accounts by summed reach, over every account-day in range or (candidates) only the
 * given accounts' — then driven by the candidates, each looked up by (handle, platform, day).
 */
async function sumAccounts(
  db: Queryable,
  src: { table: string; where: string },
  params: unknown[],
  candidates?: { platform: string; handle: string }[],
): Promise<TopAccount[]> {
  const from = candidates
    ? `unnest($7::text[], $8::text[]) c (platform, handle) JOIN ${src.table} r ON r.author_handle = c.handle AND r.platform = c.platform`
    : `${src.table} r`;
  const { rows } = await db.query<TopAccount>(
    `/* listTopAccounts */ WITH top AS (
       SELECT r.platform, r.author_handle AS handle, sum(r.mentions) AS mentions, sum(r.reach) AS reach, sum(r.engagement) AS engagement
         FROM ${from} WHERE ${src.where}
        GROUP BY r.platform, r.author_handle ORDER BY sum(r.reach) DESC, sum(r.mentions) DESC, r.author_handle, r.platform LIMIT $6)
     SELECT top.platform, top.handle, x."authorType", x.followers, top.mentions, top.reach, top.engagement
       FROM top CROSS JOIN LATERAL (
         SELECT max(author_type) AS "authorType", max(max_followers) AS followers FROM mention_author_rollups_daily s
          WHERE s.author_handle = top.handle AND s.platform = top.platform AND s.bucket >= $1 AND s.bucket < $2
            AND ($3::bigint[] IS NULL OR s.agency_id = ANY($3::bigint[]))) x
      ORDER BY top.reach DESC, top.mentions DESC, top.handle, top.platform`,
    candidates ? [...params, candidates.map((c) => c.platform), candidates.map((c) => c.handle)] : params,
  );
  return rows;
}
