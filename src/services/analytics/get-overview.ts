/**
 * The console's overview: totals with period-over-period change, a time series, the
 * sentiment split, breakdowns (platform, province, regency/city, language, account type),
 * share of voice per agency and per issue, top issues with their spike alerts, and top
 * accounts and news sources by reach. Every figure reads rollups over a bounded range.
 */
import type { Queryable } from '../../db/db.js';
import { listAgenciesById } from '../../db/queries/agencies/list-agencies-by-id.js';
import { breakDownRollups, type RollupDimension, type RollupGroup } from '../../db/queries/analytics/break-down-rollups.js';
import { countIssueBuckets } from '../../db/queries/analytics/count-issue-buckets.js';
import { listIssues, type IssueRow } from '../../db/queries/analytics/list-issues.js';
import { listTopAccounts, type TopAccount } from '../../db/queries/analytics/list-top-accounts.js';
import { wholeDays, wibDayFloor, type RollupFilter } from '../../db/queries/analytics/rollup-source.js';
import { rollupSeries, type SeriesPoint } from '../../db/queries/analytics/rollup-series.js';
import { summarizeRollups } from '../../db/queries/analytics/summarize-rollups.js';
import { relativeChange, shareOf, summarizeMetrics, type MetricSummary } from '../../domain/analytics-metrics.js';
import { detectSpikesInCounts, type SpikeAlert } from '../../nlp/issues/detect-spikes.js';
import type { AgencyScope } from '../../security/permissions/agency-scope.js';
import { issueVisible, previousRange, type TimeRange } from './analytics-request.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Spike buckets as in the NLP detector (3 hours), with its two-day warm-up read before the range. */
const SPIKE_BUCKET_HOURS = 3;
const SPIKE_WARMUP_BUCKETS = 16;

export interface Breakdown extends MetricSummary {
  key: string | null;
  /** Share of all mentions in the filtered range. */
  share: number | null;
}

export interface TopIssue {
  issue: IssueRow;
  totals: MetricSummary;
  share: number | null;
  change: number | null;
  spikes: SpikeAlert[];
}

export interface Overview {
  range: TimeRange;
  previous: TimeRange;
  totals: MetricSummary;
  previousTotals: MetricSummary;
  change: { mentions: number | null; reach: number | null; engagement: number | null; netSentiment: number | null };
  grain: 'hour' | 'day';
  series: SeriesPoint[];
  platforms: Breakdown[];
  provinces: Breakdown[];
  regions: Breakdown[];
  languages: Breakdown[];
  accountTypes: Breakdown[];
  agencies: (Breakdown & { name: string })[];
  issues: TopIssue[];
  topAccounts: TopAccount[];
  topNews: TopAccount[];
}

export interface OverviewOptions {
  /** How many rows each ranked list keeps. Default 10. */
  limit?: number;
}

export async function getOverview(db: Queryable, scope: AgencyScope, filter: RollupFilter, options: OverviewOptions = {}): Promise<Overview> {
  const limit = options.limit ?? 10;
  const range = { from: filter.from, to: filter.to };
  const previous = previousRange(range);
  const grain = wholeDays(filter.from, filter.to) ? 'day' : 'hour';
  // One query after another: PGlite has a single connection, and on PostgreSQL these are
  // each a few milliseconds over rollups.
  const totalsRaw = await summarizeRollups(db, filter);
  const previousRaw = await summarizeRollups(db, { ...filter, ...previous });
  const totals = summarizeMetrics(totalsRaw);
  const previousTotals = summarizeMetrics(previousRaw);
  const series = fillSeries(await rollupSeries(db, filter, grain), range, grain);
  const breakdown = async (dimension: RollupDimension, n = limit) =>
    (await breakDownRollups(db, filter, dimension, n)).map((g) => toBreakdown(g, totals.mentions));
  const platforms = await breakdown('platform', 20);
  const provinces = await breakdown('province_code', 40);
  const regions = await breakdown('region_code', limit);
  const languages = await breakdown('language', 10);
  const accountTypes = await breakdown('author_type', 10);
  const agencyGroups = await breakdown('agency_id', limit);
  const names = new Map((await listAgenciesById(db, agencyGroups.filter((g) => g.key !== null).map((g) => Number(g.key)))).map((a) => [String(a.id), a.abbreviation]));
  const agencies = agencyGroups.map((g) => ({ ...g, name: g.key === null ? '' : (names.get(g.key) ?? g.key) }));
  const issues = await topIssues(db, scope, filter, previous, totals.mentions, limit);
  const days = { dayFrom: wibDayFloor(filter.from), dayTo: new Date(wibDayFloor(new Date(filter.to.getTime() - 1)).getTime() + DAY) };
  const topAccounts = await listTopAccounts(db, { ...days, agencyIds: filter.agencyIds, platform: filter.platform, excludePlatform: filter.platform ? undefined : 'news', limit });
  const topNews = filter.platform && filter.platform !== 'news' ? [] : await listTopAccounts(db, { ...days, agencyIds: filter.agencyIds, platform: 'news', limit });
  return {
    range,
    previous,
    totals,
    previousTotals,
    change: {
      mentions: relativeChange(totals.mentions, previousTotals.mentions),
      reach: relativeChange(totals.reach, previousTotals.reach),
      engagement: relativeChange(totals.engagement, previousTotals.engagement),
      // Net sentiment is already a ratio: its change is the difference in points.
      netSentiment: totals.netSentiment !== null && previousTotals.netSentiment !== null ? totals.netSentiment - previousTotals.netSentiment : null,
    },
    grain,
    series,
    platforms,
    provinces,
    regions,
    languages,
    accountTypes,
    agencies,
    issues,
    topAccounts,
    topNews,
  };
}

