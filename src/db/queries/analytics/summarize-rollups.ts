/** Totals over a filtered range of rollups: volume, reach, engagement and the sentiment split. */
import type { MetricTotals } from '../../../domain/analytics-metrics.js';
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import { rollupSource, type RollupFilter } from './rollup-source.js';

/** Rollup totals are the domain's metric totals (see domain/analytics-metrics.ts). */
export type RollupTotals = MetricTotals;

export const TOTAL_COLUMNS = `coalesce(sum(mentions), 0) AS mentions, coalesce(sum(reach), 0) AS reach, coalesce(sum(engagement), 0) AS engagement,
  coalesce(sum(mentions) FILTER (WHERE sentiment = 'positive'), 0) AS positive,
  coalesce(sum(mentions) FILTER (WHERE sentiment = 'neutral'), 0) AS neutral,
  coalesce(sum(mentions) FILTER (WHERE sentiment = 'negative'), 0) AS negative`;

export async function summarizeRollups(db: Queryable, filter: RollupFilter): Promise<RollupTotals> {
  const p = createSqlParams();
  const { rows } = await db.query<RollupTotals>(`/* summarizeRollups */ SELECT ${TOTAL_COLUMNS} FROM ${rollupSource(p, filter)} r`, p.values);
  return rows[0]!;
}
