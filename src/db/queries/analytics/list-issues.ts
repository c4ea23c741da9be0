/** Tracked issues by id or key (labels for dashboards, the issue page, the query language). */
import type { Queryable } from '../../db.js';

export interface IssueRow {
  id: number;
  key: string;
  label: string;
  agencyId: number | null;
}

export async function listIssues(db: Queryable, by: { ids?: readonly number[]; keys?: readonly string[] }): Promise<IssueRow[]> {
  const { rows } = await db.query<IssueRow>(
    `/* listIssues */ SELECT id, key, label, agency_id AS "agencyId" FROM issues
      WHERE ($1::bigint[] IS NOT NULL AND id = ANY($1::bigint[])) OR ($2::text[] IS NOT NULL AND key = ANY($2::text[]))
      ORDER BY id`,
    [by.ids ?? null, by.keys ?? null],
  );
  return rows;
}
