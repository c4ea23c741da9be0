/** Finds a source by kind and name (names are unique per kind). */
import type { Queryable } from '../../db.js';
import { SOURCE_WITH_STATE_COLUMNS, type SourceWithState } from './list-sources.js';

export async function findSourceByName(db: Queryable, kind: string, name: string): Promise<SourceWithState | null> {
  const { rows } = await db.query<SourceWithState>(
    `SELECT ${SOURCE_WITH_STATE_COLUMNS}
     FROM sources s LEFT JOIN source_poll_state p ON p.source_id = s.id
     WHERE s.kind = $1 AND s.name = $2`,
    [kind, name],
  );
  return rows[0] ?? null;
}
