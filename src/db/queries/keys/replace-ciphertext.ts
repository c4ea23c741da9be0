/** Swaps one ciphertext for its re-encryption, only if nobody changed the row meanwhile. */
import { quoteIdent, type Queryable } from '../../db.js';

export async function replaceCiphertext(
  db: Queryable,
  target: { table: string; idColumn: string; column: string },
  id: number,
  previous: Buffer,
  next: Buffer,
): Promise<boolean> {
  const col = quoteIdent(target.column);
  const result = await db.query(
    `/* replaceCiphertext */ UPDATE ${quoteIdent(target.table)} SET ${col} = $3 WHERE ${quoteIdent(target.idColumn)} = $1 AND ${col} = $2`,
    [id, previous, next],
  );
  return result.rowCount === 1;
}
