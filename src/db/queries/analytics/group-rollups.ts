/**
 * The overview's figures from the combined rollups, for filtered views: totals per platform,
 * province, region, language, account type, agency and issue, and per time bucket, in one scan
 * (GROUPING SETS) instead of one query per breakdown. Same row shape as readFacets.
 */
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import type { FacetRow } from './read-facets.js';
import { rollupSource, type RollupFilter } from './rollup-source.js';
import { TOTAL_COLUMNS } from './summarize-rollups.js';

const SETS: Record<string, string> = {
  platform: 'platform',
  province: 'province_code',
  region: 'region_code',
  language: 'language',
  type: 'author_type',
  agency: 'agency_id::text',
  issue: 'issue_id::text',
};

export async function groupRollups(db: Queryable, filter: RollupFilter, o: { detail: boolean; grain: 'hour' | 'day' }): Promise<FacetRow[]> {
  const p = createSqlParams();
  const sets = o.detail ? Object.entries(SETS) : [['issue', SETS.issue!] as const];
  // GROUPING(x) = 0 marks the set a row belongs to; exactly one column (or none, for the total) is grouped per set.
  const facet = `CASE ${sets.map(([name, column]) => `WHEN GROUPING(${column}) = 0 THEN '${name}'`).join(' ')}${o.detail ? ` WHEN GROUPING(bucket) = 0 THEN 'series'` : ''} ELSE 'all' END`;
  const value = `CASE ${sets.map(([, column]) => `WHEN GROUPING(${column}) = 0 THEN ${column}`).join(' ')} END`;
  const groups = ['()', ...sets.map(([, column]) => `(${column})`), ...(o.detail ? ['(bucket)'] : [])].join(', ');
  const { rows } = await db.query<FacetRow>(
    `/* groupRollups */ SELECT ${facet} AS facet, ${value} AS value, ${o.detail ? `CASE WHEN GROUPING(bucket) = 0 THEN bucket END` : 'NULL::timestamptz'} AS bucket, ${TOTAL_COLUMNS}
       FROM ${rollupSource(p, filter, { dayBuckets: o.grain === 'day' })} r GROUP BY GROUPING SETS (${groups})`,
    p.values,
  );
  return rows;
}
