/**
 * The console's overview: totals with period-over-period change, a time series, the
 * sentiment split, breakdowns (platform, province, regency/city, language, account type),
 * share of voice per agency and per issue, top issues with their spike alerts, and top
 * accounts and news sources by reach. Every figure reads rollups over a bounded range.
 */
import type { Queryable } from '../../db/db.js';
import { listAgenciesById } from '../../db/queries/agencies/list-agencies-by-id.js';
import type { RollupGroup } from '../../db/queries/analytics/break-down-rollups.js';
import { countIssueBuckets } from '../../db/queries/analytics/count-issue-buckets.js';
import { listIssues, type IssueRow } from '../../db/queries/analytics/list-issues.js';
import { listTopAccounts, type TopAccount } from '../../db/queries/analytics/list-top-accounts.js';
import { FACETS, readFacets } from '../../db/queries/analytics/read-facets.js';
import { groupRollups } from '../../db/queries/analytics/group-rollups.js';
import { wholeDays, wibDayFloor, type RollupFilter } from '../../db/queries/analytics/rollup-source.js';
import type { RollupTotals } from '../../db/queries/analytics/summarize-rollups.js';
import { relativeChange, shareOf, summarizeMetrics, type MetricSummary } from '../../domain/analytics-metrics.js';
import { detectSpikesInCounts, type SpikeAlert } from '../../nlp/issues/detect-spikes.js';
import type { AgencyScope } from '../../security/permissions/agency-scope.js';
import { readConcurrently } from '../../db/read-concurrently.js';
import { issueVisible, previousRange, type TimeRange } from './analytics-request.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Spike buckets as in the NLP detector (3 hours), with its two-day warm-up read before the range. */
const SPIKE_BUCKET_HOURS = 3;
const SPIKE_WARMUP_BUCKETS = 16;

/** Totals of one time bucket (an hour, or a WIB day). */
export interface SeriesPoint extends RollupTotals {
  bucket: Date;
}

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
  /** False when a filter the per-account rollup does not hold (issue, sentiment, region, language, type) is set: no top accounts then. */
  accountsAvailable: boolean;
  topAccounts: TopAccount[];
  topNews: TopAccount[];
}

export interface OverviewOptions {
  /** How many rows each ranked list keeps. Default 10. */
  limit?: number;
}

/** What the overview needs from one period, from whichever rollup serves the filter. */
interface PeriodFigures {
  totals: RollupGroup;
  series: SeriesPoint[];
  groups: Record<'platform' | 'province' | 'region' | 'language' | 'type' | 'agency' | 'issue', RollupGroup[]>;
}

const ZERO: RollupGroup = { key: null, mentions: 0, reach: 0, engagement: 0, positive: 0, neutral: 0, negative: 0 };

/** Only time and agency filters: the facet rollups answer (bounded by agencies × values per day). */
function isPlain(filter: RollupFilter): boolean {
  return !filter.issueId && !filter.platform && !filter.sentiment && !filter.regionCode && !filter.language && !filter.authorType && wholeDays(filter.from, filter.to) !== null;
}

