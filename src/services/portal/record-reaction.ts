/** A reader's poll vote: stored under the voter hash; a first vote adds to the day's engagement. */
import type { Db } from '../../db/db.js';
import { addEngagementCount } from '../../db/queries/portal/add-engagement-count.js';
import { upsertReaction } from '../../db/queries/reactions/upsert-reaction.js';
import type { Reaction } from '../../domain/article.js';
import { wibDay } from '../../domain/wib-day.js';

export async function recordReaction(db: Db, articleId: number, voterHash: Buffer, reaction: Reaction): Promise<{ isNew: boolean }> {
  return db.transaction(async (tx) => {
    const result = await upsertReaction(tx, articleId, voterHash, reaction);
    if (result.isNew) await addEngagementCount(tx, articleId, wibDay(), 'reactions', 1);
    return result;
  });
}
