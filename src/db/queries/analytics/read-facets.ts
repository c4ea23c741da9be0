/**
 * The overview's figures from the facet rollups (migration 0510) in one pass: totals per
 * facet value (platform, province, region, language, account type, issue), per agency, and
 * per WIB day. Whole days come from the daily facets; the partial days at either end from
 * the hourly combined rollup, unpivoted the same way, so any hour-aligned range is exact.
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
const HOURLY_VALUES = `('all', NULL::text), ('platform', h.platform), ('province', h.province_code), ('region', h.region_code),
  ('language', h.language), ('type', h.author_type), ('issue', h.issue_id::text)`;

export async function readFacets(
  db: Queryable,
  f: { from: Date; to: Date; agencyIds: readonly number[] | null; facets: readonly Facet[]; perAgency: boolean; series: boolean },
): Promise<FacetRow[]> {
  const days = wholeDays(f.from, f.to);
  if (!days) throw new Error('readFacets needs a range of at least two days');
  const p = createSqlParams();
  const facets = p.add(f.facets, 'text[]');
  const dayRange = `bucket >= ${p.add(days.start, 'timestamptz')} AND bucket < ${p.add(days.end, 'timestamptz')}`;
  // National scope reads the rows summed over agencies; an agency scope its agencies' rows.
  const scope = f.agencyIds ? `NOT national AND agency_id = ANY(${p.add(f.agencyIds, 'bigint[]')})` : 'national';
  const parts = [`SELECT facet, value, bucket, agency_id, mentions, reach, engagement, positive, neutral, negative FROM mention_facets_daily WHERE facet = ANY(${facets}) AND ${dayRange} AND ${scope}`];
  // Share of voice needs per-agency totals, which national rows do not hold: read them apart.
  if (f.perAgency && !f.agencyIds) {
    parts.push(`SELECT 'by-agency', NULL, bucket, agency_id, mentions, reach, engagement, positive, neutral, negative FROM mention_facets_daily WHERE facet = 'all' AND NOT national AND ${dayRange}`);
  }
  const edges: string[] = [];
  if (f.from < days.start) edges.push(`(h.bucket >= ${p.add(f.from, 'timestamptz')} AND h.bucket < ${p.add(days.start, 'timestamptz')})`);
  if (days.end < f.to) edges.push(`(h.bucket >= ${p.add(days.end, 'timestamptz')} AND h.bucket < ${p.add(f.to, 'timestamptz')})`);
  if (edges.length) {
    parts.push(`SELECT v.facet, v.value, ${WIB_DAY_OF_BUCKET.replaceAll('bucket', 'h.bucket')} AS bucket, h.agency_id, h.mentions, h.reach, h.engagement,
              CASE WHEN h.sentiment = 'positive' THEN h.mentions ELSE 0 END, CASE WHEN h.sentiment = 'neutral' THEN h.mentions ELSE 0 END,
              CASE WHEN h.sentiment = 'negative' THEN h.mentions ELSE 0 END
         FROM mention_rollups_hourly h CROSS JOIN LATERAL (VALUES ${HOURLY_VALUES}${f.perAgency && !f.agencyIds ? `, ('by-agency', NULL)` : ''}) v (facet, value)
        WHERE (${edges.join(' OR ')}) AND (v.facet = ANY(${facets}) OR v.facet = 'by-agency')${f.agencyIds ? ` AND h.agency_id = ANY(${p.add(f.agencyIds, 'bigint[]')})` : ''}`);
  }
  const agencyFacet = f.agencyIds ? 'all' : 'by-agency';
  const { rows } = await db.query<FacetRow>(
    `/* readFacets */ WITH src AS (${parts.join('\n UNION ALL ')})
     SELECT facet, value, NULL::timestamptz AS bucket, ${SUMS} FROM src WHERE facet <> 'by-agency' GROUP BY facet, value
     ${f.perAgency ? `UNION ALL SELECT 'agency', agency_id::text, NULL, ${SUMS} FROM src WHERE facet = '${agencyFacet}' GROUP BY agency_id` : ''}
     ${f.series ? `UNION ALL SELECT 'series', NULL, bucket, ${SUMS} FROM src WHERE facet = 'all' GROUP BY bucket` : ''}`,
    p.values,
  );
  return rows;
}
