-- Owned-channel engagement: what readers do with an article on the portal, per WIB day.
-- The portal's read counter and poll/comment/share handlers add to it; analytics reads it for
-- an article's combined reach (owned + social + news pick-ups). Shared contract between the
-- portal (writes) and the console (reads), so it lives in its own migration.
CREATE TABLE article_engagement_daily (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  day date NOT NULL,
  reads bigint NOT NULL DEFAULT 0 CHECK (reads >= 0),
  reactions bigint NOT NULL DEFAULT 0 CHECK (reactions >= 0),
  comments bigint NOT NULL DEFAULT 0 CHECK (comments >= 0),
  share_clicks bigint NOT NULL DEFAULT 0 CHECK (share_clicks >= 0),
  PRIMARY KEY (article_id, day)
);
CREATE INDEX article_engagement_daily_day_idx ON article_engagement_daily (day);
