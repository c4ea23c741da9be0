/** Rows of one encrypted column whose ciphertext was not made with the active key (keyset-paged by id). */
import { quoteIdent, type Queryable } from '../../db.js';

export interface StaleCiphertext {
  id: number;
  value: Buffer;
}

export async function listStaleCiphertexts(
  db: Queryable,
  target: { table: string; idColumn: string; column: string },
  activeKeyId: string,
  afterId: number,
  limit: number,
): Promise<StaleCiphertext[]> {
  const id = quoteIdent(target.idColumn);
  const col = quoteIdent(target.column);
  // The key id sits in bytes 3.. of the ciphertext, its length in byte 2 (see data-cipher.ts).
  const { rows } = await db.query<{ id: number; value: Uint8Array }>(
    `/* listStaleCiphertexts */ SELECT ${id} AS id, ${col} AS value FROM ${quoteIdent(target.table)}
      WHERE ${col} IS NOT NULL AND ${id} > $1
        AND substring(${col} from 3 for get_byte(${col}, 1)) <> convert_to($2, 'UTF8')
      ORDER BY ${id} LIMIT $3`,
    [afterId, activeKeyId, limit],
  );
  return rows.map((row) => ({ id: Number(row.id), value: Buffer.from(row.value) }));
}
