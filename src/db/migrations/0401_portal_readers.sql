-- The public portal's reader features: the daily salt behind cookie-less poll votes, the
-- NLP moderation hook's flags on comments, and pre-moderation per agency.

-- One random salt per WIB day, shared by every web process. A reader's vote hash is
-- HMAC(server key, salt || article || IP || user agent); salts older than yesterday are
-- deleted, after which no one (not even with the server key) can link a vote to an address.
CREATE TABLE portal_daily_salts (
  day date PRIMARY KEY,
  salt bytea NOT NULL CHECK (octet_length(salt) = 32)
);

-- Why the moderation hook held a comment back ('abuse:insult', 'personal_data'): categories
-- only, never the matched words. Empty when nothing was found.
ALTER TABLE comments ADD COLUMN moderation_flags text[] NOT NULL DEFAULT '{}';
CREATE INDEX comments_status_idx ON comments (status, created_at);

-- Pre-moderation of comments per agency: NULL follows the national setting
-- (HUMAS_COMMENTS_PREMODERATION), true holds every comment for a moderator, false publishes
-- comments the moderation hook does not flag.
ALTER TABLE agencies ADD COLUMN comments_premoderated boolean;
