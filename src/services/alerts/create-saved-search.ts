/**
 * Saves an explorer search for the signed-in user. The query must parse (else a 400 naming
 * the position) and the agency filter must lie in the user's scope; the search belongs to
 * that agency, or to the first agency where the user may read mentions.
 */
import { z } from 'zod';
import type { Db } from '../../db/db.js';
import { insertSavedSearch } from '../../db/queries/saved-searches/insert-saved-search.js';
import { AppError } from '../../lib/app-error.js';
import type { AgencyScope } from '../../security/permissions/agency-scope.js';
import type { Principal } from '../../security/permissions/principal.js';
import { resolveFilters } from '../analytics/analytics-request.js';
import { parseQueryOrThrow, ZExplorerQuery } from '../analytics/explorer/explorer-request.js';
import { parseSavedFilters, pickSavedFilters } from './saved-search-filters.js';

export const ZSavedSearchInput = ZExplorerQuery.pick({ q: true, agency: true, issue: true, platform: true, sentiment: true, region: true, language: true, type: true }).extend({
  name: z.string().trim().min(1).max(120),
});
export type SavedSearchInput = z.infer<typeof ZSavedSearchInput>;

export async function createSavedSearch(db: Db, principal: Principal, scope: AgencyScope, input: SavedSearchInput): Promise<number> {
  if (principal.userId === null) throw new AppError('forbidden', 'Only signed-in staff save searches.');
  parseQueryOrThrow(input.q);
  const filters = pickSavedFilters(input);
  // Validates the filters against the scope (an agency outside it is a 404) and the issue and region names.
  await resolveFilters(db, scope, parseSavedFilters(filters));
  const agencyId = input.agency ?? principal.grants.find((g) => g.permissions.includes('mentions.read'))?.agencyId;
  if (agencyId === undefined) throw new AppError('forbidden', 'You may not read mentions in any agency.');
  return insertSavedSearch(db, { userId: principal.userId, agencyId, name: input.name, query: input.q ?? '', filters });
}
