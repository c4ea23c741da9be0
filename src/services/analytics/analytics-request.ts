/**
 * The filters every analytics view and the mentions explorer share, as they arrive (query
 * string of a console page or the API), validated with zod and turned into a bounded,
 * hour-aligned time range and a rollup filter inside the caller's agency scope.
 */
import { z } from 'zod';
import type { Queryable } from '../../db/db.js';
import { listAgencySubtree } from '../../db/queries/agencies/list-agency-subtree.js';
import { listIssues, type IssueRow } from '../../db/queries/analytics/list-issues.js';
import { wibDayFloor, type RollupFilter } from '../../db/queries/analytics/rollup-source.js';
import { AUTHOR_TYPES, PLATFORMS } from '../../domain/mention.js';
import { SENTIMENT_LABELS } from '../../domain/sentiment.js';
import { AppError } from '../../lib/app-error.js';
import { scopeAgencyIds, type AgencyScope } from '../../security/permissions/agency-scope.js';
import { LANGUAGE_VALUES } from './query-language/query-ast.js';
import { resolveRegionCode } from './resolve-region.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;

/** Form selects send "" for "all": treat it as absent. */
const blank = (v: unknown) => (v === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blank, schema.optional());
const ZInstant = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const ZAnalyticsFilters = z.object({
  from: opt(ZInstant).describe('Start: a date (the WIB day from 00:00) or an ISO date-time. Default: 30 days ago.'),
  to: opt(ZInstant).describe('End: a date (inclusive, the whole WIB day) or an ISO date-time (exclusive). Default: now.'),
  agency: opt(z.coerce.number().int().positive()).describe('An agency id; includes its sub-agencies, within your scope'),
  issue: opt(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100)).describe('An issue key'),
  platform: opt(z.enum(PLATFORMS)),
  sentiment: opt(z.enum(SENTIMENT_LABELS)),
  region: opt(z.string().max(80)).describe("A region code ('32', '32.73') or name slug ('jawa-barat')"),
  language: opt(z.enum(LANGUAGE_VALUES)),
  type: opt(z.enum(AUTHOR_TYPES)).describe('Account type'),
});
export type AnalyticsFilters = z.infer<typeof ZAnalyticsFilters>;

export interface TimeRange {
  from: Date;
  to: Date;
}

function ceilHour(t: Date): Date {
  return new Date(Math.ceil(t.getTime() / HOUR) * HOUR);
}

function floorHour(t: Date): Date {
  return new Date(Math.floor(t.getTime() / HOUR) * HOUR);
}

/** A date means the WIB day; a date-time is widened to whole hours (what the rollups hold). */
function parseBound(value: string, end: boolean): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const start = new Date(`${value}T00:00:00+07:00`);
    return end ? new Date(start.getTime() + DAY) : start;
  }
  const t = new Date(value);
  return end ? ceilHour(t) : floorHour(t);
}

export function resolveTimeRange(filters: Pick<AnalyticsFilters, 'from' | 'to'>, now: Date = new Date()): TimeRange {
  const to = filters.to ? parseBound(filters.to, true) : ceilHour(now);
  const from = filters.from ? parseBound(filters.from, false) : new Date(wibDayFloor(new Date(to.getTime() - 1)).getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY);
  if (!(from < to)) throw new AppError('validation_failed', 'The start of the period must be before its end.');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * DAY) throw new AppError('validation_failed', `The period may be at most ${MAX_RANGE_DAYS} days.`);
  return { from, to };
}

/** The same-length period just before (for period-over-period change). */
export function previousRange(range: TimeRange): TimeRange {
  const length = range.to.getTime() - range.from.getTime();
  return { from: new Date(range.from.getTime() - length), to: range.from };
}

/**
 * The agencies whose mentions the caller may see, narrowed to one agency and its
 * sub-agencies when asked. An agency outside the scope answers 404, like any object of
 * another tenant. null = national scope, no agency filter.
 */
export async function resolveAgencyFilter(db: Queryable, scope: AgencyScope, agencyId: number | undefined): Promise<number[] | null> {
  if (agencyId === undefined) return scopeAgencyIds(scope);
  const subtree = await listAgencySubtree(db, [agencyId]);
  if (subtree.length === 0 || (!scope.all && !scope.agencyIds.has(agencyId))) throw new AppError('not_found', 'Agency not found.');
  return scope.all ? subtree : subtree.filter((id) => scope.agencyIds.has(id));
}

/** An issue the caller may see: national (no agency) or tracked by an agency in scope. */
export function issueVisible(issue: Pick<IssueRow, 'agencyId'>, scope: AgencyScope): boolean {
  return scope.all || issue.agencyId === null || scope.agencyIds.has(issue.agencyId);
}

export interface ResolvedFilters {
  range: TimeRange;
  filter: RollupFilter;
  issue: IssueRow | null;
}

export async function resolveFilters(db: Queryable, scope: AgencyScope, filters: AnalyticsFilters, now?: Date): Promise<ResolvedFilters> {
  const range = resolveTimeRange(filters, now);
  const agencyIds = await resolveAgencyFilter(db, scope, filters.agency);
  let issue: IssueRow | null = null;
  if (filters.issue) {
    issue = (await listIssues(db, { keys: [filters.issue] }))[0] ?? null;
    if (!issue || !issueVisible(issue, scope)) throw new AppError('not_found', `Issue "${filters.issue}" not found.`);
  }
  let regionCode: string | undefined;
  if (filters.region) {
    regionCode = resolveRegionCode(filters.region) ?? undefined;
    if (!regionCode) throw new AppError('validation_failed', `Unknown region "${filters.region}"; use a code such as 32 or a name such as jawa-barat.`);
  }
  return {
    range,
    issue,
    filter: {
      ...range,
      agencyIds,
      issueId: issue?.id,
      platform: filters.platform,
      sentiment: filters.sentiment,
      regionCode,
      language: filters.language,
      authorType: filters.type,
    },
  };
}
