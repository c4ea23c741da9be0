/** One explorer page and the cursor of the next one (null on the last page). */
import type { Queryable } from '../../../db/db.js';
import { searchMentions, type MentionRow } from '../../../db/queries/explorer/search-mentions.js';
import type { ResolvedExplorerQuery } from './explorer-request.js';
import { encodeCursor } from './mention-cursor.js';

export interface MentionPage {
  items: MentionRow[];
  nextCursor: string | null;
}

export async function findMentions(db: Queryable, q: ResolvedExplorerQuery): Promise<MentionPage> {
  // One row more than asked tells whether another page exists without counting.
  const rows = await searchMentions(db, q.search, q.sort, q.after, q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(q.sort, last) : null };
}
