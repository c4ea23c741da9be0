/** Registers a new source with its configuration; a source of the same kind and name is a conflict. */
import { AppError } from '../../../lib/app-error.js';
import type { Queryable } from '../../db.js';

export interface NewSource {
  kind: string;
  platform: string;
  name: string;
  url: string | null;
  config: Record<string, unknown>;
  isInternal: boolean;
  agencyId?: number | null;
}

export async function createSource(db: Queryable, source: NewSource): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO sources (kind, platform, name, url, config, is_internal, agency_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (kind, name) DO NOTHING
     RETURNING id`,
    [source.kind, source.platform, source.name, source.url, JSON.stringify(source.config), source.isInternal, source.agencyId ?? null],
  );
  if (!rows[0]) throw new AppError('conflict', `a ${source.kind} source named "${source.name}" already exists`);
  return rows[0].id;
}
