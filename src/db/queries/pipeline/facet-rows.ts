/**
 * How combined rollup rows (migration 0200: every dimension at once) become facet rollup rows
 * (migration 0510: one dimension at a time, per agency and summed nationally). One definition,
 * used by the pipeline's upsert (a batch's rollup deltas) and by the rebuild (whole tables).
 *
 * `source` is a query whose rows have the combined rollup's columns (bucket, agency_id,
 * issue_id, platform, sentiment, province_code, region_code, language, author_type, mentions,
 * reach, engagement). The rows come out grouped by the facet key and sorted by it, so
 * concurrent writers lock facet rows in the same order and cannot deadlock.
 */
export const FACET_COLUMNS = 'facet, national, bucket, agency_id, value, mentions, reach, engagement, positive, neutral, negative';

export function facetRowsSelect(source: string): string {
  return `SELECT v.facet, s.national, d.bucket, s.agency_id, v.value, sum(d.mentions), sum(d.reach), sum(d.engagement),
      coalesce(sum(d.mentions) FILTER (WHERE d.sentiment = 'positive'), 0),
      coalesce(sum(d.mentions) FILTER (WHERE d.sentiment = 'neutral'), 0),
      coalesce(sum(d.mentions) FILTER (WHERE d.sentiment = 'negative'), 0)
    FROM (${source}) d
    CROSS JOIN LATERAL (VALUES ('all', NULL::text), ('platform', d.platform), ('province', d.province_code), ('region', d.region_code),
      ('language', d.language), ('type', d.author_type), ('issue', d.issue_id::text)) v (facet, value)
    CROSS JOIN LATERAL (VALUES (false, d.agency_id), (true, NULL::bigint)) s (national, agency_id)
    GROUP BY 1, 2, 3, 4, 5
    ORDER BY 1, 2, 3, 4, 5`;
}

/** Combined rollup table → its facet table. */
export const FACET_TABLE = {
  mention_rollups_hourly: 'mention_facets_hourly',
  mention_rollups_daily: 'mention_facets_daily',
} as const;
