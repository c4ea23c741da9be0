/**
 * How a route declares who may call it. Every route sets `config.access`; the access-control
 * plugin enforces it before the handler runs, and a test walks every registered route and
 * fails on one without it.
 *
 *   public  — anyone (portal pages, sign-in forms, health checks). State-changing public
 *             routes still need a CSRF token unless `csrf: false` says why not.
 *   staff   — a fully signed-in staff member holding `permission` in at least one agency
 *             (null: any signed-in staff member, e.g. their own account pages).
 *   api     — an API key holding `permission` (null: any valid key), or with `allowSession`
 *             a signed-in user.
 *
 * `objects` names the request values that identify stored objects; each is resolved to its
 * agency and must lie inside the caller's scope for the permission, or the answer is 404.
 * Every path parameter of a staff or api route must appear in `objects` or, if it names no
 * stored object (a format, a page number), in `plainParams` — the isolation test checks this.
 */
import type { Permission } from './permission.js';

export type ObjectLocation = 'params' | 'query' | 'body';

export interface ObjectRef {
  from: ObjectLocation;
  name: string;
  /** A type registered in object-types.ts (agency, user, membership, api_key, invitation, …). */
  type: string;
  /** Absent values are allowed (the route then lists its whole scope). */
  optional?: boolean;
}

export type RouteAccess =
  | { kind: 'public'; csrf?: false; reason?: string }
  | { kind: 'staff'; permission: Permission | null; objects?: readonly ObjectRef[]; plainParams?: readonly string[] }
  | { kind: 'api'; permission: Permission | null; objects?: readonly ObjectRef[]; plainParams?: readonly string[]; allowSession?: boolean };

export const PUBLIC: RouteAccess = { kind: 'public' };
