/**
 * Dashboard figures read from rollups, checked against an independent count over the raw
 * mentions of a small generated dataset, on both backends; and the agency scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMentions, insertMentions, insertTestAgency } from '../../../test/helpers/analytics-data.js';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { summarizeRollups } from '../../db/queries/analytics/summarize-rollups.js';
import { getArticleReach } from '../../db/queries/analytics/get-article-reach.js';
import { findTopAccounts, listTopAccounts } from '../../db/queries/analytics/list-top-accounts.js';
import { rebuildRollups } from '../../db/queries/pipeline/rebuild-rollups.js';
import { upsertAuthorRollups, type AuthorRollupRow } from '../../db/queries/pipeline/upsert-author-rollups.js';
import { upsertMentionRollups, type MentionRollupRow } from '../../db/queries/pipeline/upsert-mention-rollups.js';
import { resolveAgencyScope } from '../../security/permissions/agency-scope.js';
import { userPrincipal } from '../../security/permissions/principal.js';
import { resolveFilters, type AnalyticsFilters } from './analytics-request.js';
import { getOverview } from './get-overview.js';

const END = new Date('2026-11-27T10:00:00Z');
let t: TestDatabase;
let agencyA: number;
let agencyA1: number;
let agencyB: number;
let issueX: number;
let issueY: number;
const national = { all: true } as const;

beforeAll(async () => {
  t = await openTestDb();
  agencyA = await insertTestAgency(t.db, 'prov-a', null);
  agencyA1 = await insertTestAgency(t.db, 'kota-a1', agencyA);
  agencyB = await insertTestAgency(t.db, 'prov-b', null);
  issueX = Number((await t.db.query<{ id: number }>(`INSERT INTO issues (key, label) VALUES ('isu-x', 'Isu X') RETURNING id`)).rows[0]!.id);
  issueY = Number((await t.db.query<{ id: number }>(`INSERT INTO issues (key, label, agency_id) VALUES ('isu-y', 'Isu Y', $1) RETURNING id`, [agencyB])).rows[0]!.id);
  const mentions = generateMentions({ count: 3000, end: END, days: 70, agencyIds: [agencyA, agencyA1, agencyB, null], issueIds: [issueX, issueY, null], seed: 11 });
  // A planted burst on issue X: 60 mentions within three hours, two days before the end.
  const burst = new Date(END.getTime() - 2 * 86_400_000);
  for (let i = 0; i < 60; i++) {
    mentions.push({ ...mentions[i]!, publishedAt: new Date(burst.getTime() + i * 60_000), issueId: issueX, agencyId: agencyA });
  }
  // Two heavy accounts, so top accounts can be settled from the biggest account-days alone (the pruned path).
  for (let d = 0; d < 12; d++) {
    for (const [handle, reach] of [['megaportal', 900_000], ['seleb_jabar', 400_000]] as const) {
      mentions.push({ ...mentions[d]!, publishedAt: new Date(END.getTime() - (d + 1) * 86_400_000), platform: 'instagram', authorHandle: handle, reach, issueId: null });
    }
  }
  await insertMentions(t.db, mentions);
});
afterAll(async () => t?.close());

/** The independent check: the same totals straight from mentions. */
async function rawTotals(f: { from: Date; to: Date; agencyIds: number[] | null; platform?: string; sentiment?: string; province?: string; region?: string; language?: string; type?: string; issueId?: number }) {
  const { rows } = await t.db.query<Record<string, number>>(
    `SELECT count(*) AS mentions, coalesce(sum(reach), 0) AS reach, coalesce(sum(engagement), 0) AS engagement,
            count(*) FILTER (WHERE sentiment = 'positive') AS positive, count(*) FILTER (WHERE sentiment = 'neutral') AS neutral,
            count(*) FILTER (WHERE sentiment = 'negative') AS negative
       FROM mentions WHERE published_at >= $1 AND published_at < $2 AND ($3::bigint[] IS NULL OR agency_id = ANY($3))
        AND ($4::text IS NULL OR platform = $4) AND ($5::text IS NULL OR sentiment = $5) AND ($6::text IS NULL OR province_code = $6)
        AND ($7::text IS NULL OR region_code = $7) AND ($8::text IS NULL OR language = $8) AND ($9::text IS NULL OR author_type = $9)
        AND ($10::bigint IS NULL OR issue_id = $10)`,
    [f.from, f.to, f.agencyIds, f.platform ?? null, f.sentiment ?? null, f.province ?? null, f.region ?? null, f.language ?? null, f.type ?? null, f.issueId ?? null],
  );
  return rows[0]!;
}

