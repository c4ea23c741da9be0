/**
 * Syndication out, against a local HTTP server started here that plays each platform: it
 * checks the documented request shape (path, method, headers, body fields, the webhook's
 * HMAC signature) and answers with the platform's documented success and error shapes — a
 * 503 and a 429 to prove retry with backoff, a Graph API 400 to prove give-up, a receiver
 * that always fails to prove the attempt limit. The real platforms cannot be reached from
 * here; the shapes follow their public API references (docs/newsroom.md).
 */
import type http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChannelAdapters } from '../../src/connectors/syndication/channel-adapters.js';
import { checkWebhookSignature } from '../../src/services/ingest/webhook-signature.js';
import type { NewsroomActor } from '../../src/services/newsroom/newsroom-actor.js';
import { createDraftArticle, saveArticleText } from '../../src/services/newsroom/save-article.js';
import { transitionArticle } from '../../src/services/newsroom/transition-article.js';
import { createSyndicationChannel, setChannelActive } from '../../src/services/syndication/create-syndication-channel.js';
import { deliverDueSyndication, type SyndicationWorkerDeps } from '../../src/services/syndication/deliver-due-syndication.js';
import { decryptPersonalData } from '../../src/security/keys/data-cipher.js';
import { AAD } from '../../src/security/keys/encrypted-columns.js';
import { createSession } from '../../src/security/sessions/session-store.js';
import { startTestHttpServer, type TestHttpServer } from '../helpers/http-test-server.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { startStaffServer, type StaffServer } from '../helpers/staff-server.js';

const SECRETS = {
  webhook: 'whsec-uji-0123456789abcdefghijkl',
  x: 'x-user-token-RAHASIA-1234',
  facebook: 'EAAB-page-token-RAHASIA-5678',
  telegram: '123456:AAF-bot-token-RAHASIA',
  failing: 'whsec-gagal-0123456789abcdefghij',
};

