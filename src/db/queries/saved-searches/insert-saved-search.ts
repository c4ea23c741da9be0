/** Saves an explorer search for its user; returns its id. */
import type { Queryable } from '../../db.js';

export interface NewSavedSearch {
  userId: number;
  agencyId: number;
  name: string;
  query: string;
  filters: Record<string, string>;
}

export async function insertSavedSearch(db: Queryable, s: NewSavedSearch): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertSavedSearch */ INSERT INTO saved_searches (user_id, agency_id, name, query, filters) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id`,
    [s.userId, s.agencyId, s.name, s.query, JSON.stringify(s.filters)],
  );
  return Number(rows[0]!.id);
}
