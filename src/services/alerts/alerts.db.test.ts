/**
 * Saved searches and alert rules end to end: a rule fires on planted mentions (volume,
 * negative share, spike), only inside the owner's scope, once per window, and its alert is
 * delivered to a real local HTTP server that checks the HMAC signature.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateMentions, insertMentions, insertTestAgency, type GeneratedMention } from '../../../test/helpers/analytics-data.js';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { insertUser } from '../../../test/helpers/staff-server.js';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { createTestKeyring } from '../../../test/helpers/test-keys.js';
import { listAlerts } from '../../db/queries/alerts/list-alerts.js';
import { resolveAgencyScope } from '../../security/permissions/agency-scope.js';
import { userPrincipal } from '../../security/permissions/principal.js';
import { checkWebhookSignature } from '../ingest/webhook-signature.js';
import { createAlertRule, ZAlertRuleInput } from './create-alert-rule.js';
import { createSavedSearch, ZSavedSearchInput } from './create-saved-search.js';
import { deliverPendingAlerts } from './deliver-alerts.js';
import { decideAlert, evaluateAlertRules } from './evaluate-alert-rules.js';

const NOW = new Date('2026-11-27T10:00:00Z');
const keyring = createTestKeyring();
let t: TestDatabase;
let agencyA: number;
let agencyB: number;
let analystA: number;
let receiver: TestHttpServer;
let receivedSecret = '';
const verdicts: string[] = [];

beforeAll(async () => {
  t = await openTestDb();
  agencyA = await insertTestAgency(t.db, 'prov-a');
  agencyB = await insertTestAgency(t.db, 'prov-b');
  analystA = await insertUser(t.db, 'analis.a@uji.test', 'Analis A', [[agencyA, 'analyst', false]], 'x');
  // Background: a quiet week for both agencies.
  const background = generateMentions({ count: 300, end: new Date(NOW.getTime() - 3 * 3_600_000), days: 7, agencyIds: [agencyA, agencyB], issueIds: [null], seed: 3 });
  // In the last hour: 25 negative posts about "jalan rusak" for A, and 40 for B (which A must not count).
  const burst = (agencyId: number, n: number): GeneratedMention[] =>
    Array.from({ length: n }, (_, i) => ({ ...background[0]!, agencyId, publishedAt: new Date(NOW.getTime() - (i + 1) * 60_000), sentiment: 'negative', text: `jalan rusak lagi ${i}` }));
  await insertMentions(t.db, [...background, ...burst(agencyA, 25), ...burst(agencyB, 40)]);
  receiver = await startTestHttpServer((req, res) => {
    const check = checkWebhookSignature(receivedSecret, req.headers['x-humas-timestamp'] as string, req.headers['x-humas-signature'] as string, Buffer.from(req.body), Math.floor(Date.now() / 1000));
    verdicts.push(check.ok ? 'ok' : check.reason);
    res.writeHead(check.ok ? 204 : 401).end();
  });
});
afterAll(async () => {
  await receiver?.close();
  await t?.close();
});

async function saveSearch(q: string, name: string) {
  const principal = userPrincipal(analystA, [{ agencyId: agencyA, role: 'analyst', includesSubAgencies: false }]);
  const scope = await resolveAgencyScope(t.db, principal, 'mentions.read');
  return createSavedSearch(t.db, principal, scope, ZSavedSearchInput.parse({ name, q }));
}

describe('alert rules on saved searches', () => {
  it('decides volume, negative share and spike from window counts', () => {
    const rule = { threshold: 3, minMentions: 10, baselineWindows: 4 };
    const windows = [{ window: 0, mentions: 30, negative: 12 }, { window: 1, mentions: 5, negative: 0 }, { window: 3, mentions: 7, negative: 1 }];
    expect(decideAlert({ ...rule, kind: 'volume', threshold: 30 }, windows)).toEqual({ fired: true, mentions: 30, value: 30 });
    expect(decideAlert({ ...rule, kind: 'volume', threshold: 31 }, windows).fired).toBe(false);
    expect(decideAlert({ ...rule, kind: 'negative_share', threshold: 0.4 }, windows)).toEqual({ fired: true, mentions: 30, value: 0.4 });
    expect(decideAlert({ ...rule, kind: 'negative_share', threshold: 0.4, minMentions: 31 }, windows).fired).toBe(false);
    // Baseline: (5 + 0 + 7 + 0) / 4 = 3 → 30 / 3 = 10×.
    expect(decideAlert({ ...rule, kind: 'spike', threshold: 10 }, windows)).toEqual({ fired: true, mentions: 30, value: 10 });
    expect(decideAlert({ ...rule, kind: 'spike', threshold: 10.5 }, windows).fired).toBe(false);
  });

  it('refuses a saved search with a malformed query, naming the position', async () => {
    await expect(saveSearch('jalan OR', 'rusak')).rejects.toMatchObject({ code: 'validation_failed', message: expect.stringContaining('position 8') });
  });

  it("fires on the owner's agency only, once per window, and delivers a signed webhook the receiver verifies", async () => {
    const searchId = await saveSearch('"jalan rusak" sentimen:negatif', 'Jalan rusak');
    const volume = await createAlertRule(t.db, keyring, analystA, ZAlertRuleInput.parse({ savedSearchId: searchId, name: 'Volume', kind: 'volume', threshold: '25', windowMinutes: '60', webhookUrl: `${receiver.url}/hook` }));
    // 26 would need B's posts too: A's scope holds 25, so this one must stay silent.
    await createAlertRule(t.db, keyring, analystA, ZAlertRuleInput.parse({ savedSearchId: searchId, name: 'Terlalu tinggi', kind: 'volume', threshold: '26', windowMinutes: '60' }));
    const anySearch = await saveSearch('', 'Semua');
    await createAlertRule(t.db, keyring, analystA, ZAlertRuleInput.parse({ savedSearchId: anySearch, name: 'Negatif', kind: 'negative_share', threshold: '0.5', windowMinutes: '60', minMentions: '10' }));
    await createAlertRule(t.db, keyring, analystA, ZAlertRuleInput.parse({ savedSearchId: anySearch, name: 'Lonjakan', kind: 'spike', threshold: '5', windowMinutes: '60', minMentions: '10' }));
    expect(volume.webhookSecret).toMatch(/^whs_/);
    receivedSecret = volume.webhookSecret!;

    expect(await evaluateAlertRules(t.db, { now: NOW })).toEqual({ evaluated: 4, fired: 3 });
    const alerts = await listAlerts(t.db, { userId: analystA, limit: 10 });
    expect(alerts.map((a) => [a.ruleName, a.mentions]).sort()).toEqual([['Lonjakan', 25], ['Negatif', 25], ['Volume', 25]]);
    expect(alerts.every((a) => a.agencyId === agencyA)).toBe(true);
    // Five minutes later the same surge does not fire again.
    expect((await evaluateAlertRules(t.db, { now: new Date(NOW.getTime() + 5 * 60_000) })).fired).toBe(0);

    expect(await deliverPendingAlerts(t.db, { keyring, publicUrl: 'https://humas.example', fetchPolicy: { allowPrivate: true, maxRedirects: 0 } })).toEqual({ delivered: 1, failed: 0 });
    expect(verdicts).toEqual(['ok']);
    const body = JSON.parse(receiver.requests[0]!.body) as { type: string; alert: { ruleName: string; mentions: number; kind: string } };
    expect(body).toMatchObject({ type: 'humas.alert', alert: { ruleName: 'Volume', mentions: 25, kind: 'volume' } });
    expect((await listAlerts(t.db, { userId: analystA, limit: 10 })).find((a) => a.ruleName === 'Volume')?.delivery).toBe('delivered');
    // Nothing left to send.
    expect(await deliverPendingAlerts(t.db, { keyring, publicUrl: 'https://humas.example', fetchPolicy: { allowPrivate: true } })).toEqual({ delivered: 0, failed: 0 });
  });

  it('retries a refused delivery and gives up after the attempt limit', async () => {
    receivedSecret = 'rahasia-yang-salah';
    const searchId = await saveSearch('rusak', 'Rusak');
    await createAlertRule(t.db, keyring, analystA, ZAlertRuleInput.parse({ savedSearchId: searchId, name: 'Ditolak', kind: 'volume', threshold: '1', windowMinutes: '60', webhookUrl: `${receiver.url}/hook` }));
    await evaluateAlertRules(t.db, { now: new Date(NOW.getTime() + 60_000) });
    for (let i = 0; i < 5; i++) await deliverPendingAlerts(t.db, { keyring, publicUrl: 'https://humas.example', fetchPolicy: { allowPrivate: true } });
    expect(verdicts.slice(1)).toEqual(['mismatch', 'mismatch', 'mismatch', 'mismatch', 'mismatch']);
    expect((await listAlerts(t.db, { userId: analystA, limit: 10 })).find((a) => a.ruleName === 'Ditolak')).toMatchObject({ delivery: 'failed', deliveryAttempts: 5 });
  });

  it('refuses webhook URLs that are not http(s) and negative shares above 1', () => {
    expect(ZAlertRuleInput.safeParse({ savedSearchId: 1, name: 'x', kind: 'volume', threshold: 1, windowMinutes: 60, webhookUrl: 'file:///etc/passwd' }).success).toBe(false);
    expect(ZAlertRuleInput.safeParse({ savedSearchId: 1, name: 'x', kind: 'negative_share', threshold: 40, windowMinutes: 60 }).success).toBe(false);
  });
});
