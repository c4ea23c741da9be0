/**
 * The reference data stages look up (tracked issues, agency codes, each source's agency),
 * read from the database and refreshed every half minute, so a new issue or source starts
 * counting without a restart.
 */
import type { Queryable } from '../../db/db.js';
import { loadPipelineReference } from '../../db/queries/pipeline/load-pipeline-reference.js';
import type { Enricher } from '../enrich/enricher.js';
import { createIssueMatcher } from '../enrich/issue-matcher.js';
import type { ProcessContext } from '../process-raw-mention.js';

export type PipelineContext = ProcessContext & { sourceAgencyId: (sourceId: number) => number | null };

const REFRESH_MS = 30_000;

export function createContextLoader(db: Queryable, enricher: Enricher): () => Promise<PipelineContext> {
  let cached: { at: number; ctx: PipelineContext } | undefined;
  return async () => {
    if (cached && Date.now() - cached.at < REFRESH_MS) return cached.ctx;
    const ref = await loadPipelineReference(db);
    const agencyByKey = new Map<string, number>();
    for (const a of ref.agencies) {
      agencyByKey.set(a.code.toLowerCase(), a.id);
      agencyByKey.set(a.slug.toLowerCase(), a.id);
      agencyByKey.set(String(a.id), a.id);
    }
    const sources = new Map(ref.sources.map((s) => [s.id, s.agency_id]));
    const ctx: PipelineContext = {
      enricher,
      matchIssue: createIssueMatcher(ref.issues),
      agencyIdOf: (key) => agencyByKey.get(key.toLowerCase()) ?? null,
      sourceAgencyId: (id) => sources.get(id) ?? null,
    };
    cached = { at: Date.now(), ctx };
    return ctx;
  };
}
