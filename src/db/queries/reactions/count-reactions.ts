/** How many readers chose each reaction on one article. */
import type { Queryable } from '../../db.js';
import { REACTIONS, type Reaction } from '../../../domain/article.js';

export async function countReactions(db: Queryable, articleId: number): Promise<Record<Reaction, number>> {
  const { rows } = await db.query<{ reaction: Reaction; n: number }>(
    `/* countReactions */ SELECT reaction, count(*)::int8 AS n FROM article_reactions WHERE article_id = $1 GROUP BY reaction`,
    [articleId],
  );
  const counts = Object.fromEntries(REACTIONS.map((r) => [r, 0])) as Record<Reaction, number>;
  for (const row of rows) counts[row.reaction] = Number(row.n);
  return counts;
}
