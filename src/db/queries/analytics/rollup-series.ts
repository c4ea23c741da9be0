/** Volume, reach, engagement and sentiment per hour or per WIB day over a filtered range. */
import type { Queryable } from '../../db.js';
import { createSqlParams } from '../sql-params.js';
import { rollupSource, type RollupFilter } from './rollup-source.js';
import { TOTAL_COLUMNS, type RollupTotals } from './summarize-rollups.js';

export interface SeriesPoint extends RollupTotals {
  bucket: Date;
}

export async function rollupSeries(db: Queryable, filter: RollupFilter, grain: 'hour' | 'day'): Promise<SeriesPoint[]> {
  const p = createSqlParams();
  const { rows } = await db.query<SeriesPoint>(
    `/* rollupSeries */ SELECT bucket, ${TOTAL_COLUMNS} FROM ${rollupSource(p, filter, { dayBuckets: grain === 'day' })} r GROUP BY bucket ORDER BY bucket`,
    p.values,
  );
  return rows;
}
