-- A change sequence on near-duplicate clusters: every insert and every update of a cluster
-- takes the next number, so a worker keeps the clusters in memory and catches up on what other
-- workers changed with one indexed read ("change_seq > the last one I saw") per batch, instead
-- of looking every post's LSH bands up in mention_cluster_bands. Cluster writes are serialised
-- (pg_advisory_xact_lock in the pipeline's write phase), so numbers commit in order.
CREATE SEQUENCE mention_clusters_change_seq;
ALTER TABLE mention_clusters ADD COLUMN change_seq bigint;
UPDATE mention_clusters SET change_seq = nextval('mention_clusters_change_seq');
ALTER TABLE mention_clusters ALTER COLUMN change_seq SET DEFAULT nextval('mention_clusters_change_seq');
ALTER TABLE mention_clusters ALTER COLUMN change_seq SET NOT NULL;
CREATE INDEX mention_clusters_change_seq_idx ON mention_clusters (change_seq);
