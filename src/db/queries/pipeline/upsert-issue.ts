/** Creates a tracked issue or updates its label and keywords; returns its id. */
import type { Queryable } from '../../db.js';

export async function upsertIssue(db: Queryable, issue: { key: string; label: string; keywords: readonly string[]; agencyId?: number | null }): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO issues (key, label, keywords, agency_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (key) DO UPDATE SET label = EXCLUDED.label, keywords = EXCLUDED.keywords
     RETURNING id`,
    [issue.key, issue.label, issue.keywords, issue.agencyId ?? null],
  );
  return rows[0]!.id;
}
