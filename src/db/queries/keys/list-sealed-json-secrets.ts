/** Rows holding a sealed secret inside a JSON column (keyset-paged by id); staleness is judged by the caller. */
import { quoteIdent, type Queryable } from '../../db.js';

export interface SealedJsonValue {
  id: number;
  sealed: string;
}

export async function listSealedJsonSecrets(
  db: Queryable,
  target: { table: string; idColumn: string; jsonColumn: string; path: readonly string[] },
  afterId: number,
  limit: number,
): Promise<SealedJsonValue[]> {
  const id = quoteIdent(target.idColumn);
  const json = quoteIdent(target.jsonColumn);
  const { rows } = await db.query<{ id: number; sealed: string }>(
    `/* listSealedJsonSecrets */ SELECT ${id} AS id, ${json} #>> $1::text[] AS sealed FROM ${quoteIdent(target.table)}
      WHERE ${json} #>> $1::text[] IS NOT NULL AND ${id} > $2 ORDER BY ${id} LIMIT $3`,
    [target.path, afterId, limit],
  );
  return rows.map((row) => ({ id: Number(row.id), sealed: row.sealed }));
}
