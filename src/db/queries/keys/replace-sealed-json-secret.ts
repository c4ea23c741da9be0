/** Swaps one sealed JSON secret for its re-sealing, only if nobody changed it meanwhile. */
import { quoteIdent, type Queryable } from '../../db.js';

export async function replaceSealedJsonSecret(
  db: Queryable,
  target: { table: string; idColumn: string; jsonColumn: string; path: readonly string[] },
  id: number,
  previous: string,
  next: string,
): Promise<boolean> {
  const json = quoteIdent(target.jsonColumn);
  const result = await db.query(
    `/* replaceSealedJsonSecret */ UPDATE ${quoteIdent(target.table)} SET ${json} = jsonb_set(${json}, $2::text[], to_jsonb($4::text))
      WHERE ${quoteIdent(target.idColumn)} = $1 AND ${json} #>> $2::text[] = $3`,
    [id, target.path, previous, next],
  );
  return result.rowCount === 1;
}
