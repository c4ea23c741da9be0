/** A user's saved searches (newest first), or one of them by id. */
import type { Queryable } from '../../db.js';

export interface SavedSearch {
  id: number;
  userId: number;
  agencyId: number;
  name: string;
  query: string;
  filters: Record<string, string>;
  createdAt: Date;
}

export async function listSavedSearches(db: Queryable, by: { userId: number; id?: number }): Promise<SavedSearch[]> {
  const { rows } = await db.query<SavedSearch>(
    `/* listSavedSearches */ SELECT id, user_id AS "userId", agency_id AS "agencyId", name, query, filters, created_at AS "createdAt"
       FROM saved_searches WHERE user_id = $1 AND ($2::bigint IS NULL OR id = $2) ORDER BY created_at DESC, id DESC LIMIT 200`,
    [by.userId, by.id ?? null],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), userId: Number(r.userId), agencyId: Number(r.agencyId) }));
}
