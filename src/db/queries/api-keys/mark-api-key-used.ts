/**
 * Stamps last use, at most once a minute per key. Returns the previous stamp when it was
 * updated (null if never used), or undefined when it was fresh enough to skip.
 */
import type { Queryable } from '../../db.js';

export async function markApiKeyUsed(db: Queryable, id: number): Promise<Date | null | undefined> {
  const { rows } = await db.query<{ previous: Date | null }>(
    `/* markApiKeyUsed */ UPDATE api_keys k SET last_used_at = now()
       FROM (SELECT id, last_used_at AS previous FROM api_keys WHERE id = $1 FOR UPDATE) old
      WHERE k.id = old.id AND (old.previous IS NULL OR old.previous < now() - interval '1 minute')
      RETURNING old.previous`,
    [id],
  );
  return rows.length === 0 ? undefined : rows[0]!.previous;
}
