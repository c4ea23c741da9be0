/**
 * The console's analytics, explorer and alert pages and the /api/v1 analytics and mentions
 * endpoints over HTTP: scope, the 400 naming a query's error position, the audited CSV
 * export, the saved-search → alert-rule flow, English pages, and the OpenAPI document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApiKey } from '../../../db/queries/api-keys/insert-api-key.js';
import { generateApiKey } from '../../../security/api-keys/api-key-token.js';
import { createSession } from '../../../security/sessions/session-store.js';
import { generateMentions, insertMentions } from '../../../../test/helpers/analytics-data.js';
import { startStaffServer, type StaffServer } from '../../../../test/helpers/staff-server.js';
import { TestBrowser } from '../../../../test/helpers/test-browser.js';

let s: StaffServer;
let analyst: TestBrowser;
let apiKeyA1: string;

async function signedIn(userId: number): Promise<TestBrowser> {
  const b = new TestBrowser(s.app);
  b.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId, stage: 'full', authMethod: 'password' }));
  return b;
}

beforeAll(async () => {
  s = await startStaffServer();
  const { agencyA, agencyA1, agencyB } = s.fixture;
  await s.db.query(`INSERT INTO issues (key, label) VALUES ('bansos', 'Bansos belum cair')`);
  const issue = Number((await s.db.query<{ id: number }>(`SELECT id FROM issues WHERE key = 'bansos'`)).rows[0]!.id);
  const mentions = generateMentions({ count: 400, end: new Date(), days: 20, agencyIds: [agencyA, agencyA1, agencyB], issueIds: [issue, null], seed: 9 });
  mentions.push({ ...mentions[0]!, agencyId: agencyB, text: 'RAHASIA-B bansos', publishedAt: new Date(Date.now() - 7_200_000) });
  await insertMentions(s.db, mentions);
  analyst = await signedIn(s.fixture.users.analystA1);
  const key = generateApiKey();
  await insertApiKey(s.db, { ...key, name: 'Kunci A1', agencyId: agencyA1, includesSubAgencies: false, permissions: ['mentions.read', 'analytics.read'], createdBy: null });
  apiKeyA1 = key.token;
});
afterAll(async () => s?.close());

const api = (url: string) => s.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${apiKeyA1}` } });

describe('console analytics over HTTP', () => {
  it("shows an analyst the overview of their agency only, in Indonesian and English", async () => {
    const id = await analyst.get('/console/analytics');
    expect(id.statusCode).toBe(200);
    expect(id.body).toContain('Ringkasan percakapan');
    expect(id.body).toContain('<svg');
    const en = await analyst.get('/console/analytics?lang=en');
    expect(en.body).toContain('Conversation overview');
    const json = (await api('/api/v1/analytics/overview')).json() as { agencies: { key: string }[]; totals: { mentions: number } };
    expect(json.agencies.map((a) => a.key)).toEqual([String(s.fixture.agencyA1)]);
    const { rows } = await s.db.query<{ n: number }>(`SELECT count(*) AS n FROM mentions WHERE agency_id = $1 AND published_at >= $2`, [s.fixture.agencyA1, (await api('/api/v1/analytics/overview')).json().range.from]);
    expect(json.totals.mentions).toBe(rows[0]!.n);
    expect((await api(`/api/v1/analytics/overview?agency=${s.fixture.agencyB}`)).statusCode).toBe(404);
  });

  it('answers a malformed query with 400 naming the position, on the API and on the page', async () => {
    const res = await api('/api/v1/mentions?q=' + encodeURIComponent('bansos AND (cair'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', message: expect.stringContaining('position 11') });
    const page = await analyst.get('/console/mentions?q=' + encodeURIComponent('platform:mars'));
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Kesalahan kueri pada posisi 9');
  });

  it('pages mentions by cursor through the API, inside the scope', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const res = await api(`/api/v1/mentions?limit=50&q=bansos${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { data: { id: number; agencyId: number; text: string }[]; nextCursor: string | null };
      for (const m of body.data) {
        expect(m.agencyId).toBe(s.fixture.agencyA1);
        expect(m.text).not.toContain('RAHASIA-B');
      }
      seen.push(...body.data.map((m) => m.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(0);
  });

  it('streams the CSV export and records it in the audit log', async () => {
    const before = Number((await s.db.query<{ n: number }>(`SELECT count(*) AS n FROM audit_log WHERE action = 'mentions.exported'`)).rows[0]!.n);
    const res = await analyst.get('/console/mentions/export.csv?q=bansos&sort=reach');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body).toContain('published_at');
    expect(res.body).not.toContain('RAHASIA-B');
    const { rows } = await s.db.query<{ actor_user_id: number; details: { queryLength: number } }>(`SELECT actor_user_id, details FROM audit_log WHERE action = 'mentions.exported' ORDER BY id`);
    expect(rows.length).toBe(before + 1);
    expect(Number(rows.at(-1)!.actor_user_id)).toBe(s.fixture.users.analystA1);
    // The query text itself is not logged (it may name people), only its length.
    expect(rows.at(-1)!.details.queryLength).toBe(6);
  });

  it('saves a search from the explorer and creates an alert rule on it, showing the webhook secret once', async () => {
    await analyst.get('/console/mentions?q=bansos&platform=x');
    const saved = await analyst.post('/console/saved-searches', { name: 'Bansos di X', q: 'bansos', platform: 'x' });
    expect(saved.statusCode).toBe(303);
    const page = await analyst.get('/console/alerts');
    expect(page.body).toContain('Bansos di X');
    const searchId = /name="savedSearchId"[\s\S]*?<option value="(\d+)"/.exec(page.body)![1]!;
    const bad = await analyst.post('/console/alert-rules', { savedSearchId: searchId, name: 'Porsi', kind: 'negative_share', threshold: '40', windowMinutes: '60' });
    expect(bad.statusCode).toBe(400);
    const created = await analyst.post('/console/alert-rules', { savedSearchId: searchId, name: 'Ramai', kind: 'volume', threshold: '20', windowMinutes: '60', webhookUrl: 'https://penerima.example/hook' });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatch(/whs_[A-Za-z0-9_-]{43}/);
    expect((await analyst.get('/console/alerts')).body).not.toMatch(/whs_[A-Za-z0-9_-]{43}/);
    const { rows } = await s.db.query<{ enc: Uint8Array }>(`SELECT webhook_secret_enc AS enc FROM alert_rules WHERE name = 'Ramai'`);
    expect(Buffer.from(rows[0]!.enc).toString('latin1')).not.toContain('whs_');
  });

  it('documents the analytics and mentions API in OpenAPI', async () => {
    const doc = (await s.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    for (const path of ['/api/v1/analytics/overview', '/api/v1/analytics/breakdown', '/api/v1/analytics/issues/{id}', '/api/v1/analytics/articles/{id}/reach', '/api/v1/mentions', '/api/v1/mentions/export.csv']) {
      expect(doc.paths).toHaveProperty([path]);
    }
  });
});
