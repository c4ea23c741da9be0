/** Totals per value of one rollup dimension (platform, province, issue, …), largest first. */
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import { rollupSource, type RollupFilter } from './rollup-source.js';
import { TOTAL_COLUMNS, type RollupTotals } from './summarize-rollups.js';

export const ROLLUP_DIMENSIONS = ['platform', 'province_code', 'region_code', 'language', 'author_type', 'sentiment', 'agency_id', 'issue_id'] as const;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[number];

export interface RollupGroup extends RollupTotals {
  /** The dimension's value as text; null = none or unknown. */
  key: string | null;
}

export async function breakDownRollups(db: Queryable, filter: RollupFilter, dimension: RollupDimension, limit: number): Promise<RollupGroup[]> {
  // The dimension is one of a fixed list (never user text), so it may be written into the SQL.
  if (!(ROLLUP_DIMENSIONS as readonly string[]).includes(dimension)) throw new Error(`unknown rollup dimension ${dimension}`);
  const p = createSqlParams();
  const { rows } = await db.query<RollupGroup>(
    `/* breakDownRollups */ SELECT ${dimension}::text AS key, ${TOTAL_COLUMNS}
       FROM ${rollupSource(p, filter)} r GROUP BY ${dimension} ORDER BY sum(mentions) DESC, ${dimension} NULLS LAST LIMIT ${p.add(limit, 'int')}`,
    p.values,
  );
  return rows;
}
