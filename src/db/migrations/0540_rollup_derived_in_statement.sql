-- The facet rollups (0510) and national account-days (0520) are now written by the same
-- statements that add a batch to the rollups they derive from (data-modifying CTEs in
-- upsert-mention-rollups.ts and upsert-author-rollups.ts), and recomputed by the rollup
-- rebuild. The statement triggers that kept them in step copied every changed rollup row into
-- transition tables (updated rows twice, old and new) and ran dynamic SQL each time: measured
-- on the pipeline bench, more than half of PostgreSQL's CPU time per stored mention.
-- The tables' contents are unchanged: the triggers kept them equal to what the new code writes.
DROP TRIGGER mention_rollups_daily_facets_ins ON mention_rollups_daily;
DROP TRIGGER mention_rollups_daily_facets_upd ON mention_rollups_daily;
DROP TRIGGER mention_rollups_daily_facets_del ON mention_rollups_daily;
DROP TRIGGER mention_rollups_hourly_facets_ins ON mention_rollups_hourly;
DROP TRIGGER mention_rollups_hourly_facets_upd ON mention_rollups_hourly;
DROP TRIGGER mention_rollups_hourly_facets_del ON mention_rollups_hourly;
DROP FUNCTION mention_facets_apply();
DROP TRIGGER mention_author_rollups_national_ins ON mention_author_rollups_daily;
DROP TRIGGER mention_author_rollups_national_upd ON mention_author_rollups_daily;
DROP TRIGGER mention_author_rollups_national_del ON mention_author_rollups_daily;
DROP FUNCTION mention_author_national_apply();
