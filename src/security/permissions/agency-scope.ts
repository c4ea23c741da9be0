/**
 * Turns a principal's grants into the set of agencies where it holds a permission, expanding
 * "and sub-agencies" through the agency hierarchy. List queries filter with it
 * (`agency_id = ANY($1)`), and object checks test membership in it.
 */
import type { Queryable } from '../../db/db.js';
import { listAgencySubtree } from '../../db/queries/agencies/list-agency-subtree.js';
import type { Permission } from './permission.js';
import type { Principal } from './principal.js';

export type AgencyScope = { all: true } | { all: false; agencyIds: ReadonlySet<number> };

export async function resolveAgencyScope(db: Queryable, principal: Principal, permission: Permission): Promise<AgencyScope> {
  const grants = principal.grants.filter((g) => g.permissions.includes(permission));
  if (grants.some((g) => g.role === 'national_admin')) return { all: true };
  const ids = new Set<number>();
  const roots = grants.filter((g) => g.includesSubAgencies).map((g) => g.agencyId);
  for (const g of grants) ids.add(g.agencyId);
  if (roots.length > 0) for (const id of await listAgencySubtree(db, roots)) ids.add(id);
  return { all: false, agencyIds: ids };
}

export function scopeIncludes(scope: AgencyScope, agencyId: number | null): boolean {
  if (scope.all) return true;
  return agencyId !== null && scope.agencyIds.has(agencyId);
}

/** For SQL: null means "no filter" (national scope); otherwise the agency ids to allow. */
export function scopeAgencyIds(scope: AgencyScope): number[] | null {
  return scope.all ? null : [...scope.agencyIds];
}
