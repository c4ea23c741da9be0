/**
 * Who is asking: a signed-in staff member (with their memberships) or an API key. Each grant
 * gives permissions in one agency, optionally including its sub-agencies; a national admin's
 * grants reach every agency.
 */
import type { Role } from '../../domain/role.js';
import { ADMIN_ROLES, ROLE_PERMISSIONS, type Permission } from './permission.js';

export interface Grant {
  agencyId: number;
  includesSubAgencies: boolean;
  /** The role that gave these permissions; null for an API key. */
  role: Role | null;
  permissions: readonly Permission[];
}

export interface Principal {
  kind: 'user' | 'api_key';
  userId: number | null;
  apiKeyId: number | null;
  /** Safe to log and show: the user id or key id, never an e-mail. */
  label: string;
  grants: readonly Grant[];
}

export interface MembershipLike {
  agencyId: number;
  role: Role;
  includesSubAgencies: boolean;
}

export function userPrincipal(userId: number, memberships: readonly MembershipLike[]): Principal {
  return {
    kind: 'user',
    userId,
    apiKeyId: null,
    label: `user:${userId}`,
    grants: memberships.map((m) => ({
      agencyId: m.agencyId,
      includesSubAgencies: m.includesSubAgencies,
      role: m.role,
      permissions: ROLE_PERMISSIONS[m.role],
    })),
  };
}

export function apiKeyPrincipal(key: { id: number; agencyId: number; includesSubAgencies: boolean; permissions: readonly Permission[] }): Principal {
  return {
    kind: 'api_key',
    userId: null,
    apiKeyId: key.id,
    label: `api_key:${key.id}`,
    grants: [{ agencyId: key.agencyId, includesSubAgencies: key.includesSubAgencies, role: null, permissions: key.permissions }],
  };
}

export function isNationalAdmin(principal: Principal): boolean {
  return principal.grants.some((g) => g.role === 'national_admin');
}

export function holdsAdminRole(principal: Principal): boolean {
  return principal.grants.some((g) => g.role !== null && ADMIN_ROLES.includes(g.role));
}

/** Has the permission in at least one agency (what a route needs before any object check). */
export function hasPermissionSomewhere(principal: Principal, permission: Permission): boolean {
  return principal.grants.some((g) => g.permissions.includes(permission));
}
