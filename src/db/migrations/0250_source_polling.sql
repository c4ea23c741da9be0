-- Scheduled polling of sources (feeds, WordPress sites, social API endpoints): one row per
-- source with the conditional-GET validators, the next due time, the backoff state and a lease
-- so that several pollers (several processes on one PostgreSQL) never poll a source twice at once.
CREATE TABLE source_poll_state (
  source_id bigint PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
  etag text,
  last_modified text,
  next_poll_at timestamptz NOT NULL DEFAULT now(),
  lease_until timestamptz,
  consecutive_failures integer NOT NULL DEFAULT 0 CHECK (consecutive_failures >= 0),
  last_polled_at timestamptz,
  last_success_at timestamptz,
  -- 'ok', 'not_modified', or the failure reason (blocked_address, timeout, http_503, …); never content.
  last_status text,
  last_accepted integer,
  last_rejected integer
);
CREATE INDEX source_poll_state_due_idx ON source_poll_state (next_poll_at);