function byMentions(a: RollupGroup, b: RollupGroup): number {
  return b.mentions - a.mentions || (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

async function periodFigures(db: Queryable, filter: RollupFilter, grain: 'hour' | 'day', detail: boolean): Promise<PeriodFigures> {
  const rows = isPlain(filter)
    ? await readFacets(db, { from: filter.from, to: filter.to, agencyIds: filter.agencyIds, facets: detail ? FACETS : ['all', 'issue'], perAgency: detail, series: detail })
    : await groupRollups(db, filter, { detail, grain });
  const pick = (facet: string) => rows.filter((r) => r.facet === facet && r.mentions !== 0).map((r) => ({ ...r, key: r.value })).sort(byMentions);
  return {
    totals: pick('all')[0] ?? ZERO,
    series: rows.filter((r) => r.facet === 'series').map((r) => ({ ...r, bucket: r.bucket as Date })),
    groups: {
      platform: pick('platform'), province: pick('province'), region: pick('region'), language: pick('language'),
      type: pick('type'), agency: pick('agency'), issue: pick('issue').filter((g) => g.key !== null),
    },
  };
}

export async function getOverview(db: Queryable, scope: AgencyScope, filter: RollupFilter, options: OverviewOptions = {}): Promise<Overview> {
  const limit = options.limit ?? 10;
  const range = { from: filter.from, to: filter.to };
  const previous = previousRange(range);
  const grain = wholeDays(filter.from, filter.to) ? 'day' : 'hour';
  const days = { dayFrom: wibDayFloor(filter.from), dayTo: new Date(wibDayFloor(new Date(filter.to.getTime() - 1)).getTime() + DAY) };
  // The per-account rollup is keyed by day, agency and platform only: other filters would list the wrong accounts.
  const accountsAvailable = !filter.issueId && !filter.sentiment && !filter.regionCode && !filter.language && !filter.authorType;
  const noAccounts = async (): Promise<TopAccount[]> => [];
  // Independent reads run at once on a pool; what depends on the current figures (agency names,
  // which issues are shown and their spikes) follows them without waiting for the rest.
  const [{ current, names, shown }, before, topAccounts, topNews] = await readConcurrently(db, [
    async () => {
      const current = await periodFigures(db, filter, grain, true);
      const agencyIds = current.groups.agency.slice(0, limit).filter((g) => g.key !== null).map((g) => Number(g.key));
      const [agencyRows, shown] = await readConcurrently(db, [
        () => listAgenciesById(db, agencyIds),
        () => shownIssues(db, scope, filter, current.groups.issue, limit),
      ] as const);
      return { current, names: new Map(agencyRows.map((a) => [String(a.id), a.abbreviation])), shown };
    },
    () => periodFigures(db, { ...filter, ...previous }, grain, false),
    accountsAvailable
      ? () => listTopAccounts(db, { ...days, agencyIds: filter.agencyIds, platform: filter.platform, excludePlatform: filter.platform ? undefined : 'news', limit })
      : noAccounts,
    !accountsAvailable || (filter.platform && filter.platform !== 'news') ? noAccounts : () => listTopAccounts(db, { ...days, agencyIds: filter.agencyIds, platform: 'news', limit }),
  ] as const);
  const totals = summarizeMetrics(current.totals);
  const previousTotals = summarizeMetrics(before.totals);
  const series = fillSeries(current.series, range, grain);
  const breakdown = (groups: RollupGroup[], n = limit) => groups.slice(0, n).map((g) => toBreakdown(g, totals.mentions));
  const agencies = breakdown(current.groups.agency).map((g) => ({ ...g, name: g.key === null ? '' : (names.get(g.key) ?? g.key) }));
  const prevById = new Map(before.groups.issue.map((g) => [g.key, g.mentions]));
  const issues: TopIssue[] = shown.map(({ issue, group, spikes }) => ({
    issue,
    totals: summarizeMetrics(group),
    share: shareOf(group.mentions, totals.mentions),
    change: relativeChange(group.mentions, prevById.get(group.key) ?? 0),
    spikes,
  }));
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
    platforms: breakdown(current.groups.platform, 20),
    provinces: breakdown(current.groups.province, 40),
    regions: breakdown(current.groups.region),
    languages: breakdown(current.groups.language),
    accountTypes: breakdown(current.groups.type),
    agencies,
    issues,
    accountsAvailable,
    topAccounts,
    topNews,
  };
}

function toBreakdown(g: RollupGroup, all: number): Breakdown {
  return { ...summarizeMetrics(g), key: g.key, share: shareOf(g.mentions, all) };
}

/** The top issues the scope may see, with their spike alerts (counted for these issues only). */
async function shownIssues(
  db: Queryable,
  scope: AgencyScope,
  filter: RollupFilter,
  groups: RollupGroup[],
  limit: number,
): Promise<{ issue: IssueRow; group: RollupGroup; spikes: SpikeAlert[] }[]> {
  const rows = await listIssues(db, { ids: groups.slice(0, limit * 3).map((g) => Number(g.key)) });
  // Issues tracked by agencies outside the scope are not named.
  const byId = new Map(rows.filter((i) => issueVisible(i, scope)).map((i) => [String(i.id), i]));
  const kept = groups.filter((g) => byId.has(g.key as string)).slice(0, limit);
  if (kept.length === 0) return [];
  const spikes = await issueSpikes(db, filter, kept.map((g) => Number(g.key)));
  return kept.map((group) => ({ issue: byId.get(group.key as string)!, group, spikes: spikes.filter((s) => s.key === group.key) }));
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
