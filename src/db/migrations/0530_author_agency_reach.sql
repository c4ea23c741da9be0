-- Agency-scoped top accounts (list-top-accounts.ts) walk each agency's account-days by reach
-- first and stop after a few hundred rows, instead of summing every account-day of the agencies
-- in range (≈200k rows for 3 agencies at 10M mentions: 2–3.6 s of a 30-day overview).
CREATE INDEX mention_author_rollups_daily_agency_reach_idx ON mention_author_rollups_daily (agency_id, reach DESC);
-- News outlets are ~10% of account-days: walking the index above for them alone passes ~10
-- other rows per news row. Measured at 1M mentions (3 agencies, news walk): 15,955 buffers
-- without this index, 3,984 with it (p50 48 → 27 ms); it holds only news rows, so it adds
-- little to the pipeline's upserts.
CREATE INDEX mention_author_rollups_daily_agency_news_idx ON mention_author_rollups_daily (agency_id, reach DESC) WHERE platform = 'news';

-- The global reach walk (0510) has no reader left: national views walk the national
-- account-days (0520) and agency views the index above. Every index costs the pipeline's upserts.
DROP INDEX mention_author_rollups_daily_reach_idx;

-- The candidates' sums and the listed accounts' type and followers read an account's days in
-- the agencies in scope only: with the agency before the day, a busy account's rows of other
-- agencies (days × agencies in all) are not read. A national read uses the (handle, platform) prefix.
DROP INDEX mention_author_rollups_daily_handle_idx;
CREATE INDEX mention_author_rollups_daily_handle_idx ON mention_author_rollups_daily (author_handle, platform, agency_id, bucket);
