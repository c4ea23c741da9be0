/** Inserts an agency unless its code exists; returns its id either way. */
import type { Queryable } from '../../db.js';
import type { AgencyKind, AgencyLevel } from '../../../domain/agency.js';

export interface NewAgency {
  code: string;
  slug: string;
  name: string;
  abbreviation: string;
  level: AgencyLevel;
  kind: AgencyKind;
  parentId: number | null;
  regionCode: string | null;
  website: string | null;
}

export async function upsertAgency(db: Queryable, agency: NewAgency): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO agencies (code, slug, name, abbreviation, level, kind, parent_id, region_code, website)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (code) DO UPDATE SET code = EXCLUDED.code
     RETURNING id`,
    [agency.code, agency.slug, agency.name, agency.abbreviation, agency.level, agency.kind, agency.parentId, agency.regionCode, agency.website],
  );
  return rows[0]!.id;
}
