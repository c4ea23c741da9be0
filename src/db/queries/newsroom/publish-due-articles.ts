/**
 * The scheduled publisher's claim: approved articles whose time has come become published in
 * one statement. FOR UPDATE SKIP LOCKED lets several processes run it at once without waiting
 * on or double-publishing each other's rows, and the status condition is re-checked on the
 * locked row, so an article is published exactly once.
 */
import type { Queryable } from '../../db.js';

export interface PublishedDueArticle {
  id: number;
  agencyId: number;
  scheduledAt: Date;
  wasPublished: boolean;
}

export async function publishDueArticles(db: Queryable, limit: number): Promise<PublishedDueArticle[]> {
  const { rows } = await db.query<PublishedDueArticle>(
    `/* publishDueArticles */
     WITH due AS (
       SELECT id, scheduled_at, published_at IS NOT NULL AS was_published FROM articles
        WHERE status = 'approved' AND scheduled_at IS NOT NULL AND scheduled_at <= now()
        ORDER BY scheduled_at, id
        LIMIT $1
        FOR UPDATE SKIP LOCKED
     )
     UPDATE articles a
        SET status = 'published', published_at = coalesce(a.published_at, now()), scheduled_at = NULL, updated_at = now()
       FROM due
      WHERE a.id = due.id AND a.status = 'approved'
      RETURNING a.id, a.agency_id AS "agencyId", due.scheduled_at AS "scheduledAt", due.was_published AS "wasPublished"`,
    [limit],
  );
  return rows;
}
