/**
 * Claims deliveries that are due: takes a lease (locked_until) and counts the attempt, in one
 * statement with FOR UPDATE SKIP LOCKED, so several workers never send the same delivery at
 * once; a worker that dies leaves a lease that runs out, and the delivery is tried again.
 * Returns what the adapter needs: the channel, its sealed credential and the article.
 */
import type { Queryable } from '../../db.js';
import type { ChannelKind, SyndicationEvent } from '../../../domain/syndication.js';

export interface ClaimedDelivery {
  id: number;
  event: SyndicationEvent;
  attempt: number;
  maxAttempts: number;
  channelId: number;
  kind: ChannelKind;
  target: string | null;
  secretEnc: Uint8Array;
  articleId: number;
  title: string;
  summary: string;
  slug: string;
  agencySlug: string;
  agencyName: string;
  tags: string[];
  publishedAt: Date | null;
  correctionNote: string | null;
}

export async function claimDueDeliveries(db: Queryable, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query<ClaimedDelivery>(
    `/* claimDueDeliveries */
     WITH due AS (
       SELECT id FROM syndication_deliveries
        WHERE status = 'pending' AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
          -- A disabled channel pauses its deliveries; enabling it again resumes them.
          AND EXISTS (SELECT 1 FROM syndication_channels c WHERE c.id = channel_id AND c.is_active)
        ORDER BY next_attempt_at, id
        LIMIT $1
        FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE syndication_deliveries d
          SET attempts = d.attempts + 1, locked_until = now() + make_interval(secs => $2)
         FROM due WHERE d.id = due.id
        RETURNING d.id, d.event, d.attempts, d.max_attempts, d.channel_id, d.article_id
     )
     SELECT c.id, c.event, c.attempts AS attempt, c.max_attempts AS "maxAttempts", c.channel_id AS "channelId", ch.kind, ch.target,
            ch.secret_enc AS "secretEnc", c.article_id AS "articleId", a.title, a.summary, a.slug, g.slug AS "agencySlug",
            g.name AS "agencyName", a.tags, a.published_at AS "publishedAt", a.correction_note AS "correctionNote"
       FROM claimed c
       JOIN syndication_channels ch ON ch.id = c.channel_id
       JOIN articles a ON a.id = c.article_id
       JOIN agencies g ON g.id = a.agency_id
      ORDER BY c.id`,
    [limit, leaseSeconds],
  );
  return rows;
}
