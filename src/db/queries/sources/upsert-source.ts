/** Registers a source unless one of the same kind and name exists; returns its id. */
import type { Queryable } from '../../db.js';

export async function upsertSource(
  db: Queryable,
  source: { kind: string; platform: string; name: string; agencyId?: number | null; url?: string | null; isInternal?: boolean },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO sources (kind, platform, name, agency_id, url, is_internal) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (kind, name) DO UPDATE SET kind = EXCLUDED.kind
     RETURNING id`,
    [source.kind, source.platform, source.name, source.agencyId ?? null, source.url ?? null, source.isInternal ?? false],
  );
  return rows[0]!.id;
}
