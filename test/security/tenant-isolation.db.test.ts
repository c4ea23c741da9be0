/**
 * Tenant isolation, proven by walking every registered route: a user (and an API key) of
 * agency A asking for any object of agency B gets 403 or 404, list pages of A never show B's
 * data, and the same requests with A's own objects are not refused (so the 404s are not just
 * broken routes). A route without an access classification, a path parameter that is neither
 * an object nor declared plain, or an object type without a fixture here fails the test.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApiKey } from '../../src/db/queries/api-keys/insert-api-key.js';
import { generateApiKey } from '../../src/security/api-keys/api-key-token.js';
import { recordAudit } from '../../src/security/audit/record-audit.js';
import { API_KEY_PERMISSIONS } from '../../src/security/permissions/permission.js';
import { listObjectTypes } from '../../src/security/permissions/object-types.js';
import type { ObjectRef, RouteAccess } from '../../src/security/permissions/route-access.js';
import { createSession } from '../../src/security/sessions/session-store.js';
import { getRouteRegistry, type RegisteredRoute } from '../../src/web/plugins/access-control.js';
import { insertMentions } from '../helpers/analytics-data.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { insertUser, startStaffServer, type StaffServer } from '../helpers/staff-server.js';

const MARKER_B = 'RAHASIA-INSTANSI-B';
let s: StaffServer;
type Objects = Record<string, string>;
let objectsA: Objects;
let objectsB: Objects;
let browserA: TestBrowser;
let apiKeyA: string;

async function createObjects(agencyId: number, tag: string, ownerId: number): Promise<Objects> {
  const db = s.db;
  const userId = await insertUser(db, `staf.${tag.toLowerCase()}@uji.test`, `Staf ${tag}`, [[agencyId, 'analyst', false]]);
  // The membership object belongs to another user, so revoking it (as the positive control does) leaves the user object in place.
  const memberId = await insertUser(db, `anggota.${tag.toLowerCase()}@uji.test`, `Anggota ${tag}`, [[agencyId, 'responder', false]]);
  const membership = await db.query<{ id: number }>('SELECT id FROM memberships WHERE user_id = $1', [memberId]);
  const key = generateApiKey();
  const apiKeyId = await insertApiKey(db, { ...key, name: `Kunci ${tag}`, agencyId, includesSubAgencies: false, permissions: ['mentions.read'], createdBy: null });
  const invitation = await db.query<{ id: number }>(
    `INSERT INTO invitations (token_hash, email, display_name, agency_id, role, expires_at) VALUES (sha256(convert_to($1, 'UTF8')), $2, $3, $4, 'writer', now() + interval '1 day') RETURNING id`,
    [tag, `undangan.${tag.toLowerCase()}@uji.test`, `Undangan ${tag}`, agencyId],
  );
  const article = await db.query<{ id: number }>(`INSERT INTO articles (agency_id, slug, title) VALUES ($1, $2, $3) RETURNING id`, [agencyId, `berita-${tag.toLowerCase()}`, `Berita ${tag}`]);
  await recordAudit(db, s.security.keyring, { action: 'test.marker', agencyId, details: { note: `Catatan ${tag}` } });
  // Listening data: an issue the agency tracks, a mention about it (recent, so dashboards show it), a saved search and an alert rule.
  const issue = await db.query<{ id: number }>(`INSERT INTO issues (key, label, agency_id) VALUES ($1, $2, $3) RETURNING id`, [`isu-${tag.toLowerCase()}`, `Isu ${tag}`, agencyId]);
  const issueId = Number(issue.rows[0]!.id);
  await insertMentions(db, [{
    publishedAt: new Date(Date.now() - 3_600_000), platform: 'x', agencyId, issueId, sentiment: 'negative', provinceCode: '32', regionCode: '32.73',
    language: 'id', authorType: 'citizen', authorHandle: `akun${tag}`, text: `Sebutan ${tag} bansos`, reach: 100, engagement: 5,
  }]);
  const search = await db.query<{ id: number }>(`INSERT INTO saved_searches (user_id, agency_id, name, query) VALUES ($1, $2, $3, 'bansos') RETURNING id`, [ownerId, agencyId, `Pencarian ${tag}`]);
  const savedSearchId = Number(search.rows[0]!.id);
  // The rule watches a search of its own: deleting the saved search above (a positive control) cascades to its rules.
  const ruleSearch = await db.query<{ id: number }>(`INSERT INTO saved_searches (user_id, agency_id, name) VALUES ($1, $2, $3) RETURNING id`, [ownerId, agencyId, `Dipantau ${tag}`]);
  const rule = await db.query<{ id: number }>(
    `INSERT INTO alert_rules (saved_search_id, user_id, agency_id, name, kind, threshold, window_minutes) VALUES ($1, $2, $3, $4, 'volume', 5, 60) RETURNING id`,
    [Number(ruleSearch.rows[0]!.id), ownerId, agencyId, `Aturan ${tag}`],
  );
  const comment = await db.query<{ id: number }>(`INSERT INTO comments (article_id, author_name, body) VALUES ($1, $2, $3) RETURNING id`, [article.rows[0]!.id, `Pembaca ${tag}`, `Komentar ${tag}`]);
  const channel = await db.query<{ id: number }>(
    `INSERT INTO syndication_channels (agency_id, kind, name, secret_enc, secret_hint) VALUES ($1, 'x', $2, '\\x00', '…0000') RETURNING id`,
    [agencyId, `Kanal ${tag}`],
  );
  return {
    agency: String(agencyId),
    user: String(userId),
    membership: String(membership.rows[0]!.id),
    api_key: String(apiKeyId),
    invitation: String(invitation.rows[0]!.id),
    article: String(article.rows[0]!.id),
    issue: String(issueId),
    saved_search: String(savedSearchId),
    alert_rule: String(rule.rows[0]!.id),
    comment: String(comment.rows[0]!.id),
    syndication_channel: String(channel.rows[0]!.id),
  };
}

beforeAll(async () => {
  s = await startStaffServer();
  objectsB = await createObjects(s.fixture.agencyB, MARKER_B, s.fixture.users.adminB);
  objectsA = await createObjects(s.fixture.agencyA, 'A-SENDIRI', s.fixture.users.adminA);
  // A's admin, signed in with a full session (the sign-in flow itself is tested elsewhere).
  browserA = new TestBrowser(s.app);
  browserA.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId: s.fixture.users.adminA, stage: 'full', authMethod: 'password' }));
  await browserA.get('/console');
  const key = generateApiKey();
  await insertApiKey(s.db, { ...key, name: 'Kunci A', agencyId: s.fixture.agencyA, includesSubAgencies: true, permissions: API_KEY_PERMISSIONS, createdBy: null });
  apiKeyA = key.token;
});
afterAll(async () => s?.close());

function protectedRoutes(): (RegisteredRoute & { access: Exclude<RouteAccess, { kind: 'public' }> })[] {
  return getRouteRegistry(s.app).filter(
    (r): r is RegisteredRoute & { access: Exclude<RouteAccess, { kind: 'public' }> } => r.method !== 'HEAD' && r.access !== undefined && r.access.kind !== 'public',
  );
}

/** Sends a route's request as A, with every declared object taken from `objects`. */
async function callAsA(route: RegisteredRoute & { access: Exclude<RouteAccess, { kind: 'public' }> }, objects: Objects): Promise<LightMyRequestResponse> {
  const refs = route.access.objects ?? [];
  const valueOf = (ref: ObjectRef) => {
    const value = objects[ref.type];
    if (value === undefined) throw new Error(`no isolation fixture for object type "${ref.type}" (route ${route.method} ${route.url})`);
    return value;
  };
  let url = route.url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const ref = refs.find((r) => r.from === 'params' && r.name === name);
    return ref ? valueOf(ref) : '1';
  });
  const query = new URLSearchParams(refs.filter((r) => r.from === 'query').map((r): [string, string] => [r.name, valueOf(r)]));
  if (query.size) url += `?${query}`;
  const body = Object.fromEntries(refs.filter((r) => r.from === 'body').map((r) => [r.name, valueOf(r)]));
  if (route.access.kind === 'api') {
    return s.app.inject({ method: route.method as 'GET', url, headers: { authorization: `Bearer ${apiKeyA}`, accept: 'application/json' }, ...(route.method === 'GET' ? {} : { payload: body }) });
  }
  if (route.method === 'GET') return browserA.get(url);
  await browserA.get('/console');
  return browserA.post(url, body);
}

