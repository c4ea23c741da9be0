/** The delivery log of one article: each delivery with its channel and every attempt. */
import type { Queryable } from '../../db.js';
import type { AttemptOutcome, ChannelKind, SyndicationEvent } from '../../../domain/syndication.js';

export interface DeliveryLogRow {
  id: number;
  channelName: string;
  kind: ChannelKind;
  event: SyndicationEvent;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: Date;
  externalId: string | null;
  lastError: string | null;
  log: { attemptNo: number; at: string; outcome: AttemptOutcome; httpStatus: number | null; error: string | null; durationMs: number }[];
}

export async function listArticleDeliveries(db: Queryable, articleId: number): Promise<DeliveryLogRow[]> {
  const { rows } = await db.query<DeliveryLogRow>(
    `/* listArticleDeliveries */
     SELECT d.id, c.name AS "channelName", c.kind, d.event, d.status, d.attempts, d.max_attempts AS "maxAttempts",
            d.next_attempt_at AS "nextAttemptAt", d.external_id AS "externalId", d.last_error AS "lastError",
            coalesce((SELECT json_agg(json_build_object('attemptNo', t.attempt_no, 'at', t.at, 'outcome', t.outcome,
                                                        'httpStatus', t.http_status, 'error', t.error, 'durationMs', t.duration_ms)
                                      ORDER BY t.attempt_no)
                        FROM syndication_attempts t WHERE t.delivery_id = d.id), '[]'::json) AS log
       FROM syndication_deliveries d JOIN syndication_channels c ON c.id = d.channel_id
      WHERE d.article_id = $1
      ORDER BY d.id
      LIMIT 200`,
    [articleId],
  );
  return rows;
}
