/** API keys of the given agencies (null: all agencies), newest first. */
import type { Queryable } from '../../db.js';
import { toApiKeyRow, type ApiKeyRow, type RawApiKey } from './find-api-key.js';

export async function listApiKeys(db: Queryable, agencyIds: number[] | null): Promise<(ApiKeyRow & { agencyAbbreviation: string })[]> {
  const { rows } = await db.query<RawApiKey & { abbreviation: string }>(
    `/* listApiKeys */ SELECT k.*, a.abbreviation FROM api_keys k JOIN agencies a ON a.id = k.agency_id
      WHERE ($1::bigint[] IS NULL OR k.agency_id = ANY($1::bigint[])) ORDER BY k.id DESC LIMIT 500`,
    [agencyIds],
  );
  return rows.map((r) => ({ ...toApiKeyRow(r), agencyAbbreviation: r.abbreviation }));
}