async function filterFor(filters: AnalyticsFilters, scope: Parameters<typeof resolveFilters>[1] = national) {
  return (await resolveFilters(t.db, scope, filters, END)).filter;
}

describe('analytics over rollups', () => {
  it('matches raw counts over ranges that start and end mid-day (daily and hourly rollups combined)', async () => {
    const ranges: [string, string][] = [
      ['2026-10-20T05:00:00Z', '2026-11-26T13:00:00Z'],
      ['2026-11-01', '2026-11-15'],
      ['2026-11-25T03:00:00Z', '2026-11-26T02:00:00Z'],
      ['2026-09-18T17:00:00Z', '2026-11-27T10:00:00Z'],
    ];
    for (const [from, to] of ranges) {
      const filter = await filterFor({ from, to });
      const raw = await rawTotals({ from: filter.from, to: filter.to, agencyIds: null });
      expect(await summarizeRollups(t.db, filter)).toEqual(raw);
      // The overview of the same unfiltered range reads the facet rollups (daily + hourly edges), national and per agency.
      const o = await getOverview(t.db, national, filter);
      expect(o.totals).toMatchObject(raw);
      expect(o.series.reduce((n, p) => n + p.mentions, 0)).toBe(raw.mentions);
      const { rows: byPlatform } = await t.db.query<{ key: string; n: number }>(
        'SELECT platform AS key, count(*) AS n FROM mentions WHERE published_at >= $1 AND published_at < $2 GROUP BY 1 ORDER BY 2 DESC, 1',
        [filter.from, filter.to],
      );
      expect(o.platforms.map((b) => [b.key, b.mentions])).toEqual(byPlatform.map((r) => [r.key, r.n]));
      const scoped = await getOverview(t.db, { all: false, agencyIds: new Set([agencyA, agencyA1]) }, { ...filter, agencyIds: [agencyA, agencyA1] });
      expect(scoped.totals).toMatchObject(await rawTotals({ from: filter.from, to: filter.to, agencyIds: [agencyA, agencyA1] }));
      expect(o.agencies.find((a) => a.key === String(agencyA))?.mentions).toBe((await rawTotals({ from: filter.from, to: filter.to, agencyIds: [agencyA] })).mentions);
    }
  });

  it('matches raw counts under every filter', async () => {
    const base = { from: '2026-10-10T07:00:00Z', to: '2026-11-27T09:00:00Z' };
    const cases: [AnalyticsFilters, Parameters<typeof rawTotals>[0] extends infer R ? Omit<R, 'from' | 'to' | 'agencyIds'> : never][] = [
      [{ platform: 'x' }, { platform: 'x' }],
      [{ sentiment: 'negative' }, { sentiment: 'negative' }],
      [{ region: 'jawa-barat' }, { province: '32' }],
      [{ region: 'kota-bandung' }, { region: '32.73' }],
      [{ language: 'jv' }, { language: 'jv' }],
      [{ type: 'influencer' }, { type: 'influencer' }],
      [{ issue: 'isu-x', platform: 'news' }, { issueId: issueX, platform: 'news' }],
    ];
    for (const [filters, raw] of cases) {
      const filter = await filterFor({ ...base, ...filters });
      const expected = await rawTotals({ from: filter.from, to: filter.to, agencyIds: null, ...raw });
      expect(expected.mentions).toBeGreaterThan(0);
      expect(await summarizeRollups(t.db, filter)).toEqual(expected);
    }
  });

  it('builds the overview: series, breakdowns, share of voice, change and top accounts agree with the raw rows', async () => {
    const filter = await filterFor({ from: '2026-10-28', to: '2026-11-26' });
    const o = await getOverview(t.db, national, filter, { limit: 50 });
    const raw = await rawTotals({ from: filter.from, to: filter.to, agencyIds: null });
    expect(o.totals.mentions).toBe(raw.mentions);
    expect(o.totals.netSentiment).toBeCloseTo((raw.positive! - raw.negative!) / raw.mentions!, 10);
    expect(o.totals.engagementRate).toBeCloseTo(raw.engagement! / raw.reach!, 10);
    expect(o.grain).toBe('day');
    expect(o.series).toHaveLength(30);
    expect(o.series.reduce((s, p) => s + p.mentions, 0)).toBe(raw.mentions);
    // One day of the series, counted independently by WIB day.
    const day = o.series[10]!;
    const dayRaw = await rawTotals({ from: new Date(day.bucket), to: new Date(new Date(day.bucket).getTime() + 86_400_000), agencyIds: null });
    expect(day.mentions).toBe(dayRaw.mentions);

    const { rows: platforms } = await t.db.query<{ platform: string; n: number }>(
      'SELECT platform, count(*) AS n FROM mentions WHERE published_at >= $1 AND published_at < $2 GROUP BY platform',
      [filter.from, filter.to],
    );
    for (const p of platforms) expect(o.platforms.find((b) => b.key === p.platform)?.mentions).toBe(p.n);
    expect(o.platforms.reduce((s, b) => s + (b.share ?? 0), 0)).toBeCloseTo(1, 10);

    const previous = await rawTotals({ ...o.previous, agencyIds: null });
    expect(o.previousTotals.mentions).toBe(previous.mentions);
    expect(o.change.mentions).toBeCloseTo((raw.mentions! - previous.mentions!) / previous.mentions!, 10);

    const sovA = o.agencies.find((a) => a.key === String(agencyA))!;
    const rawA = await rawTotals({ from: filter.from, to: filter.to, agencyIds: [agencyA] });
    expect(sovA.share).toBeCloseTo(rawA.mentions! / raw.mentions!, 10);

    // Accounts are per platform: the same handle on two platforms may be two people.
    const { rows: accounts } = await t.db.query<{ handle: string; reach: number }>(
      `SELECT author_handle AS handle, sum(reach) AS reach FROM mentions WHERE published_at >= $1 AND published_at < $2 AND platform <> 'news'
        GROUP BY platform, author_handle ORDER BY sum(reach) DESC LIMIT 3`,
      [filter.from, filter.to],
    );
    expect(o.topAccounts.slice(0, 3).map((a) => [a.handle, a.reach])).toEqual(accounts.map((a) => [a.handle, a.reach]));
  });

  it('gives the same overview whether its reads run concurrently (PostgreSQL pool) or one after another (a transaction)', async () => {
    for (const [filters, scope] of [[{ from: '2026-10-28', to: '2026-11-26' }, national], [{ from: '2026-11-01', to: '2026-11-20', platform: 'x' }, national]] as const) {
      const filter = await filterFor(filters, scope);
      const pooled = await getOverview(t.db, scope, filter);
      const single = await t.db.transaction((tx) => getOverview(tx, scope, filter));
      expect(pooled).toEqual(single);
      expect(pooled.topAccounts.length).toBeGreaterThan(0);
      expect(pooled.issues.length).toBeGreaterThan(0);
    }
  });

  it('finds the same top accounts as a full aggregation, national and for one or several agencies, news outlets too', async () => {
    const dayFrom = new Date('2026-10-27T17:00:00Z');
    const dayTo = new Date('2026-11-26T17:00:00Z');
    for (const limit of [1, 2, 3, 8]) {
      for (const agencyIds of [null, [agencyA], [agencyA, agencyA1, agencyB]]) {
        for (const platforms of [{ excludePlatform: 'news' }, { platform: 'news' }, { platform: 'x' }]) {
          const { rows } = await t.db.query<{ handle: string; reach: number; mentions: number; type: string; followers: number }>(
            `SELECT author_handle AS handle, sum(reach) AS reach, count(*) AS mentions, max(author_type) AS type, max(author_followers) AS followers
               FROM mentions WHERE published_at >= $1 AND published_at < $2 AND ($3::bigint[] IS NULL OR agency_id = ANY($3))
                AND ($5::text IS NULL OR platform = $5) AND ($6::text IS NULL OR platform <> $6)
              GROUP BY platform, author_handle ORDER BY sum(reach) DESC, count(*) DESC, author_handle, platform LIMIT $4`,
            [dayFrom, dayTo, agencyIds, limit, platforms.platform ?? null, platforms.excludePlatform ?? null],
          );
          const top = await listTopAccounts(t.db, { dayFrom, dayTo, agencyIds, ...platforms, limit });
          // Type and followers are not summable (national reads take them from the per-agency rows): checked too.
          expect(top.map((a) => [a.handle, a.reach, a.mentions, a.authorType, a.followers]), JSON.stringify({ limit, agencyIds, platforms }))
            .toEqual(rows.map((r) => [r.handle, r.reach, r.mentions, r.type, r.followers]));
        }
      }
    }
  });

  it("settles an agency view's top accounts from each agency's reach walk when the bound allows, and sums further when not", async () => {
    const dayFrom = new Date('2026-10-27T17:00:00Z');
    const dayTo = new Date('2026-11-26T17:00:00Z');
    const day = (d: number) => new Date(dayFrom.getTime() + d * 86_400_000);
    type Spec = { handle: string; platform?: string; agencies: number[]; reach: number; mentions?: number; days?: number };
    /** Account-days written straight to the per-account rollup of three fresh agencies (rolled back), then read. */
    async function scenario(specs: (agencies: number[]) => Spec[], reads: { limit: number; platform?: string; excludePlatform?: string }[]) {
      const paths: string[] = [];
      const rollback = new Error('rollback');
      await expect(
        t.db.transaction(async (tx) => {
          const agencies: number[] = [];
          for (const code of ['uji-1', 'uji-2', 'uji-3']) {
            agencies.push(Number((await tx.query<{ id: number }>(`INSERT INTO agencies (code, slug, name, abbreviation, level, kind) VALUES ($1, $1, $1, $1, 'province', 'regional_government') RETURNING id`, [code])).rows[0]!.id));
          }
          const rows: AuthorRollupRow[] = specs(agencies).flatMap((s) =>
            s.agencies.flatMap((agencyId) => Array.from({ length: s.days ?? 30 }, (_, d) => ({
              bucket: day(d), agencyId, platform: s.platform ?? 'x', authorHandle: s.handle, authorType: 'citizen', maxFollowers: s.reach, mentions: s.mentions ?? 1, reach: s.reach, engagement: 1,
            }))),
          );
          await upsertAuthorRollups(tx, rows);
          for (const read of reads) {
            // The independent answer: every account-day of the agencies in range, summed.
            const { rows: full } = await tx.query<{ handle: string; reach: number; mentions: number }>(
              `SELECT author_handle AS handle, sum(reach) AS reach, sum(mentions) AS mentions FROM mention_author_rollups_daily
                WHERE bucket >= $1 AND bucket < $2 AND agency_id = ANY($3) AND ($5::text IS NULL OR platform = $5) AND ($6::text IS NULL OR platform <> $6)
                GROUP BY platform, author_handle ORDER BY sum(reach) DESC, sum(mentions) DESC, author_handle, platform LIMIT $4`,
              [dayFrom, dayTo, agencies, read.limit, read.platform ?? null, read.excludePlatform ?? null],
            );
            const found = await findTopAccounts(tx, { dayFrom, dayTo, agencyIds: agencies, ...read });
            expect(found.accounts.map((a) => [a.handle, a.reach, a.mentions]), JSON.stringify(read)).toEqual(full.map((r) => [r.handle, r.reach, r.mentions]));
            paths.push(found.path);
          }
          throw rollback;
        }),
      ).rejects.toBe(rollback);
      return paths;
    }
    // Two heavy accounts in every agency above 250 light account-days per agency: the walks (200 rows each at limit 2) do not
    // run out, and what they leave unseen (≤ 30 days × Σ 10) cannot catch up. News outlets are walked apart, among the light rows.
    const filler = (agencies: number[]) => Array.from({ length: 25 }, (_, i) => ({ handle: `isi_${i}`, agencies, reach: 10, days: 10 }));
    expect(await scenario((a) => [
      { handle: 'raksasa', agencies: a, reach: 100_000 }, { handle: 'besar', agencies: a.slice(1), reach: 90_000 },
      { handle: 'koran', platform: 'news', agencies: a, reach: 50_000 }, { handle: 'tabloid', platform: 'news', agencies: [a[0]!], reach: 40_000 },
      ...filler(a), ...Array.from({ length: 8 }, (_, i) => ({ handle: `warta_${i}`, platform: 'news', agencies: a, reach: 10 + i, days: 10 })),
    ], [{ limit: 2, excludePlatform: 'news' }, { limit: 2, platform: 'news' }, { limit: 1, platform: 'x' }])).toEqual(['walk', 'walk', 'walk']);
    // Equal account-days everywhere: the bound equals the leaders' totals (no strict margin), so everything is summed;
    // the order then comes from mentions and handle, as in the full sum.
    expect(await scenario((a) => Array.from({ length: 10 }, (_, i) => ({ handle: `rata_${i}`, agencies: a, reach: 1_000, mentions: 1 + (i % 3) })), [{ limit: 2 }]))
      .toEqual(['full']);
    // An account never walked (every day just below each agency's last walked row) out-totals the one big account-day:
    // only the full sum finds it.
    expect(await scenario((a) => [{ handle: 'kilat', agencies: [a[0]!], reach: 700, days: 1 }, { handle: 'tekun', agencies: a, reach: 9 }, ...filler(a)], [{ limit: 1 }]))
      .toEqual(['full']);
    // Five accounts with big partial sums: the four best summed first cannot rule out the fifth (its partial + the bound
    // reaches the leader), but once every candidate is summed the leader stands above the bound.
    expect(await scenario((a) => [
      { handle: 'pemimpin', agencies: [a[0]!], reach: 4_020 },
      ...Array.from({ length: 5 }, (_, i) => ({ handle: `pengejar_${i}`, agencies: [a[0]!], reach: 4_000 })),
      ...filler(a),
    ], [{ limit: 1 }])).toEqual(['candidates']);
  });

  it('reports the planted burst as a spike of its issue, and nothing for a quiet issue', async () => {
    const filter = await filterFor({ from: '2026-11-20', to: '2026-11-27' });
    const o = await getOverview(t.db, national, filter);
    const x = o.issues.find((i) => i.issue.key === 'isu-x')!;
    expect(x.spikes.length).toBeGreaterThan(0);
    const burstStart = new Date(END.getTime() - 2 * 86_400_000);
    expect(x.spikes.some((s) => Math.abs(s.bucketStart.getTime() - burstStart.getTime()) <= 3 * 3_600_000)).toBe(true);
    expect(o.issues.find((i) => i.issue.key === 'isu-y')?.spikes ?? []).toEqual([]);
    // An issue's page: the same figures for the issue, from the combined rollups (a filtered view), without top accounts
    // (the per-account rollup has no issue dimension, so listing accounts would be wrong).
    const issueFilter = await filterFor({ from: '2026-11-20', to: '2026-11-27', issue: 'isu-x' });
    const issueView = await getOverview(t.db, national, issueFilter);
    expect(issueView.totals.mentions).toBe((await rawTotals({ from: issueFilter.from, to: issueFilter.to, agencyIds: null, issueId: issueX })).mentions);
    expect(issueView.issues.map((i) => i.issue.key)).toEqual(['isu-x']);
    expect(issueView.issues[0]!.spikes).toEqual(x.spikes);
    expect(issueView.accountsAvailable).toBe(false);
    expect(issueView.topAccounts).toEqual([]);
    expect(o.accountsAvailable).toBe(true);
  });

  it("keeps an analyst of a sub-agency to that agency, an agency admin to theirs and sub-agencies, and hides another agency's issue", async () => {
    const analystA1 = await resolveAgencyScope(t.db, userPrincipal(1, [{ agencyId: agencyA1, role: 'analyst', includesSubAgencies: false }]), 'analytics.read');
    const adminA = await resolveAgencyScope(t.db, userPrincipal(2, [{ agencyId: agencyA, role: 'agency_admin', includesSubAgencies: true }]), 'analytics.read');
    const range = { from: '2026-10-01', to: '2026-11-26' };
    const f1 = await filterFor(range, analystA1);
    expect(f1.agencyIds).toEqual([agencyA1]);
    expect(await summarizeRollups(t.db, f1)).toEqual(await rawTotals({ from: f1.from, to: f1.to, agencyIds: [agencyA1] }));
    const fA = await filterFor(range, adminA);
    expect([...fA.agencyIds!].sort()).toEqual([agencyA, agencyA1].sort());
    const o = await getOverview(t.db, analystA1, f1);
    expect(o.agencies.map((a) => a.key)).toEqual([String(agencyA1)]);
    // Issue Y is tracked by agency B: not listed for A1, and asking for it is a 404.
    expect(o.issues.map((i) => i.issue.key)).not.toContain('isu-y');
    await expect(filterFor({ ...range, issue: 'isu-y' }, analystA1)).rejects.toMatchObject({ code: 'not_found' });
    await expect(filterFor({ ...range, agency: agencyB }, analystA1)).rejects.toMatchObject({ code: 'not_found' });
    await expect(filterFor({ ...range, agency: agencyA }, analystA1)).rejects.toMatchObject({ code: 'not_found' });
    // An admin choosing the sub-agency gets just it.
    expect((await filterFor({ ...range, agency: agencyA1 }, adminA)).agencyIds).toEqual([agencyA1]);
  });

  it('refuses reversed, over-long and unknown-region filters with a 400', async () => {
    await expect(filterFor({ from: '2026-11-20', to: '2026-11-01' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(filterFor({ from: '2024-01-01', to: '2026-11-01' })).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(filterFor({ region: 'atlantis' })).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it("keeps the facet rollups equal to the pipeline's rollups through incremental upserts (insert and update paths)", async () => {
    const row = (over: Partial<MentionRollupRow>): MentionRollupRow => ({
      bucket: new Date('2026-11-26T17:00:00Z'), agencyId: agencyA, issueId: issueX, platform: 'x', sentiment: 'negative', provinceCode: '32', regionCode: '32.73',
      language: 'id', authorType: 'citizen', mentions: 3, reach: 300, engagement: 30, likes: 0, replies: 0, shares: 0, views: 0, ...over,
    });
    await t.db.transaction(async (tx) => {
      for (const table of ['mention_rollups_daily', 'mention_rollups_hourly'] as const) {
        await upsertMentionRollups(tx, table, [row({}), row({ platform: 'tiktok', sentiment: null, issueId: null })]);
        await upsertMentionRollups(tx, table, [row({ mentions: 2, reach: 10 }), row({ agencyId: null, provinceCode: null, regionCode: null, language: null })]);
      }
    });
    for (const [facet, column] of [['all', 'NULL::text'], ['platform', 'platform'], ['province', 'province_code'], ['region', 'region_code'], ['language', 'language'], ['type', 'author_type'], ['issue', 'issue_id::text']]) {
      const cube = await t.db.query(
        `SELECT bucket, agency_id, ${column} AS value, sum(mentions) AS m, sum(reach) AS r, sum(mentions) FILTER (WHERE sentiment = 'negative') AS n
           FROM mention_rollups_daily GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      );
      const facets = await t.db.query(
        `SELECT bucket, agency_id, value, mentions AS m, reach AS r, nullif(negative, 0) AS n FROM mention_facets_daily WHERE facet = $1 AND NOT national AND mentions <> 0 ORDER BY 1, 2, 3`,
        [facet],
      );
      expect(facets.rows, facet).toEqual(cube.rows);
      const nationalCube = await t.db.query(
        `SELECT bucket, ${column} AS value, sum(mentions) AS m, sum(reach) AS r FROM mention_rollups_daily GROUP BY 1, 2 ORDER BY 1, 2`,
      );
      const national = await t.db.query(`SELECT bucket, value, mentions AS m, reach AS r FROM mention_facets_daily WHERE facet = $1 AND national AND mentions <> 0 ORDER BY 1, 2`, [facet]);
      expect(national.rows, `${facet} national`).toEqual(nationalCube.rows);
    }
    // National rows (agency NULL) are one per key: NULLS NOT DISTINCT makes repeated upserts add up instead of duplicating.
    for (const table of ['mention_facets_daily', 'mention_facets_hourly']) {
      const dup = await t.db.query(`SELECT facet, bucket, value FROM ${table} WHERE national GROUP BY 1, 2, 3 HAVING count(*) > 1`);
      expect(dup.rows, table).toEqual([]);
    }
    const hourlyIssues = `SELECT bucket, agency_id, issue_id::text AS value, sum(mentions) AS m FROM mention_rollups_hourly WHERE issue_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const hourlyIssueFacets = `SELECT bucket, agency_id, value, mentions AS m FROM mention_facets_hourly WHERE facet = 'issue' AND NOT national AND value IS NOT NULL AND mentions <> 0 ORDER BY 1, 2, 3`;
    expect((await t.db.query(hourlyIssueFacets)).rows).toEqual((await t.db.query(hourlyIssues)).rows);
    // The rebuild recomputes the facets from the rebuilt rollups (rolled back, so the other tests keep their data).
    const rollback = new Error('rollback');
    await expect(
      t.db.transaction(async (tx) => {
        await rebuildRollups(tx);
        const rebuilt = await tx.query(hourlyIssueFacets);
        expect(rebuilt.rows.length).toBeGreaterThan(0);
        expect(rebuilt.rows).toEqual((await tx.query(hourlyIssues)).rows);
        const totals = `SELECT sum(mentions) AS m, sum(reach) AS r FROM mention_rollups_daily`;
        expect((await tx.query(`SELECT sum(mentions) AS m, sum(reach) AS r FROM mention_facets_daily WHERE facet = 'platform' AND national`)).rows).toEqual((await tx.query(totals)).rows);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it('keeps the national account-days equal to the per-account rollup summed over agencies (insert, update, rebuild)', async () => {
    const summed = `SELECT bucket, platform, author_handle, sum(mentions) AS m, sum(reach) AS r, sum(engagement) AS e
                      FROM mention_author_rollups_daily GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const national = `SELECT bucket, platform, author_handle, mentions AS m, reach AS r, engagement AS e FROM mention_author_national_daily ORDER BY 1, 2, 3`;
    expect((await t.db.query(national)).rows).toEqual((await t.db.query(summed)).rows);
    const row = (over: Partial<AuthorRollupRow>): AuthorRollupRow => ({
      bucket: new Date('2026-11-25T17:00:00Z'), agencyId: agencyA, platform: 'x', authorHandle: 'akun_baru', authorType: 'citizen', maxFollowers: 10, mentions: 2, reach: 20, engagement: 3, ...over,
    });
    // Rolled back at the end, so the other tests keep their data.
    const rollback = new Error('rollback');
    await expect(
      t.db.transaction(async (tx) => {
        await upsertAuthorRollups(tx, [row({}), row({ agencyId: agencyB }), row({ agencyId: null, platform: 'tiktok' })]);
        await upsertAuthorRollups(tx, [row({ mentions: 1, reach: 5 }), row({ authorHandle: 'akun0', agencyId: agencyA1 })]);
        expect((await tx.query(national)).rows).toEqual((await tx.query(summed)).rows);
        expect((await tx.query(`SELECT mentions, reach FROM mention_author_national_daily WHERE author_handle = 'akun_baru' AND platform = 'x'`)).rows).toEqual([{ mentions: 5, reach: 45 }]);
        await rebuildRollups(tx);
        expect((await tx.query(national)).rows).toEqual((await tx.query(summed)).rows);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  });

  it("sums an article's owned reach and its news and social pick-ups", async () => {
    const published = new Date('2026-11-10T02:00:00Z');
    const { rows } = await t.db.query<{ id: number }>(
      `INSERT INTO articles (agency_id, slug, title, status, published_at) VALUES ($1, 'bansos-cair', 'Bansos cair', 'published', $2) RETURNING id`,
      [agencyA, published],
    );
    const articleId = Number(rows[0]!.id);
    await t.db.query(`INSERT INTO article_engagement_daily (article_id, day, reads, reactions, comments, share_clicks) VALUES ($1, '2026-11-10', 900, 40, 5, 12), ($1, '2026-11-11', 100, 0, 1, 3)`, [articleId]);
    const base = { agencyId: agencyA, issueId: null, sentiment: 'neutral', provinceCode: null, regionCode: null, language: 'id', authorType: 'media', authorHandle: 'portalberita', engagement: 7 };
    const path = '/berita/prov-a/bansos-cair';
    await insertMentions(t.db, [
      { ...base, publishedAt: new Date('2026-11-10T05:00:00Z'), platform: 'news', url: 'https://berita.example/1', links: [`https://humas.example${path}`], text: 'Pemprov menyalurkan bansos', reach: 5000 },
      { ...base, publishedAt: new Date('2026-11-11T05:00:00Z'), platform: 'x', text: `baca ini https://humas.example${path} mantap`, reach: 800 },
      // Not pick-ups: another article whose slug starts the same, a post before publication, one after the window.
      { ...base, publishedAt: new Date('2026-11-11T06:00:00Z'), platform: 'x', text: `https://humas.example${path}-2`, reach: 999 },
      { ...base, publishedAt: new Date('2026-11-09T06:00:00Z'), platform: 'x', text: `https://humas.example${path}`, reach: 999 },
      { ...base, publishedAt: new Date('2026-12-15T06:00:00Z'), platform: 'x', text: `https://humas.example${path}`, reach: 999 },
    ]);
    const reach = await getArticleReach(t.db, articleId);
    expect(reach).toMatchObject({
      path,
      owned: { reads: 1000, reactions: 40, comments: 6, shareClicks: 15 },
      news: { mentions: 1, reach: 5000, engagement: 7 },
      social: { mentions: 1, reach: 800, engagement: 7 },
    });
  });
});