function toBreakdown(g: RollupGroup, all: number): Breakdown {
  return { ...summarizeMetrics(g), key: g.key, share: shareOf(g.mentions, all) };
}

async function topIssues(db: Queryable, scope: AgencyScope, filter: RollupFilter, previous: TimeRange, all: number, limit: number): Promise<TopIssue[]> {
  // Ask for more than needed: issues of agencies outside the scope are dropped below.
  const groups = (await breakDownRollups(db, filter, 'issue_id', limit * 3)).filter((g) => g.key !== null);
  const rows = await listIssues(db, { ids: groups.map((g) => Number(g.key)) });
  const byId = new Map(rows.filter((i) => issueVisible(i, scope)).map((i) => [String(i.id), i]));
  const kept = groups.filter((g) => byId.has(g.key as string)).slice(0, limit);
  if (kept.length === 0) return [];
  const prevGroups = await breakDownRollups(db, { ...filter, ...previous }, 'issue_id', 1000);
  const prevById = new Map(prevGroups.map((g) => [g.key, g.mentions]));
  const spikes = await issueSpikes(db, filter, kept.map((g) => Number(g.key)));
  return kept.map((g) => ({
    issue: byId.get(g.key as string)!,
    totals: summarizeMetrics(g),
    share: shareOf(g.mentions, all),
    change: relativeChange(g.mentions, prevById.get(g.key) ?? 0),
    spikes: spikes.filter((s) => s.key === g.key),
  }));
}

/** Spike alerts inside the range for the given issues, from 3-hour counts of the hourly rollup. */
export async function issueSpikes(db: Queryable, filter: RollupFilter, issueIds: number[]): Promise<SpikeAlert[]> {
  const bucketMs = SPIKE_BUCKET_HOURS * HOUR;
  const firstBucket = Math.floor(filter.from.getTime() / bucketMs) - SPIKE_WARMUP_BUCKETS;
  const lastBucket = Math.floor((filter.to.getTime() - 1) / bucketMs);
  const counts = await countIssueBuckets(db, {
    from: new Date(firstBucket * bucketMs),
    to: filter.to,
    agencyIds: filter.agencyIds,
    issueIds,
    bucketHours: SPIKE_BUCKET_HOURS,
  });
  const alerts = detectSpikesInCounts(
    counts.map((c) => ({ key: String(c.issueId), bucket: Number(c.bucket), count: c.mentions })),
    { bucketMs, warmup: SPIKE_WARMUP_BUCKETS },
    { firstBucket, lastBucket },
  );
  return alerts.filter((a) => a.bucketStart >= filter.from);
}

/** Every bucket of the range, zero where nothing was said (charts must not skip quiet days). */
function fillSeries(points: SeriesPoint[], range: TimeRange, grain: 'hour' | 'day'): SeriesPoint[] {
  const step = grain === 'hour' ? HOUR : DAY;
  const start = grain === 'hour' ? range.from.getTime() : wibDayFloor(range.from).getTime();
  const byTime = new Map(points.map((p) => [new Date(p.bucket).getTime(), p]));
  const out: SeriesPoint[] = [];
  for (let t = start; t < range.to.getTime(); t += step) {
    out.push(byTime.get(t) ?? { bucket: new Date(t), mentions: 0, reach: 0, engagement: 0, positive: 0, neutral: 0, negative: 0 });
  }
  return out;
}
