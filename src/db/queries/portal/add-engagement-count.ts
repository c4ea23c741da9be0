/** Adds to (or, with a negative delta, takes from) one reaction or comment count of a WIB day. */
import type { Queryable } from '../../db.js';

export async function addEngagementCount(db: Queryable, articleId: number, day: string, column: 'reactions' | 'comments', delta: number): Promise<void> {
  // The column name comes from the type above, never from input.
  const col = column === 'reactions' ? 'reactions' : 'comments';
  await db.query(
    `/* addEngagementCount */ INSERT INTO article_engagement_daily (article_id, day, ${col}) VALUES ($1, $2::date, greatest($3::int8, 0))
     ON CONFLICT (article_id, day) DO UPDATE SET ${col} = greatest(article_engagement_daily.${col} + $3::int8, 0)`,
    [articleId, day, delta],
  );
}
