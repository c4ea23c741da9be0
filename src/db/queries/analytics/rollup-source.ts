/**
 * The rollup rows a dashboard figure reads: whole WIB days from the daily rollup and the
 * partial days at either end from the hourly one, so any hour-aligned range is counted
 * exactly while a 30-day view reads ~30 daily buckets instead of ~720 hourly ones. Short
 * ranges (under two days) read hourly rows only. Every part carries the same filters.
 */
import type { SqlParams } from '../sql-params.js';

export interface RollupFilter {
  /** Inclusive, hour-aligned (see alignRange). */
  from: Date;
  /** Exclusive, hour-aligned. */
  to: Date;
  /** null: every agency, and mentions with none (national scope). */
  agencyIds: readonly number[] | null;
  issueId?: number | undefined;
  platform?: string | undefined;
  sentiment?: string | undefined;
  /** '32' filters the province, '32.73' the regency or city. */
  regionCode?: string | undefined;
  language?: string | undefined;
  authorType?: string | undefined;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WIB = 7 * HOUR;
const COLUMNS = 'bucket, agency_id, issue_id, platform, sentiment, province_code, region_code, language, author_type, mentions, reach, engagement';
/** The WIB day an hourly bucket falls in (same arithmetic as rebuild-rollups.ts). */
export const WIB_DAY_OF_BUCKET = 'to_timestamp(floor((extract(epoch FROM bucket) + 25200) / 86400) * 86400 - 25200)';

export function wibDayFloor(t: Date): Date {
  return new Date(Math.floor((t.getTime() + WIB) / DAY) * DAY - WIB);
}

/** Where the daily rollup can serve the range: [start, end) of whole WIB days, or null. */
export function wholeDays(from: Date, to: Date): { start: Date; end: Date } | null {
  if (to.getTime() - from.getTime() < 2 * DAY) return null;
  const floorFrom = wibDayFloor(from);
  const start = floorFrom.getTime() === from.getTime() ? floorFrom : new Date(floorFrom.getTime() + DAY);
  const end = wibDayFloor(to);
  return end.getTime() > start.getTime() ? { start, end } : null;
}

/** `(SELECT … UNION ALL …)` of the filtered rollup rows; `dayBuckets` maps hourly rows to their WIB day. */
export function rollupSource(p: SqlParams, f: RollupFilter, options: { dayBuckets?: boolean } = {}): string {
  const where = filterConditions(p, f);
  const hourly = (from: Date, to: Date) =>
    `SELECT ${options.dayBuckets ? COLUMNS.replace('bucket,', `${WIB_DAY_OF_BUCKET} AS bucket,`) : COLUMNS}
       FROM mention_rollups_hourly WHERE bucket >= ${p.add(from, 'timestamptz')} AND bucket < ${p.add(to, 'timestamptz')}${where}`;
  const days = wholeDays(f.from, f.to);
  if (!days) return `(${hourly(f.from, f.to)})`;
  const parts = [
    `SELECT ${COLUMNS} FROM mention_rollups_daily WHERE bucket >= ${p.add(days.start, 'timestamptz')} AND bucket < ${p.add(days.end, 'timestamptz')}${where}`,
  ];
  if (f.from < days.start) parts.push(hourly(f.from, days.start));
  if (days.end < f.to) parts.push(hourly(days.end, f.to));
  return `(${parts.join('\n UNION ALL ')})`;
}

function filterConditions(p: SqlParams, f: RollupFilter): string {
  const c: string[] = [];
  if (f.agencyIds) c.push(`agency_id = ANY(${p.add(f.agencyIds, 'bigint[]')})`);
  if (f.issueId !== undefined) c.push(`issue_id = ${p.add(f.issueId, 'bigint')}`);
  if (f.platform) c.push(`platform = ${p.add(f.platform, 'text')}`);
  if (f.sentiment) c.push(`sentiment = ${p.add(f.sentiment, 'text')}`);
  if (f.regionCode) c.push(`${f.regionCode.includes('.') ? 'region_code' : 'province_code'} = ${p.add(f.regionCode, 'text')}`);
  if (f.language) c.push(`language = ${p.add(f.language, 'text')}`);
  if (f.authorType) c.push(`author_type = ${p.add(f.authorType, 'text')}`);
  return c.map((x) => ` AND ${x}`).join('');
}
