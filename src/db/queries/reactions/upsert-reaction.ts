/**
 * Records a reader's poll answer: a first vote inserts, a later vote by the same voter hash
 * changes the answer. Returns whether the vote was new (so only new votes add to engagement).
 */
import type { Queryable } from '../../db.js';
import type { Reaction } from '../../../domain/article.js';

export async function upsertReaction(db: Queryable, articleId: number, voterHash: Buffer, reaction: Reaction): Promise<{ isNew: boolean }> {
  // xmax = 0 on the returned row means it was inserted, not updated (PostgreSQL system column).
  const { rows } = await db.query<{ inserted: boolean }>(
    `/* upsertReaction */ INSERT INTO article_reactions (article_id, voter_hash, reaction) VALUES ($1, $2, $3)
     ON CONFLICT (article_id, voter_hash) DO UPDATE SET reaction = EXCLUDED.reaction
     RETURNING (xmax = 0) AS inserted`,
    [articleId, voterHash, reaction],
  );
  return { isNew: rows[0]!.inserted };
}
