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
 * An agency view walks each agency in scope apart (its own bound, see agencyTopAccounts).
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

/** Which way the answer was found: settled from the reach walk, after summing every candidate, or by a full sum. */
export type TopAccountsPath = 'walk' | 'candidates' | 'full';

export async function listTopAccounts(db: Queryable, f: TopAccountsFilter): Promise<TopAccount[]> {
  return (await findTopAccounts(db, f)).accounts;
}

/** listTopAccounts, also saying which path answered (tests check that each path is exercised). */
export async function findTopAccounts(db: Queryable, f: TopAccountsFilter): Promise<{ accounts: TopAccount[]; path: TopAccountsPath }> {
  const params = [f.dayFrom, f.dayTo, f.agencyIds, f.platform ?? null, f.excludePlatform ?? null, f.limit];
  const src = accountDays(f.agencyIds);
  const days = Math.ceil((f.dayTo.getTime() - f.dayFrom.getTime()) / DAY);
  // Enough account-days that the leaders' whole months are usually among them.
  const k = Math.min(20_000, Math.max(200, f.limit * days * 3));
  if (f.agencyIds) return agencyTopAccounts(db, src, params, days, k, f.limit);
  const { rows: candidates } = await db.query<{ platform: string; handle: string; reach: number }>(
    `/* listTopAccounts */ SELECT r.platform, r.author_handle AS handle, r.reach FROM ${src.table} r WHERE ${src.where} ORDER BY r.reach DESC LIMIT $6`,
    [...params.slice(0, 5), k],
  );
  if (candidates.length === k) {
    const accounts = [...new Map(candidates.map((c) => [`${c.platform}\u0001${c.handle}`, c])).values()];
    const top = await sumAccounts(db, src, params, accounts);
    const bound = days * candidates[k - 1]!.reach;
    // Strictly above the bound, so ties with an unseen account cannot change the order either.
    if (top.length === f.limit && top[f.limit - 1]!.reach > bound) return { accounts: top, path: 'walk' };
  }
  return { accounts: await sumAccounts(db, src, params), path: 'full' };
}

/**
 * Agency scope: each agency's account-days in range are walked by reach (k each, by the
 * (agency, reach) index), so the rows read do not grow with volume. Exact by a threshold
 * bound: an agency's rows that were not walked are each at most its last walked reach
 * (kth_a; 0 when its walk ran out, i.e. saw all its rows), and an account has at most `days`
 * of them per agency, so an account's total is at most its walked (partial) sum
 * + days × Σ kth_a. The best candidates by partial sum are summed in full, and kept when the
 * N-th place is strictly above what any other account could still reach. Platform filters
 * apply to the walk, so the bound holds for the filtered rows it is about.
 */
async function agencyTopAccounts(
  db: Queryable,
  src: { table: string; where: string },
  params: unknown[],
  days: number,
  k: number,
  limit: number,
): Promise<{ accounts: TopAccount[]; path: TopAccountsPath }> {
  const { rows: candidates } = await db.query<{ platform: string; handle: string; partial: number; slack: number }>(
    `/* listTopAccounts */ WITH walk AS (
       SELECT a.id, w.platform, w.author_handle, w.reach
         FROM (SELECT DISTINCT unnest($3::bigint[]) AS id) a CROSS JOIN LATERAL (
           SELECT r.platform, r.author_handle, r.reach FROM mention_author_rollups_daily r
            WHERE r.agency_id = a.id AND r.bucket >= $1 AND r.bucket < $2 AND ${PLATFORM}
            ORDER BY r.reach DESC LIMIT $6) w),
     kth AS (SELECT CASE WHEN count(*) = $6 THEN min(reach) ELSE 0 END AS reach FROM walk GROUP BY id)
     SELECT platform, author_handle AS handle, sum(reach) AS partial, $7::bigint * (SELECT coalesce(sum(reach), 0) FROM kth) AS slack
       FROM walk GROUP BY platform, author_handle ORDER BY partial DESC`,
    [...params.slice(0, 5), k, days],
  );
  if (candidates.length === 0) return { accounts: [], path: 'walk' };
  const slack = Number(candidates[0]!.slack);
  // Summing every candidate would read days × agencies rows each (tens of thousands): the best few first.
  const first = candidates.slice(0, 4 * limit);
  const rest = candidates[first.length];
  const top = await sumAccounts(db, src, params, first);
  if (settled(top, limit, (rest ? Number(rest.partial) : 0) + slack, !rest)) return { accounts: top, path: 'walk' };
  if (rest) {
    const all = await sumAccounts(db, src, params, candidates);
    if (settled(all, limit, slack, true)) return { accounts: all, path: 'candidates' };
  }
  return { accounts: await sumAccounts(db, src, params), path: 'full' };
}

/**
 * Whether the summed top is the answer, when no account outside it can total more than `cap`:
 * the N-th place is strictly above the cap (ties could reorder), or there are fewer than N
 * accounts, every candidate was summed and every walk saw all its agency's rows (cap 0).
 */
function settled(top: TopAccount[], limit: number, cap: number, allSummed: boolean): boolean {
  if (top.length === limit) return Number(top[limit - 1]!.reach) > cap;
  return allSummed && cap === 0;
}

/**
 * The top accounts by summed reach, over every account-day in range or (candidates) only the
 * given accounts' — then driven by the candidates, each looked up by (handle, platform, agency, day).
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
