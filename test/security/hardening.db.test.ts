import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/security/rate-limit/rate-limiter.js';
import { runRetention } from '../../src/security/personal-data/run-retention.js';
import { RETENTION_DEFAULT_DAYS } from '../../src/domain/retention.js';
import { encryptPersonalData } from '../../src/security/keys/data-cipher.js';
import { AAD } from '../../src/security/keys/encrypted-columns.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
beforeAll(async () => {
  s = await startStaffServer({ HUMAS_BODY_LIMIT_BYTES: '4096' });
});
afterAll(async () => s?.close());

describe('web hardening', () => {
  it('sends a strict CSP without inline script, HSTS and no framing on console pages', async () => {
    const res = await s.app.inject('/console/login');
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.body).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  it('keeps CORS closed: a cross-origin preflight and read get no Access-Control-Allow-Origin', async () => {
    const preflight = await s.app.inject({ method: 'OPTIONS', url: '/api/v1/me', headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const read = await s.app.inject({ url: '/api/v1/agencies', headers: { origin: 'https://evil.example' } });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a body over the configured limit with 413', async () => {
    const b = new TestBrowser(s.app);
    await b.get('/console/login');
    const res = await b.post('/console/login', { email: 'a@b.id', password: 'x'.repeat(5000) });
    expect(res.statusCode).toBe(413);
  });

  it('marks the session cookie Secure when the site is served over TLS', async () => {
    const tls = await startStaffServer({ PUBLIC_URL: 'https://humas.jabarprov.go.id' });
    try {
      const res = await tls.app.inject('/privasi');
      expect(res.cookies.find((c) => c.name === 'humas_csrf')?.secure).toBe(true);
    } finally {
      await tls.close();
    }
  });

  it('rate-limits state-changing public endpoints, with Retry-After', async () => {
    const b = new TestBrowser(s.app);
    await b.get('/privasi');
    let last;
    for (let i = 0; i < 6; i++) last = await b.post('/privasi', { email: `orang${i}@contoh.id`, kind: 'export' });
    expect(last!.statusCode).toBe(429);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    expect(last!.body).toContain('Terlalu banyak permintaan');
  });
});

describe('database-backed rate limiter', () => {
  it('counts hits from several web processes in one shared window, and starts again in the next', async () => {
    let now = Date.UTC(2026, 10, 27, 8, 0, 10);
    // Two limiters on one database behave like two stateless web processes.
    const first = createRateLimiter(s.db, s.security.keyring, () => now);
    const second = createRateLimiter(s.db, s.security.keyring, () => now);
    const rule = { name: 'uji', max: 3, windowSeconds: 60 };
    const results = [];
    for (const limiter of [first, second, first, second]) results.push(await limiter.hit(rule, '10.0.0.1'));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    expect(results[3]!.retryAfterSeconds).toBe(50);
    expect((await first.hit(rule, '10.0.0.2')).allowed).toBe(true);
    now += 60_000;
    expect((await second.hit(rule, '10.0.0.1')).allowed).toBe(true);
    const { rows } = await s.db.query<{ bucket: string }>("SELECT bucket FROM rate_limit_buckets WHERE bucket LIKE 'uji:%'");
    expect(rows.every((r) => !r.bucket.includes('10.0.0'))).toBe(true);
  });
});

describe('retention job', () => {
  it('removes data older than its period per type and keeps newer data and comment rows', async () => {
    const { rows } = await s.db.query<{ id: number }>("INSERT INTO articles (agency_id, slug, title) VALUES ($1, 'retensi', 'R') RETURNING id", [s.fixture.agencyA]);
    const enc = encryptPersonalData(s.security.keyring, 'lama@contoh.id', AAD.commentEmail);
    await s.db.query(
      `INSERT INTO comments (article_id, author_name, author_email_enc, author_email_hash, body, created_at) VALUES
        ($1, 'Lama', $2, '\\x01', 'lama', now() - interval '400 days'), ($1, 'Baru', $2, '\\x02', 'baru', now() - interval '10 days')`,
      [rows[0]!.id, enc],
    );
    await s.db.query("INSERT INTO mail_outbox (to_enc, subject, body_enc, created_at) VALUES ($1, 'lama', $1, now() - interval '31 days'), ($1, 'baru', $1, now())", [enc]);
    await s.db.query("INSERT INTO rate_limit_buckets (bucket, window_start, hits) VALUES ('lama:x', now() - interval '2 days', 1)");
    const removed = await runRetention(s.db, s.security.keyring, RETENTION_DEFAULT_DAYS);
    expect(removed).toMatchObject({ comment_contact: 1, mail_outbox: 1, rate_limits: 1 });
    const comments = await s.db.query<{ author_name: string; has_email: boolean }>(
      "SELECT author_name, author_email_enc IS NOT NULL AS has_email FROM comments WHERE body IN ('lama', 'baru') ORDER BY author_name",
    );
    expect(comments.rows).toEqual([
      { author_name: 'Baru', has_email: true },
      { author_name: 'Lama', has_email: false },
    ]);
    const outbox = await s.db.query<{ subject: string }>("SELECT subject FROM mail_outbox WHERE subject IN ('lama', 'baru')");
    expect(outbox.rows).toEqual([{ subject: 'baru' }]);
    const audit = await s.db.query<{ details: Record<string, number> }>("SELECT details FROM audit_log WHERE action = 'retention.applied'");
    expect(audit.rows[0]!.details.comment_contact).toBe(1);
    expect((await runRetention(s.db, s.security.keyring, RETENTION_DEFAULT_DAYS)).comment_contact).toBe(0);
  });
});
