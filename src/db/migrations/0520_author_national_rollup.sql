-- National account-days for "top accounts" (list-top-accounts.ts). The per-account rollup
-- (0200) keys agency too, so a national 30-day view reads an account's day once per agency
-- that it was counted under: a busy account is days × agencies × platforms rows, and that
-- grows with volume (≈12k rows for the busiest generated account at 10M mentions). Summed
-- over agencies, an account-day is one row, so the candidates of a national view are joined
-- to at most `days` rows each, whatever the volume.
--
-- Kept in step by statement-level triggers on the per-account rollup (same transaction as
-- the mentions it counts). Sums are applied as signed deltas, so concurrent pipeline batches
-- add up instead of overwriting each other. Author type and followers are not summable and
-- not kept here: the reader takes them from the per-account rollup for the few rows it lists.
CREATE TABLE mention_author_national_daily (
  bucket timestamptz NOT NULL,
  platform text NOT NULL,
  author_handle text NOT NULL,
  mentions bigint NOT NULL,
  reach bigint NOT NULL,
  engagement bigint NOT NULL,
  CONSTRAINT mention_author_national_daily_key UNIQUE (author_handle, platform, bucket)
);
-- Candidates are walked by reach first (news outlets, or one platform, by the second index:
-- filtering a walk of every platform read ~15k entries for 900 news rows at 1M mentions);
-- the key serves the per-account join.
CREATE INDEX mention_author_national_daily_reach_idx ON mention_author_national_daily (reach DESC);
CREATE INDEX mention_author_national_daily_platform_reach_idx ON mention_author_national_daily (platform, reach DESC);

CREATE FUNCTION mention_author_national_apply() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  src text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT n.*, 1 AS sign FROM new_rows n'
    WHEN 'UPDATE' THEN 'SELECT n.*, 1 AS sign FROM new_rows n UNION ALL SELECT o.*, -1 AS sign FROM old_rows o'
    ELSE 'SELECT o.*, -1 AS sign FROM old_rows o' END;
BEGIN
  EXECUTE format(
    'INSERT INTO mention_author_national_daily AS a (bucket, platform, author_handle, mentions, reach, engagement)
     SELECT d.bucket, d.platform, d.author_handle, sum(d.sign * d.mentions), sum(d.sign * d.reach), sum(d.sign * d.engagement)
       FROM (%s) d
      GROUP BY 1, 2, 3
      -- Rows are locked in key order, so concurrent pipeline batches cannot deadlock here.
      ORDER BY 3, 2, 1
     ON CONFLICT (author_handle, platform, bucket) DO UPDATE SET
       mentions = a.mentions + EXCLUDED.mentions, reach = a.reach + EXCLUDED.reach, engagement = a.engagement + EXCLUDED.engagement', src);
  -- Every account-day row counts at least one mention: zero means none is left (deleted, or a rebuild's DELETE).
  IF TG_OP = 'DELETE' THEN
    DELETE FROM mention_author_national_daily a USING (SELECT DISTINCT bucket, platform, author_handle FROM old_rows) o
     WHERE a.bucket = o.bucket AND a.platform = o.platform AND a.author_handle = o.author_handle AND a.mentions = 0;
  END IF;
  RETURN NULL;
END
$fn$;

CREATE TRIGGER mention_author_rollups_national_ins AFTER INSERT ON mention_author_rollups_daily REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_author_national_apply();
CREATE TRIGGER mention_author_rollups_national_upd AFTER UPDATE ON mention_author_rollups_daily REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_author_national_apply();
CREATE TRIGGER mention_author_rollups_national_del AFTER DELETE ON mention_author_rollups_daily REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mention_author_national_apply();

-- Account-days rolled up before this migration (a no-op on a new database).
INSERT INTO mention_author_national_daily (bucket, platform, author_handle, mentions, reach, engagement)
SELECT bucket, platform, author_handle, sum(mentions), sum(reach), sum(engagement) FROM mention_author_rollups_daily GROUP BY 1, 2, 3;

-- Spike counts (count-issue-buckets.ts) read a month of hourly issue facets for the ≤10 issues
-- an overview shows: by issue first, instead of every issue's hours in the range.
CREATE INDEX mention_facets_hourly_issue_idx ON mention_facets_hourly (national, value, bucket) INCLUDE (agency_id, mentions) WHERE facet = 'issue';
