/** Comments in one moderation status within the caller's agencies (null: all), newest first. */
import type { Queryable } from '../../db.js';

export interface ModerationComment {
  id: number;
  articleId: number;
  articleTitle: string;
  agencySlug: string;
  articleSlug: string;
  agencyAbbreviation: string;
  authorName: string;
  body: string;
  status: string;
  moderationFlags: string[];
  createdAt: Date;
}

export async function listCommentsForModeration(db: Queryable, agencyIds: number[] | null, status: string, limit: number): Promise<ModerationComment[]> {
  const { rows } = await db.query<ModerationComment>(
    `/* listCommentsForModeration */ SELECT c.id, c.article_id AS "articleId", a.title AS "articleTitle", g.slug AS "agencySlug", a.slug AS "articleSlug",
            g.abbreviation AS "agencyAbbreviation", c.author_name AS "authorName", c.body, c.status,
            c.moderation_flags AS "moderationFlags", c.created_at AS "createdAt"
       FROM comments c JOIN articles a ON a.id = c.article_id JOIN agencies g ON g.id = a.agency_id
      WHERE c.status = $2 AND ($1::int8[] IS NULL OR a.agency_id = ANY($1::int8[]))
      ORDER BY c.created_at DESC, c.id DESC
      LIMIT $3`,
    [agencyIds, status, limit],
  );
  return rows;
}
