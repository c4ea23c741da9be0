/**
 * Single sign-on end to end against a real OpenID provider (`oidc-provider`, a certified
 * implementation) listening on loopback inside this test: the browser is sent to the
 * provider, signs in and consents there, comes back with a code, and Humas exchanges it
 * (PKCE, state and nonce checked) for a session of the matching staff account.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser } from '../helpers/test-browser.js';
import { FIXTURE_EMAILS, startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
let server: http.Server;
let issuer: string;

const ACCOUNTS: Record<string, { email: string; email_verified: boolean }> = {
  'asn-001': { email: FIXTURE_EMAILS.writerA, email_verified: true },
  'asn-002': { email: 'bukan.staf@contoh.go.id', email_verified: true },
  'asn-003': { email: FIXTURE_EMAILS.writerB, email_verified: false },
};

beforeAll(async () => {
  server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'humas',
        client_secret: 'rahasia-klien-uji-yang-panjang',
        redirect_uris: ['http://localhost:3000/console/login/sso/callback'],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx, sub) => (ACCOUNTS[sub] ? { accountId: sub, claims: async () => ({ sub, ...ACCOUNTS[sub]! }) } : undefined),
    cookies: { keys: ['kunci-cookie-uji-oidc'] },
    pkce: { required: () => true },
  });
  server.on('request', provider.callback());
  s = await startStaffServer({ OIDC_ISSUER_URL: issuer, OIDC_CLIENT_ID: 'humas', OIDC_CLIENT_SECRET: 'rahasia-klien-uji-yang-panjang', OIDC_LABEL: 'SSO ASN' });
});
afterAll(async () => {
  await s?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Drives the provider like a browser: follows redirects, keeps its cookies, submits its dev login and consent forms. */
async function signInAtProvider(authorizeUrl: string, accountId: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizeUrl;
  let form: Record<string, string> | null = null;
  for (let hop = 0; hop < 20; hop++) {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form) : undefined,
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, value] = pair!.split('=');
      jar.set(name!, value ?? '');
    }
    form = null;
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.pathname === '/console/login/sso/callback') return next;
      url = next.href;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (!action) throw new Error(`provider page without a form (${res.status}): ${page.slice(0, 200)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    form = page.includes('name="login"') ? { prompt: 'login', login: accountId, password: 'apa-saja' } : { prompt: 'consent' };
  }
  throw new Error('too many redirects at the provider');
}

describe('OpenID Connect single sign-on', () => {
  it('offers the SSO button on the login page', async () => {
    expect((await new TestBrowser(s.app).get('/console/login')).body).toContain('Masuk dengan SSO ASN');
  });

  it('signs in a staff member whose verified e-mail matches, using PKCE, and links the identity', async () => {
    const b = new TestBrowser(s.app);
    const start = await b.get('/console/login/sso');
    expect(start.statusCode).toBe(303);
    const authorize = new URL(start.headers.location as string);
    expect(authorize.origin).toBe(issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = await signInAtProvider(authorize.href, 'asn-001');
    const done = await b.get(`${callback.pathname}${callback.search}`);
    expect(done.headers.location).toBe('/console');
    const home = await b.get('/console');
    expect(home.body).toContain('Dewi Penulis');
    const link = await s.db.query<{ subject: string }>('SELECT subject FROM oidc_identities WHERE user_id = $1', [s.fixture.users.writerA]);
    expect(link.rows).toEqual([{ subject: 'asn-001' }]);
    const audit = await s.db.query<{ details: { method: string } }>("SELECT details FROM audit_log WHERE action = 'auth.login' ORDER BY id DESC LIMIT 1");
    expect(audit.rows[0]!.details.method).toBe('oidc');
    // The same callback (code and state) cannot be replayed.
    const replay = await new TestBrowser(s.app).get(`${callback.pathname}${callback.search}`);
    expect(replay.headers.location).toBe('/console/login?notice=login.ssoFailed');
  });

  it('refuses identities without a matching account or with an unverified e-mail', async () => {
    for (const account of ['asn-002', 'asn-003']) {
      const b = new TestBrowser(s.app);
      const start = await b.get('/console/login/sso');
      const callback = await signInAtProvider(start.headers.location as string, account);
      const res = await b.get(`${callback.pathname}${callback.search}`);
      expect(res.headers.location).toBe('/console/login?notice=login.ssoNoAccount');
      expect((await b.get('/console')).statusCode).toBe(303);
    }
  });

  it('refuses a callback whose state was not issued by this server', async () => {
    const res = await new TestBrowser(s.app).get('/console/login/sso/callback?code=abc&state=dipalsukan');
    expect(res.headers.location).toBe('/console/login?notice=login.ssoFailed');
  });
});
