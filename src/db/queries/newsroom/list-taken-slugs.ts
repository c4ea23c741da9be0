/** Slugs of an agency that start with `base` (to pick base, base-2, … without a collision). */
import type { Queryable } from '../../db.js';

export async function listTakenSlugs(db: Queryable, agencyId: number, base: string, exceptArticleId: number | null): Promise<Set<string>> {
  const { rows } = await db.query<{ slug: string }>(
    `/* listTakenSlugs */
     SELECT slug FROM articles WHERE agency_id = $1 AND (slug = $2 OR slug LIKE $3) AND ($4::bigint IS NULL OR id <> $4)`,
    [agencyId, base, `${base.replace(/[\\%_]/g, (c) => `\\${c}`)}-%`, exceptArticleId],
  );
  return new Set(rows.map((r) => r.slug));
}