let s: StaffServer;
let platform: TestHttpServer;
const problems: string[] = [];
const hits = new Map<string, number>();
const webhookEvents: { event: string; note: string | null }[] = [];
let firstArticleId = 0;

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** One platform each, on one server: the path says which. */
function handle(req: http.IncomingMessage & { body: string }, res: http.ServerResponse) {
  const path = req.url ?? '';
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`${path}: ${what}`);
  };
  check(req.method === 'POST', 'method is POST');
  if (path === '/hook' || path === '/hook-failing') {
    const secret = path === '/hook' ? SECRETS.webhook : SECRETS.failing;
    check(String(req.headers['content-type']).startsWith('application/json'), 'JSON content type');
    const event = req.headers['x-humas-event'];
    check(event === 'article.published' || event === 'article.corrected' || event === 'article.unpublished', 'event header');
    check(/^\d+$/.test(String(req.headers['x-humas-delivery'])), 'delivery id header');
    const verdict = checkWebhookSignature(secret, req.headers['x-humas-timestamp'] as string, req.headers['x-humas-signature'] as string, Buffer.from(req.body), Math.floor(Date.now() / 1000));
    check(verdict.ok, `valid HMAC-SHA256 signature over timestamp.body (${JSON.stringify(verdict)})`);
    const body = JSON.parse(req.body) as { event: string; article: { title: string; url: string; agency: { slug: string }; correction_note?: string } };
    webhookEvents.push({ event: body.event, note: body.article.correction_note ?? null });
    check(body.event === event && /^https:\/\/humas\.jabarprov\.go\.id\/berita\/pemprov-jabar\/pembukaan-posko-mudik[a-z0-9-]*$/.test(body.article.url) && body.article.agency.slug === 'pemprov-jabar', 'body fields');
    if (path === '/hook-failing') return send(res, 500, { error: 'receiver down' });
    return n === 1 ? send(res, 503, { error: 'try later' }) : send(res, 200, { received: true });
  }
  if (path === '/x/2/tweets') {
    check(req.headers.authorization === `Bearer ${SECRETS.x}`, 'bearer token');
    check(req.headers['content-type'] === 'application/json', 'JSON content type');
    const body = JSON.parse(req.body) as Record<string, unknown>;
    check(Object.keys(body).join() === 'text' && typeof body.text === 'string' && [...body.text].length <= 280 && body.text.includes('/berita/pemprov-jabar/'), 'body {text} with the link');
    if (n === 1) {
      return send(res, 429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, { 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000)) });
    }
    return send(res, 201, { data: { id: '1861234567890123456', text: body.text } });
  }
  if (path === '/graph/v21.0/104857600123/feed') {
    check(req.headers['content-type'] === 'application/x-www-form-urlencoded', 'form content type');
    const form = new URLSearchParams(req.body);
    check(form.get('access_token') === SECRETS.facebook && !!form.get('message')?.startsWith('Pembukaan Posko Mudik') && /\/berita\/pemprov-jabar\/pembukaan-posko-mudik-dan-arus-balik$/.test(form.get('link') ?? ''), 'message, link, access_token');
    return send(res, 400, { error: { message: "(#200) The user hasn't authorized the application to perform this action", type: 'OAuthException', code: 200, fbtrace_id: 'AbCdEf123' } });
  }
  if (path === `/tg/bot${SECRETS.telegram}/sendMessage`) {
    const body = JSON.parse(req.body) as { chat_id: unknown; text: string; parse_mode: string };
    check(body.chat_id === -1001234567890 && body.parse_mode === 'HTML' && /^<b>(Pembukaan Posko Mudik &amp; Arus Balik|Posko Mudik Tahap Tiga)<\/b>\n\n/.test(body.text), 'chat_id, text (HTML-escaped), parse_mode');
    return send(res, 200, { ok: true, result: { message_id: 42, date: 1764200000, chat: { id: -1001234567890, type: 'channel' }, text: 'x' } });
  }
  problems.push(`unexpected request ${req.method} ${path}`);
  return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
}

const actor = (): NewsroomActor => ({ userId: s.fixture.users.adminA, holds: async (_p, agencyId) => agencyId === s.fixture.agencyA });

function workerDeps(overrides: Partial<SyndicationWorkerDeps> = {}): SyndicationWorkerDeps {
  return {
    db: s.db,
    keyring: s.security.keyring,
    logger: s.app.log as unknown as SyndicationWorkerDeps['logger'],
    adapters: createChannelAdapters({ x: `${platform.url}/x`, facebook: `${platform.url}/graph/v21.0`, telegram: `${platform.url}/tg` }),
    publicUrl: 'https://humas.jabarprov.go.id',
    backoff: { baseMs: 20, maxMs: 200 },
    timeoutMs: 5000,
    webhooksAllowPrivate: true,
    ...overrides,
  };
}

async function publish(title: string): Promise<number> {
  const deps = { db: s.db, keyring: s.security.keyring, maxDeliveryAttempts: 3 };
  const created = await createDraftArticle(deps, actor(), s.fixture.agencyA, { title, summary: 'Posko mudik dibuka di 27 kabupaten/kota.', body: 'Isi.', slug: '', tags: '', topic: '' });
  if (!created.ok) throw new Error('draft not created');
  for (const action of ['submit', 'approve', 'publish'] as const) await transitionArticle(deps, actor(), created.id, { action });
  return created.id;
}

