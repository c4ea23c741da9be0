/**
 * Object types that routes may name in `access.objects`, each with a resolver from id to
 * the agencies it belongs to. A capability that adds routes about its own objects (articles,
 * mentions, conversations) registers its type here; the isolation test then needs a fixture
 * for it, so no object type escapes the cross-agency check.
 */
import type { Queryable } from '../../db/db.js';
import { findObjectAgencies } from '../../db/queries/security/find-object-agencies.js';

/** Resolves an object id to the agencies it belongs to; null when it does not exist. */
export type ObjectAgencyResolver = (db: Queryable, id: string) => Promise<number[] | null>;

const resolvers = new Map<string, ObjectAgencyResolver>();

export function registerObjectType(type: string, resolver: ObjectAgencyResolver): void {
  resolvers.set(type, resolver);
}

export function getObjectResolver(type: string): ObjectAgencyResolver | undefined {
  return resolvers.get(type);
}

export function listObjectTypes(): string[] {
  return [...resolvers.keys()];
}

const BIGINT = /^[1-9][0-9]{0,17}$/;

function byTable(sql: string): ObjectAgencyResolver {
  return async (db, id) => (BIGINT.test(id) ? findObjectAgencies(db, sql, Number(id)) : null);
}

registerObjectType('agency', byTable('SELECT id AS agency_id FROM agencies WHERE id = $1'));
// A user belongs to every agency where they hold a role.
registerObjectType(
  'user',
  byTable('SELECT m.agency_id FROM users u LEFT JOIN memberships m ON m.user_id = u.id WHERE u.id = $1'),
);
registerObjectType('membership', byTable('SELECT agency_id FROM memberships WHERE id = $1'));
registerObjectType('api_key', byTable('SELECT agency_id FROM api_keys WHERE id = $1'));
registerObjectType('invitation', byTable('SELECT agency_id FROM invitations WHERE id = $1'));
registerObjectType('article', byTable('SELECT agency_id FROM articles WHERE id = $1'));
// A national issue (no agency) belongs to every agency; an agency's issue to that agency.
registerObjectType('issue', byTable('SELECT g.id AS agency_id FROM issues i JOIN agencies g ON i.agency_id IS NULL OR g.id = i.agency_id WHERE i.id = $1'));
registerObjectType('saved_search', byTable('SELECT agency_id FROM saved_searches WHERE id = $1'));
registerObjectType('alert_rule', byTable('SELECT agency_id FROM alert_rules WHERE id = $1'));
registerObjectType('comment', byTable('SELECT a.agency_id FROM comments c JOIN articles a ON a.id = c.article_id WHERE c.id = $1'));
registerObjectType('syndication_channel', byTable('SELECT agency_id FROM syndication_channels WHERE id = $1'));
