import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../src/security/accounts/totp.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { FIXTURE_EMAILS, TEST_PASSWORD, startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
beforeAll(async () => {
  s = await startStaffServer({ HUMAS_LOGIN_MAX_FAILURES: '3', HUMAS_SESSION_IDLE_MINUTES: '30' });
});
afterAll(async () => s?.close());

describe('sign-in', () => {
  it('redirects an anonymous visitor of the console to the login page', async () => {
    const res = await new TestBrowser(s.app).get('/console/users');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/console/login?next=%2Fconsole%2Fusers');
  });

  it('signs a writer in with a password into a full session with a secure cookie', async () => {
    const b = new TestBrowser(s.app);
    const res = await b.signIn(FIXTURE_EMAILS.writerA, TEST_PASSWORD);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/console');
    const cookie = res.cookies.find((c) => c.name === 'humas_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const home = await b.get('/console');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('Dewi Penulis');
    expect(home.headers['cache-control']).toBe('no-store');
  });

  it('rotates the session: a cookie planted before sign-in is not the one after', async () => {
    const b = new TestBrowser(s.app);
    b.cookies.set('humas_session', 'A'.repeat(43));
    await b.signIn(FIXTURE_EMAILS.writerA, TEST_PASSWORD);
    expect(b.cookies.get('humas_session')).not.toBe('A'.repeat(43));
    const first = b.cookies.get('humas_session');
    await b.get('/console');
    await b.post('/console/login', { email: FIXTURE_EMAILS.writerA, password: TEST_PASSWORD });
    expect(b.cookies.get('humas_session')).not.toBe(first);
    const { rows } = await s.db.query('SELECT 1 FROM sessions WHERE token_hash = sha256(convert_to($1, \'UTF8\'))', [first]);
    expect(rows).toHaveLength(0);
  });

  it('shows a clear error with the e-mail kept, and the same message for an unknown account', async () => {
    const b = new TestBrowser(s.app);
    const wrong = await b.signIn(FIXTURE_EMAILS.writerB, 'salah sekali kata sandinya');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('<title>Kesalahan: ');
    expect(wrong.body).toContain('Alamat email atau kata sandi salah');
    expect(wrong.body).toContain(`value="${FIXTURE_EMAILS.writerB}"`);
    const unknown = await b.signIn('tidak.ada@uji.test', 'apa saja boleh');
    expect(unknown.body).toContain('Alamat email atau kata sandi salah');
  });

  it('locks an account after the configured number of failures, even for the right password', async () => {
    const b = new TestBrowser(s.app);
    for (let i = 0; i < 3; i++) await b.signIn(FIXTURE_EMAILS.analystA1, 'bukan kata sandi yang benar');
    const res = await b.signIn(FIXTURE_EMAILS.analystA1, TEST_PASSWORD);
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('dikunci sementara');
    const en = new TestBrowser(s.app);
    await en.get('/console/login?lang=en');
    const enRes = await en.post('/console/login?lang=en', { email: FIXTURE_EMAILS.analystA1, password: TEST_PASSWORD });
    expect(enRes.body).toContain('locked for a while');
    const { rows } = await s.db.query<{ action: string }>("SELECT action FROM audit_log WHERE action LIKE 'auth.login_failed' AND actor_user_id = $1", [
      s.fixture.users.analystA1,
    ]);
    expect(rows.length).toBe(3);
    await s.db.query('UPDATE users SET locked_until = NULL WHERE id = $1', [s.fixture.users.analystA1]);
  });

  it('refuses a login form posted without its CSRF token', async () => {
    const b = new TestBrowser(s.app);
    await b.get('/console/login');
    const res = await b.post('/console/login', { email: FIXTURE_EMAILS.writerA, password: TEST_PASSWORD }, { csrf: null });
    expect(res.statusCode).toBe(403);
    const other = new TestBrowser(s.app);
    await other.get('/console/login');
    const stolen = await b.post('/console/login', { email: FIXTURE_EMAILS.writerA, password: TEST_PASSWORD }, { csrf: other.csrf() });
    expect(stolen.statusCode).toBe(403);
  });

  it('makes an admin without 2FA enrol (secret and otpauth URI shown) before any console page', async () => {
    const b = new TestBrowser(s.app);
    const res = await b.signIn(FIXTURE_EMAILS.adminB, TEST_PASSWORD);
    expect(res.headers.location).toBe('/console/2fa/setup');
    expect((await b.get('/console')).statusCode).toBe(303);
    const page = await b.get('/console/2fa/setup');
    expect(page.body).toContain('otpauth://totp/');
    expect(page.body).toContain('data:image/svg+xml;base64,');
    const secret = /secret=([A-Z2-7]+)/.exec(page.body)![1]!;
    const wrong = await b.post('/console/2fa/setup', { code: '000000' });
    expect(wrong.statusCode).toBe(400);
    const done = await b.post('/console/2fa/setup', { code: await currentTotpCode(secret) });
    expect(done.headers.location).toBe('/console?notice=enrol.done');
    expect((await b.get('/console')).statusCode).toBe(200);

    // Next time: password, then a code; the code just used is refused as a replay.
    const again = new TestBrowser(s.app);
    const step1 = await again.signIn(FIXTURE_EMAILS.adminB, TEST_PASSWORD);
    expect(step1.headers.location).toBe('/console/login/2fa');
    expect((await again.get('/console')).statusCode).toBe(303);
    await again.get('/console/login/2fa');
    const replay = await again.post('/console/login/2fa', { code: await currentTotpCode(secret) });
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('sudah dipakai');
    const later = await again.post('/console/login/2fa', { code: await currentTotpCode(secret, Date.now() + 30_000) });
    expect(later.headers.location).toBe('/console');
    expect((await again.get('/console')).statusCode).toBe(200);
  });

  it('expires sessions after the idle timeout and after sign-out', async () => {
    const b = new TestBrowser(s.app);
    await b.signIn(FIXTURE_EMAILS.writerB, TEST_PASSWORD);
    expect((await b.get('/console')).statusCode).toBe(200);
    await s.db.query("UPDATE sessions SET last_seen_at = now() - interval '31 minutes' WHERE user_id = $1", [s.fixture.users.writerB]);
    expect((await b.get('/console')).statusCode).toBe(303);
    await b.signIn(FIXTURE_EMAILS.writerB, TEST_PASSWORD);
    await b.get('/console');
    const out = await b.post('/console/logout', {});
    expect(out.headers.location).toBe('/console/login?notice=login.loggedOut');
    expect((await b.get('/console')).statusCode).toBe(303);
  });
});