/** Runs worker passes until nothing is pending (each pass only takes what is due). */
async function drain(deps: SyndicationWorkerDeps): Promise<void> {
  for (let pass = 0; pass < 40; pass++) {
    const { rows } = await s.db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM syndication_deliveries WHERE status = 'pending'`);
    if (rows[0]!.n === 0) return;
    // Two workers at once, as with several processes: SKIP LOCKED keeps them off each other's rows.
    await Promise.all([deliverDueSyndication(deps), deliverDueSyndication(deps)]);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('deliveries still pending after 40 passes');
}

beforeAll(async () => {
  s = await startStaffServer();
  platform = await startTestHttpServer(handle);
  const deps = { db: s.db, keyring: s.security.keyring };
  const add = async (kind: string, name: string, target: string, secret: string) => {
    const r = await createSyndicationChannel(deps, s.fixture.users.adminA, s.fixture.agencyA, { kind, name, target, secret });
    if (!r.ok) throw new Error(`channel ${name}: ${JSON.stringify(r.errors)}`);
    return r.id;
  };
  await add('webhook', 'Webhook Diskominfo', `${platform.url}/hook`, SECRETS.webhook);
  await add('x', 'X @humasjabar', '', SECRETS.x);
  await add('facebook', 'Halaman Facebook', '104857600123', SECRETS.facebook);
  await add('telegram', 'Kanal Telegram', '-1001234567890', SECRETS.telegram);
  const failing = await add('webhook', 'Webhook yang selalu gagal', `${platform.url}/hook-failing`, SECRETS.failing);
  // The failing receiver is switched on only for its own test below.
  await setChannelActive(deps, s.fixture.users.adminA, failing, false);
});
afterAll(async () => {
  await platform?.close();
  await s?.close();
});

async function deliveries(articleId: number) {
  const { rows } = await s.db.query<{ name: string; status: string; attempts: number; external_id: string | null; outcomes: string[]; statuses: (number | null)[] }>(
    `SELECT c.name, d.status, d.attempts, d.external_id,
            array(SELECT outcome FROM syndication_attempts a WHERE a.delivery_id = d.id ORDER BY attempt_no) AS outcomes,
            array(SELECT http_status FROM syndication_attempts a WHERE a.delivery_id = d.id ORDER BY attempt_no) AS statuses
       FROM syndication_deliveries d JOIN syndication_channels c ON c.id = d.channel_id WHERE d.article_id = $1 ORDER BY c.name`,
    [articleId],
  );
  return rows;
}

describe('syndication outbox against a local platform server', () => {
  it('delivers to every channel with the documented shapes, retries 503/429 with backoff, gives up on a 4xx', async () => {
    const articleId = await publish('Pembukaan Posko Mudik & Arus Balik');
    firstArticleId = articleId;
    await drain(workerDeps());
    expect(problems).toEqual([]);
    expect(await deliveries(articleId)).toEqual([
      { name: 'Halaman Facebook', status: 'failed', attempts: 1, external_id: null, outcomes: ['gave_up'], statuses: [400] },
      { name: 'Kanal Telegram', status: 'delivered', attempts: 1, external_id: '42', outcomes: ['delivered'], statuses: [200] },
      { name: 'Webhook Diskominfo', status: 'delivered', attempts: 2, external_id: null, outcomes: ['retry', 'delivered'], statuses: [503, 200] },
      { name: 'X @humasjabar', status: 'delivered', attempts: 2, external_id: '1861234567890123456', outcomes: ['retry', 'delivered'], statuses: [429, 201] },
    ]);
    // Exactly one request per attempt, though two workers ran every pass.
    expect([...hits.values()].reduce((a, b) => a + b, 0)).toBe(6);
    const fb = await s.db.query<{ error: string }>(`SELECT error FROM syndication_attempts WHERE http_status = 400`);
    expect(fb.rows[0]!.error).toBe("HTTP 400: (#200) The user hasn't authorized the application to perform this action");
  });

  it('tells webhook subscribers (only them) of a correction and of an unpublish', async () => {
    const deps = { db: s.db, keyring: s.security.keyring, maxDeliveryAttempts: 3 };
    webhookEvents.length = 0;
    const saved = await saveArticleText(deps, actor(), firstArticleId, 1, {
      title: 'Pembukaan Posko Mudik & Arus Balik', summary: 'Posko mudik dibuka di 27 kabupaten/kota.', body: 'Isi yang diperbaiki.', slug: '', tags: '', topic: '',
      correctionNote: 'Jumlah posko diperbaiki.',
    }, { correction: true });
    expect(saved.ok).toBe(true);
    await transitionArticle(deps, actor(), firstArticleId, { action: 'unpublish' });
    await drain(workerDeps());
    expect(webhookEvents).toEqual([
      { event: 'article.corrected', note: 'Jumlah posko diperbaiki.' },
      { event: 'article.unpublished', note: null },
    ]);
    const { rows } = await s.db.query<{ event: string; kind: string; status: string }>(
      `SELECT d.event, c.kind, d.status FROM syndication_deliveries d JOIN syndication_channels c ON c.id = d.channel_id WHERE d.article_id = $1 AND d.event <> 'article.published' ORDER BY d.id`,
      [firstArticleId],
    );
    expect(rows).toEqual([
      { event: 'article.corrected', kind: 'webhook', status: 'delivered' },
      { event: 'article.unpublished', kind: 'webhook', status: 'delivered' },
    ]);
    expect(problems).toEqual([]);
  });

  it('stops after the maximum number of attempts, waiting longer each time', async () => {
    const deps = { db: s.db, keyring: s.security.keyring };
    const { rows } = await s.db.query<{ id: number }>(`SELECT id FROM syndication_channels WHERE name <> 'Webhook yang selalu gagal'`);
    for (const r of rows) await setChannelActive(deps, s.fixture.users.adminA, r.id, false);
    const failing = await s.db.query<{ id: number }>(`SELECT id FROM syndication_channels WHERE name = 'Webhook yang selalu gagal'`);
    await setChannelActive(deps, s.fixture.users.adminA, failing.rows[0]!.id, true);
    const articleId = await publish('Pembukaan Posko Mudik Tahap Dua');
    const started = Date.now();
    await drain(workerDeps());
    const [d] = await deliveries(articleId);
    expect(d).toMatchObject({ status: 'failed', attempts: 3, outcomes: ['retry', 'retry', 'gave_up'], statuses: [500, 500, 500] });
    // Backoff 20 ms then 40 ms: the three attempts cannot fit in less than 60 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(60);
  });

  it('refuses a webhook to a private address unless the operator allows it', async () => {
    const articleId = await publish('Uji alamat privat');
    await drain(workerDeps({ webhooksAllowPrivate: false }));
    const [d] = await deliveries(articleId);
    expect(d).toMatchObject({ status: 'failed', attempts: 1, outcomes: ['gave_up'] });
    const { rows } = await s.db.query<{ error: string }>(`SELECT a.error FROM syndication_attempts a JOIN syndication_deliveries d ON d.id = a.delivery_id WHERE d.article_id = $1`, [articleId]);
    expect(rows[0]!.error).toBe('request failed: blocked_address');
  });

  it('pauses the deliveries of a disabled channel and resumes them when it is enabled again', async () => {
    const deps = { db: s.db, keyring: s.security.keyring };
    const channel = async (name: string) => (await s.db.query<{ id: number }>('SELECT id FROM syndication_channels WHERE name = $1', [name])).rows[0]!.id;
    await setChannelActive(deps, s.fixture.users.adminA, await channel('Webhook yang selalu gagal'), false);
    const telegram = await channel('Kanal Telegram');
    await setChannelActive(deps, s.fixture.users.adminA, telegram, true);
    const articleId = await publish('Posko Mudik Tahap Tiga');
    await setChannelActive(deps, s.fixture.users.adminA, telegram, false);
    const before = platform.requests.length;
    expect(await deliverDueSyndication(workerDeps())).toEqual([]);
    expect(platform.requests.length).toBe(before);
    await setChannelActive(deps, s.fixture.users.adminA, telegram, true);
    await drain(workerDeps());
    expect((await deliveries(articleId)).map((d) => [d.name, d.status])).toEqual([['Kanal Telegram', 'delivered']]);
    expect(platform.requests.length).toBe(before + 1);
  });

  it('keeps credentials out of logs, the attempt log and the console, and shows the delivery log per article', async () => {
    const stored = await s.db.query<{ text: string }>(`SELECT coalesce(string_agg(coalesce(error, ''), ' '), '') || (SELECT string_agg(encode(secret_enc, 'escape'), ' ') FROM syndication_channels) AS text FROM syndication_attempts`);
    const browser = new TestBrowser(s.app);
    browser.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId: s.fixture.users.adminA, stage: 'full', authMethod: 'password' }));
    const channelsPage = await browser.get('/console/newsroom/channels');
    expect(channelsPage.statusCode).toBe(200);
    const { rows } = await s.db.query<{ id: number }>(`SELECT article_id AS id FROM syndication_deliveries ORDER BY id LIMIT 1`);
    const articlePage = await browser.get(`/console/newsroom/articles/${rows[0]!.id}`);
    expect(articlePage.body).toContain('Log distribusi');
    expect(articlePage.body).toContain('Terkirim');
    expect(articlePage.body).toContain('HTTP 503');
    expect(articlePage.body).toContain('1861234567890123456');
    for (const secret of Object.values(SECRETS)) {
      expect(s.logLines.join('\n')).not.toContain(secret);
      expect(stored.rows[0]!.text).not.toContain(secret);
      expect(channelsPage.body).not.toContain(secret);
      expect(articlePage.body).not.toContain(secret);
    }
    expect(s.logLines.some((l) => l.includes('"task":"syndication"') && l.includes('"outcome":"delivered"'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('lets an admin replace a channel secret (rotation), refusing a weak one and changing nothing then', async () => {
    const browser = new TestBrowser(s.app);
    browser.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId: s.fixture.users.adminA, stage: 'full', authMethod: 'password' }));
    await browser.get('/console/newsroom/channels');
    const id = (await s.db.query<{ id: number }>(`SELECT id FROM syndication_channels WHERE name = 'Webhook Diskominfo'`)).rows[0]!.id;
    const stored = async () => (await s.db.query<{ secret_enc: Uint8Array; secret_hint: string }>('SELECT secret_enc, secret_hint FROM syndication_channels WHERE id = $1', [id])).rows[0]!;
    const before = await stored();
    const weak = await browser.post(`/console/newsroom/channels/${id}/secret`, { secret: 'pendek' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('webhook: min. 24 karakter');
    expect(Buffer.from((await stored()).secret_enc).equals(Buffer.from(before.secret_enc))).toBe(true);
    const fresh = 'whsec-baru-9876543210zyxwvutsrqpo';
    const ok = await browser.post(`/console/newsroom/channels/${id}/secret`, { secret: fresh });
    expect(ok.statusCode).toBe(303);
    const after = await stored();
    expect(decryptPersonalData(s.security.keyring, Buffer.from(after.secret_enc), AAD.syndicationSecret)).toBe(fresh);
    expect(after.secret_hint).toBe('…rqpo');
    const page = await browser.get('/console/newsroom/channels');
    expect(page.body).toContain('…rqpo');
    expect(page.body).not.toContain(fresh);
    const audit = await s.db.query<{ details: Record<string, unknown> }>(`SELECT details FROM audit_log WHERE action = 'syndication.channel_secret_replaced'`);
    expect(audit.rows.length).toBe(1);
    expect(JSON.stringify(audit.rows[0]!.details)).not.toContain(fresh);
    // Another agency's admin cannot touch it.
    const other = new TestBrowser(s.app);
    other.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId: s.fixture.users.adminB, stage: 'full', authMethod: 'password' }));
    await other.get('/console/newsroom/channels');
    expect((await other.post(`/console/newsroom/channels/${id}/secret`, { secret: 'x'.repeat(30) })).statusCode).toBe(404);
  });
});
