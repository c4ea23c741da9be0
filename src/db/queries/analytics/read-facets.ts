/**
 * The overview's figures from the facet rollups (migration 0510) in one pass: totals per
 * facet value (platform, province, region, language, account type, issue), per agency, and
 * per WIB day. Whole days come from the daily facets, the partial days at either end from the
 * hourly facets, so any hour-aligned range is exact and the rows read do not grow with volume.
 * Only for unfiltered views (time and agency): filters cross dimensions, which facets cannot.
 */
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import { WIB_DAY_OF_BUCKET, wholeDays } from './rollup-source.js';
import type { RollupTotals } from './summarize-rollups.js';

export const FACETS = ['all', 'platform', 'province', 'region', 'language', 'type', 'issue'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetRow extends RollupTotals {
  /** A facet, or 'agency' (per agency totals) or 'series' (per WIB day totals). */
  facet: Facet | 'agency' | 'series';
  value: string | null;
  bucket: Date | null;
}

const SUMS = `sum(mentions) AS mentions, sum(reach) AS reach, sum(engagement) AS engagement, sum(positive) AS positive, sum(neutral) AS neutral, sum(negative) AS negative`;
const COLUMNS = 'mentions, reach, engagement, positive, neutral, negative';

export async function readFacets(
  db: Queryable,
  f: { from: Date; to: Date; agencyIds: readonly number[] | null; facets: readonly Facet[]; perAgency: boolean; series: boolean },
): Promise<FacetRow[]> {
  const days = wholeDays(f.from, f.to);
  if (!days) throw new Error('readFacets needs a range of at least two days');
  const p = createSqlParams();
  const facets = p.add(f.facets, 'text[]');
  const dayRange = `bucket >= ${p.add(days.start, 'timestamptz')} AND bucket < ${p.add(days.end, 'timestamptz')}`;
  const edges: string[] = [];
  if (f.from < days.start) edges.push(`(bucket >= ${p.add(f.from, 'timestamptz')} AND bucket < ${p.add(days.start, 'timestamptz')})`);
  if (days.end < f.to) edges.push(`(bucket >= ${p.add(days.end, 'timestamptz')} AND bucket < ${p.add(f.to, 'timestamptz')})`);
  // National scope reads the rows summed over agencies; an agency scope its agencies' rows.
  const scope = f.agencyIds ? `NOT national AND agency_id = ANY(${p.add(f.agencyIds, 'bigint[]')})` : 'national';
  const parts: string[] = [];
  const read = (label: string, facetCondition: string, rowScope: string) => {
    parts.push(`SELECT ${label}, value, bucket, agency_id, ${COLUMNS} FROM mention_facets_daily WHERE ${facetCondition} AND ${dayRange} AND ${rowScope}`);
    // The partial days at the ends come from the hourly facets, counted into their WIB day.
    if (edges.length) {
      parts.push(`SELECT ${label}, value, ${WIB_DAY_OF_BUCKET} AS bucket, agency_id, ${COLUMNS} FROM mention_facets_hourly WHERE ${facetCondition} AND (${edges.join(' OR ')}) AND ${rowScope}`);
    }
  };
  read('facet', `facet = ANY(${facets})`, scope);
  // Share of voice needs per-agency totals, which national rows do not hold: read them apart.
  if (f.perAgency && !f.agencyIds) read(`'by-agency'`, `facet = 'all'`, 'NOT national');
  const agencyFacet = f.agencyIds ? 'all' : 'by-agency';
  const { rows } = await db.query<FacetRow>(
    `/* readFacets */ WITH src (facet, value, bucket, agency_id, ${COLUMNS}) AS (${parts.join('\n UNION ALL ')})
     SELECT facet, value, NULL::timestamptz AS bucket, ${SUMS} FROM src WHERE facet <> 'by-agency' GROUP BY facet, value
     ${f.perAgency ? `UNION ALL SELECT 'agency', agency_id::text, NULL, ${SUMS} FROM src WHERE facet = '${agencyFacet}' GROUP BY agency_id` : ''}
     ${f.series ? `UNION ALL SELECT 'series', NULL, bucket, ${SUMS} FROM src WHERE facet = 'all' GROUP BY bucket` : ''}`,
    p.values,
  );
  return rows;
}
