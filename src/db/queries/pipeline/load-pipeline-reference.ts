/** What the pipeline looks up while enriching: tracked issues, agency codes, source agencies. */
import type { Queryable } from '../../db.js';

export interface PipelineReference {
  issues: { id: number; keywords: string[] }[];
  agencies: { id: number; code: string; slug: string }[];
  sources: { id: number; agency_id: number | null }[];
}

export async function loadPipelineReference(db: Queryable): Promise<PipelineReference> {
  const issues = await db.query<{ id: number; keywords: string[] }>('SELECT id, keywords FROM issues WHERE is_active ORDER BY id');
  const agencies = await db.query<{ id: number; code: string; slug: string }>('SELECT id, code, slug FROM agencies');
  const sources = await db.query<{ id: number; agency_id: number | null }>('SELECT id, agency_id FROM sources');
  return { issues: issues.rows, agencies: agencies.rows, sources: sources.rows };
}
