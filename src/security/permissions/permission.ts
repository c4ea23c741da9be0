/**
 * The permission catalogue and what each role grants. Routes and services ask for a
 * permission, never for a role, so changing what a role may do happens here only.
 */
import { ROLES, type Role } from '../../domain/role.js';

export const PERMISSIONS = [
  /** Invite staff, grant and revoke roles, disable accounts. */
  'users.manage',
  /** Create and revoke API keys for integrators. */
  'api_keys.manage',
  /** Read the audit log. */
  'audit.read',
  /** Write and edit news drafts. */
  'articles.write',
  /** Review drafts and approve them. */
  'articles.review',
  /** Publish, schedule and unpublish news. */
  'articles.publish',
  /** Moderate reader comments. */
  'comments.moderate',
  /** Read listened mentions and conversations. */
  'mentions.read',
  /** Read dashboards, reports and exports. */
  'analytics.read',
  /** Answer citizens in the inbox. */
  'inbox.respond',
  /** Push items into the listening pipeline (integrators). */
  'ingest.write',
  /** Manage agencies and national settings. */
  'agencies.manage',
  /** Configure where published news is syndicated (webhooks, X, Facebook Page, Telegram). */
  'syndication.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  national_admin: PERMISSIONS,
  // Everything within their agencies except integrator ingestion and national settings.
  agency_admin: PERMISSIONS.filter((p) => p !== 'ingest.write' && p !== 'agencies.manage'),
  writer: ['articles.write', 'mentions.read'],
  reviewer: ['articles.write', 'articles.review', 'articles.publish', 'comments.moderate', 'mentions.read'],
  analyst: ['mentions.read', 'analytics.read'],
  responder: ['inbox.respond', 'comments.moderate', 'mentions.read'],
};

/** What an API key may be given (never account or key management). */
export const API_KEY_PERMISSIONS: readonly Permission[] = ['ingest.write', 'mentions.read', 'analytics.read', 'articles.write'];

/** Roles whose holders must use two-factor authentication. */
export const ADMIN_ROLES: readonly Role[] = ['national_admin', 'agency_admin'];

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Which roles a holder of `granter` may hand out: only national admins create national admins. */
export function canGrantRole(granterIsNationalAdmin: boolean, role: Role): boolean {
  return role !== 'national_admin' || granterIsNationalAdmin;
}
