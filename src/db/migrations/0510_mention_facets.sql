-- Facet rollups for the dashboard. The pipeline's rollups (0200) key every dimension at once,
-- so a row is one (hour or day, agency, issue, platform, sentiment, province, region,
-- language, account type) combination: with real data that is nearly a row per mention, and a
-- 30-day national overview read ~as many rows as the raw table (measured: 96k daily rollup
-- rows for 100k mentions). The overview's breakdowns need each dimension alone, per agency:
-- one row per (facet, day, agency, value) is bounded by agencies × values per day, whatever
-- the volume. Each row exists twice: per agency (national = false) and summed over all
-- agencies (national = true, agency_id NULL), so a national view reads ~values × days rows,
-- not × agencies. The combined rollups stay for filtered views (filters cross dimensions).
--
-- Kept in step by statement-level triggers on the pipeline's rollups, so they change in the
-- same transaction as the mentions (and the rollups) they count; the pipeline is unchanged.
CREATE TABLE mention_facets_daily (
  facet text NOT NULL CHECK (facet IN ('all', 'platform', 'province', 'region', 'language', 'type', 'issue')),
  national boolean NOT NULL,
  bucket timestamptz NOT NULL,
  agency_id bigint,
  value text,
  mentions bigint NOT NULL,
  reach bigint NOT NULL,
  engagement bigint NOT NULL,
  positive bigint NOT NULL,
  neutral bigint NOT NULL,
  negative bigint NOT NULL,
  CONSTRAINT mention_facets_daily_key UNIQUE NULLS NOT DISTINCT (facet, national, bucket, agency_id, value),
  CHECK (NOT national OR agency_id IS NULL)
);
CREATE INDEX mention_facets_daily_agency_idx ON mention_facets_daily (agency_id, facet, bucket);

-- The same per hour: the partial days at the ends of a range, and issues' 3-hour spike buckets.
CREATE TABLE mention_facets_hourly (LIKE mention_facets_daily INCLUDING CONSTRAINTS);
ALTER TABLE mention_facets_hourly ADD CONSTRAINT mention_facets_hourly_key UNIQUE NULLS NOT DISTINCT (facet, national, bucket, agency_id, value);
CREATE INDEX mention_facets_hourly_agency_idx ON mention_facets_hourly (agency_id, facet, bucket);

-- Top accounts walk account-days by reach first (see list-top-accounts.ts).
CREATE INDEX mention_author_rollups_daily_reach_idx ON mention_author_rollups_daily (reach DESC);
CREATE INDEX mention_author_rollups_daily_handle_idx ON mention_author_rollups_daily (author_handle, platform, bucket);

-- Adds the rows a statement inserted into, updated in or deleted from a rollup (its
-- transition tables, signed +1/−1) to the matching facet table, one row per facet value.
CREATE FUNCTION mention_facets_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  daily boolean := TG_TABLE_NAME = 'mention_rollups_daily';
  src text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
    WHEN 'UPDATE' THEN 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 AS sign FROM old_rows o'
    ELSE 'SELECT o.*, -1 AS sign FROM old_rows o' END;
  facets text := '(VALUES (''all'', NULL::text), (''platform'', d.platform), (''province'', d.province_code), (''region'', d.region_code), (''language'', d.language), (''type'', d.author_type), (''issue'', d.issue_id::text))';
BEGIN
  EXECUTE format(
    'INSERT INTO %I AS f (facet, national, bucket, agency_id, value, mentions, reach, engagement, positive, neutral, negative)
     SELECT v.facet, s.national, d.bucket, s.agency_id, v.value, sum(d.sign * d.mentions), sum(d.sign * d.reach), sum(d.sign * d.engagement),
            coalesce(sum(d.sign * d.mentions) FILTER (WHERE d.sentiment = ''positive''), 0),
            coalesce(sum(d.sign * d.mentions) FILTER (WHERE d.sentiment = ''neutral''), 0),
            coalesce(sum(d.sign * d.mentions) FILTER (WHERE d.sentiment = ''negative''), 0)
       FROM (%s) d CROSS JOIN LATERAL %s v (facet, value)
      CROSS JOIN LATERAL (VALUES (false, d.agency_id), (true, NULL::bigint)) s (national, agency_id)
      GROUP BY 1, 2, 3, 4, 5
      -- Rows are locked in key order, so concurrent pipeline batches cannot deadlock here.
      ORDER BY 1, 2, 3, 4, 5
     ON CONFLICT (facet, national, bucket, agency_id, value) DO UPDATE SET
       mentions = f.mentions + EXCLUDED.mentions, reach = f.reach + EXCLUDED.reach, engagement = f.engagement + EXCLUDED.engagement,
       positive = f.positive + EXCLUDED.positive, neutral = f.neutral + EXCLUDED.neutral, negative = f.negative + EXCLUDED.negative',
    CASE WHEN daily THEN 'mention_facets_daily' ELSE 'mention_facets_hourly' END, src, facets);
  RETURN NULL;
END
$fn$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER mention_rollups_daily_facets_ins AFTER INSERT ON mention_rollups_daily REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_facets_apply();
CREATE TRIGGER mention_rollups_daily_facets_upd AFTER UPDATE ON mention_rollups_daily REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_facets_apply();
CREATE TRIGGER mention_rollups_daily_facets_del AFTER DELETE ON mention_rollups_daily REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_facets_apply();
CREATE TRIGGER mention_rollups_hourly_facets_ins AFTER INSERT ON mention_rollups_hourly REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_facets_apply();
CREATE TRIGGER mention_rollups_hourly_facets_upd AFTER UPDATE ON mention_rollups_hourly REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_facets_apply();
CREATE TRIGGER mention_rollups_hourly_facets_del AFTER DELETE ON mention_rollups_hourly REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_facets_apply();

-- Rows already rolled up before this migration: copied out and back in, so the insert
-- trigger counts them (TRUNCATE fires no delete trigger). A no-op on a new database.
CREATE TEMP TABLE mention_rollups_replay AS SELECT * FROM mention_rollups_daily;
TRUNCATE mention_rollups_daily;
INSERT INTO mention_rollups_daily SELECT * FROM mention_rollups_replay;
DROP TABLE mention_rollups_replay;
CREATE TEMP TABLE mention_rollups_replay AS SELECT * FROM mention_rollups_hourly;
TRUNCATE mention_rollups_hourly;
INSERT INTO mention_rollups_hourly SELECT * FROM mention_rollups_replay;
DROP TABLE mention_rollups_replay;