describe('tenant isolation across every registered route', () => {
  it('has an access classification on every route', () => {
    const registry = getRouteRegistry(s.app);
    expect(registry.length).toBeGreaterThan(30);
    expect(registry.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('declares every path parameter of a protected route as an object or a plain value, with a fixture for each object type', () => {
    const problems: string[] = [];
    for (const route of protectedRoutes()) {
      for (const [, name] of route.url.matchAll(/:([A-Za-z0-9_]+)/g)) {
        const declared = route.access.objects?.some((o) => o.from === 'params' && o.name === name) || route.access.plainParams?.includes(name!);
        if (!declared) problems.push(`${route.method} ${route.url}: parameter :${name} is not declared`);
      }
      for (const ref of route.access.objects ?? []) if (!(ref.type in objectsB)) problems.push(`${route.method} ${route.url}: no fixture for object type ${ref.type}`);
    }
    for (const type of listObjectTypes()) if (!(type in objectsB)) problems.push(`object type ${type} has no fixture in this test`);
    expect(problems).toEqual([]);
  });

  it('answers 403 or 404 to A for every object of agency B', async () => {
    const results: string[] = [];
    let checked = 0;
    for (const route of protectedRoutes().filter((r) => r.access.objects?.length)) {
      const res = await callAsA(route, objectsB);
      checked++;
      if (res.statusCode !== 403 && res.statusCode !== 404) results.push(`${route.method} ${route.url} → ${res.statusCode}`);
      if (res.body.includes(MARKER_B)) results.push(`${route.method} ${route.url} shows B's data`);
    }
    expect(checked).toBeGreaterThanOrEqual(7);
    expect(results).toEqual([]);
  });

  it('does not refuse A for its own objects on the same routes (the 404s above are isolation, not broken routes)', async () => {
    const results: string[] = [];
    for (const route of protectedRoutes().filter((r) => r.access.objects?.length)) {
      const res = await callAsA(route, objectsA);
      if (res.statusCode === 403 || res.statusCode === 404 || res.statusCode >= 500) results.push(`${route.method} ${route.url} → ${res.statusCode}`);
    }
    expect(results).toEqual([]);
  });

  it("never shows B's data on A's list pages and API reads", async () => {
    const leaks: string[] = [];
    for (const route of protectedRoutes().filter((r) => r.method === 'GET' && !r.url.includes(':'))) {
      const res = await callAsA({ ...route, access: { ...route.access, objects: [] } }, {});
      if (res.statusCode >= 500) leaks.push(`${route.url} → ${res.statusCode}`);
      if (res.body.includes(MARKER_B) || res.body.includes(`staf.${MARKER_B.toLowerCase()}`)) leaks.push(`${route.url} shows B's data`);
    }
    expect(leaks).toEqual([]);
    // And the lists do show A's own objects, so the check above could have failed.
    expect((await browserA.get('/console/users')).body).toContain('Staf A-SENDIRI');
    expect((await browserA.get('/console/api-keys')).body).toContain('Kunci A-SENDIRI');
    expect((await browserA.get('/console/audit')).body).toContain('Catatan A-SENDIRI');
    expect((await browserA.get('/console/mentions')).body).toContain('Sebutan A-SENDIRI');
    expect((await browserA.get('/console/analytics')).body).toContain('Isu A-SENDIRI');
  });
});
