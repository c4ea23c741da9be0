import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptPersonalData } from '../../src/security/keys/data-cipher.js';
import { AAD } from '../../src/security/keys/encrypted-columns.js';
import { emailLookupHash } from '../../src/security/keys/lookup-hash.js';
import { lastMailTo, localPath } from '../helpers/outbox.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { FIXTURE_EMAILS, TEST_PASSWORD, startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
// Known personal values planted through the flows below; none may ever appear in a log line.
const CITIZEN_EMAIL = 'warga.rahasia.3171@contoh.id';
const CITIZEN_NAME = 'Sutrisno Wicaksono Rahasia';
const CITIZEN_COMMENT = 'Jalan di RT 07 rusak parah, NIK saya 3171014507900003';
const NEW_PASSWORD = 'teh manis hangat di sore hari';
const INVITEE = 'pegawai.baru.77@jabarprov.go.id';
const secretsSeen: string[] = [];

beforeAll(async () => {
  s = await startStaffServer();
  const { rows } = await s.db.query<{ id: number }>(
    `INSERT INTO articles (agency_id, slug, title, status, published_at) VALUES ($1, 'jalan-rusak', 'Perbaikan jalan', 'published', now()) RETURNING id`,
    [s.fixture.agencyA],
  );
  const articleId = rows[0]!.id;
  for (const body of [CITIZEN_COMMENT, 'Terima kasih atas informasinya']) {
    await s.db.query(
      'INSERT INTO comments (article_id, author_name, author_email_enc, author_email_hash, body, status) VALUES ($1, $2, $3, $4, $5, $6)',
      [articleId, CITIZEN_NAME, encryptPersonalData(s.security.keyring, CITIZEN_EMAIL, AAD.commentEmail), emailLookupHash(s.security.keyring, CITIZEN_EMAIL), body, 'approved'],
    );
  }
  await s.db.query("INSERT INTO comments (article_id, author_name, body, status) VALUES ($1, 'Orang lain', 'Komentar lain', 'approved')", [articleId]);
});
afterAll(async () => s?.close());

describe('password reset by e-mailed single-use link', () => {
  it('sends a link, sets a policy-checked password, ends old sessions, and refuses the link a second time', async () => {
    const old = new TestBrowser(s.app);
    await old.signIn(FIXTURE_EMAILS.writerA, TEST_PASSWORD);
    const b = new TestBrowser(s.app);
    await b.get('/console/password/forgot');
    const sent = await b.post('/console/password/forgot', { email: FIXTURE_EMAILS.writerA });
    expect(sent.body).toContain('Jika alamat email tersebut terdaftar');
    await b.post('/console/password/forgot', { email: 'tidak.terdaftar@uji.test' });
    expect(b.lastBody).toContain('Jika alamat email tersebut terdaftar');
    expect(await lastMailTo(s.db, s.security.keyring, 'tidak.terdaftar@uji.test')).toBeNull();

    const mail = (await lastMailTo(s.db, s.security.keyring, FIXTURE_EMAILS.writerA))!;
    expect(mail.subject).toBe('Humas: buat kata sandi baru');
    secretsSeen.push(new URL(mail.link).searchParams.get('token')!);
    await b.get(localPath(mail.link));
    const weak = await b.post('/console/password/reset', { token: new URL(mail.link).searchParams.get('token')!, password: 'Bismillah2024!', confirm: 'Bismillah2024!' });
    expect(weak.statusCode).toBe(400);
    expect(weak.body).toContain('terlalu umum');
    const ok = await b.post('/console/password/reset', { token: new URL(mail.link).searchParams.get('token')!, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(ok.headers.location).toBe('/console/login?notice=login.passwordChanged');
    expect((await old.get('/console')).statusCode).toBe(303);
    const again = await b.post('/console/password/reset', { token: new URL(mail.link).searchParams.get('token')!, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(again.statusCode).toBe(404);
    expect((await new TestBrowser(s.app).signIn(FIXTURE_EMAILS.writerA, NEW_PASSWORD)).headers.location).toBe('/console');
  });
});

describe('invitation by an agency admin', () => {
  it('invites a new writer into a sub-agency, who accepts and signs in with that role only there', async () => {
    const admin = new TestBrowser(s.app);
    await s.db.query('UPDATE users SET totp_enabled_at = NULL WHERE id = $1', [s.fixture.users.adminA]);
    // The admin enrols 2FA as part of signing in; the test reads the secret from the page.
    await admin.signIn(FIXTURE_EMAILS.adminA, TEST_PASSWORD);
    await admin.enrolTotp();
    await admin.get('/console/users');
    const res = await admin.post('/console/users/invite', {
      email: INVITEE,
      displayName: 'Pegawai Baru',
      agencyId: String(s.fixture.agencyA1),
      role: 'writer',
    });
    expect(res.headers.location).toBe('/console/users?notice=users.invited');
    const forbidden = await admin.post('/console/users/invite', { email: 'x@y.id', displayName: 'X', agencyId: String(s.fixture.agencyA1), role: 'national_admin' });
    expect(forbidden.statusCode).toBe(400);
    expect(forbidden.body).toContain('tidak dapat memberikan peran ini');

    const mail = (await lastMailTo(s.db, s.security.keyring, INVITEE))!;
    secretsSeen.push(new URL(mail.link).searchParams.get('token')!);
    const invitee = new TestBrowser(s.app);
    const page = await invitee.get(localPath(mail.link));
    expect(page.body).toContain('Penulis');
    expect(page.body).toContain('Pemerintah Kota Bandung');
    const token = new URL(mail.link).searchParams.get('token')!;
    const created = await invitee.post('/console/invitation', { token, displayName: 'Pegawai Baru', password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(created.headers.location).toBe('/console/login?notice=login.accountCreated');
    await invitee.signIn(INVITEE, NEW_PASSWORD);
    const me = (await invitee.get('/api/v1/me', { accept: 'application/json' })).json();
    expect(me.grants).toEqual([{ agencyId: s.fixture.agencyA1, includesSubAgencies: false, permissions: ['articles.write', 'mentions.read'] }]);
    const { rows } = await s.db.query<{ action: string }>("SELECT action FROM audit_log WHERE action IN ('user.invited', 'user.invitation_accepted')");
    expect(rows.map((r) => r.action).sort()).toEqual(['user.invitation_accepted', 'user.invited']);
  });
});

describe('API keys', () => {
  it('shows a key once, authenticates with it, records last use, and refuses it after revocation', async () => {
    const admin = new TestBrowser(s.app);
    await admin.signIn(FIXTURE_EMAILS.nationalAdmin, TEST_PASSWORD);
    // The national admin has no 2FA yet: enrol first.
    await admin.enrolTotp();
    await admin.get('/console/api-keys');
    const created = await admin.post('/console/api-keys', { name: 'Portal kabupaten', agencyId: String(s.fixture.agencyA), permissions: ['ingest.write', 'mentions.read'] });
    expect(created.statusCode).toBe(200);
    const key = /(hk_[0-9a-f]{12}_[A-Za-z0-9_-]{43})/.exec(created.body)![1]!;
    secretsSeen.push(key);
    expect((await admin.get('/console/api-keys')).body).not.toContain(key);

    const me = await s.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ kind: 'api_key', grants: [{ agencyId: s.fixture.agencyA, permissions: ['ingest.write', 'mentions.read'] }] });
    const { rows } = await s.db.query<{ last_used_at: Date | null; id: number }>('SELECT id, last_used_at FROM api_keys');
    expect(rows[0]!.last_used_at).toBeInstanceOf(Date);
    const used = await s.db.query("SELECT 1 FROM audit_log WHERE action = 'api_key.used' AND actor_api_key_id = $1", [rows[0]!.id]);
    expect(used.rowCount).toBe(1);

    await admin.post(`/console/api-keys/${rows[0]!.id}/revoke`, {});
    const after = await s.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${key}` } });
    expect(after.statusCode).toBe(401);
    const forged = await s.app.inject({ url: '/api/v1/me', headers: { 'x-api-key': key.slice(0, -4) + 'AAAA' } });
    expect(forged.statusCode).toBe(401);
  });
});

describe('data-subject requests (UU PDP)', () => {
  it('exports a commenter’s data after e-mail confirmation', async () => {
    const b = new TestBrowser(s.app);
    await b.get('/privasi');
    const res = await b.post('/privasi', { email: CITIZEN_EMAIL.toUpperCase(), kind: 'export' });
    expect(res.body).toContain('tautan konfirmasi');
    const mail = (await lastMailTo(s.db, s.security.keyring, CITIZEN_EMAIL.toUpperCase()))!;
    secretsSeen.push(new URL(mail.link).searchParams.get('token')!);
    const confirm = await b.get(localPath(mail.link));
    expect(confirm.statusCode).toBe(200);
    const exported = await b.post('/privasi/konfirmasi', { token: new URL(mail.link).searchParams.get('token')! });
    expect(exported.headers['content-disposition']).toContain('attachment');
    const data = exported.json();
    expect(data.comments).toHaveLength(2);
    expect(data.comments[0]).toMatchObject({ email: CITIZEN_EMAIL, name: CITIZEN_NAME, comment: CITIZEN_COMMENT, article: 'Perbaikan jalan' });
    const reuse = await b.post('/privasi/konfirmasi', { token: new URL(mail.link).searchParams.get('token')! });
    expect(reuse.statusCode).toBe(404);
  });

  it('erases a commenter’s data but keeps the comment count of the article', async () => {
    const count = async () => Number((await s.db.query<{ n: number }>('SELECT count(*) AS n FROM comments')).rows[0]!.n);
    const before = await count();
    const b = new TestBrowser(s.app);
    await b.get('/privasi');
    await b.post('/privasi', { email: CITIZEN_EMAIL, kind: 'erasure' });
    const mail = (await lastMailTo(s.db, s.security.keyring, CITIZEN_EMAIL))!;
    secretsSeen.push(new URL(mail.link).searchParams.get('token')!);
    await b.get(localPath(mail.link));
    const done = await b.post('/privasi/konfirmasi', { token: new URL(mail.link).searchParams.get('token')! });
    expect(done.body).toContain('2 komentar dianonimkan');
    expect(await count()).toBe(before);
    const { rows } = await s.db.query<{ author_name: string; body: string; author_email_enc: unknown }>(
      "SELECT author_name, body, author_email_enc FROM comments WHERE author_name <> 'Orang lain'",
    );
    expect(rows.every((r) => r.author_name === 'Anonim' && r.author_email_enc === null && !r.body.includes('NIK'))).toBe(true);
    const other = await s.db.query("SELECT 1 FROM comments WHERE author_name = 'Orang lain' AND body = 'Komentar lain'");
    expect(other.rowCount).toBe(1);
    const dsr = await s.db.query<{ email_enc: unknown; result: unknown }>("SELECT email_enc, result FROM data_subject_requests WHERE kind = 'erasure'");
    expect(dsr.rows[0]).toEqual({ email_enc: null, result: { comments: 2 } });
  });
});

describe('logs', () => {
  it('never contain the planted personal values, passwords, tokens or keys', () => {
    // The scan only means something if the sensitive requests were logged at all.
    const paths = s.logLines.map((line) => JSON.parse(line).path as string | undefined);
    for (const path of ['/console/login', '/console/password/reset', '/console/invitation', '/privasi', '/privasi/konfirmasi', '/api/v1/me']) {
      expect(paths).toContain(path);
    }
    const planted = [
      CITIZEN_EMAIL,
      CITIZEN_EMAIL.toUpperCase(),
      CITIZEN_NAME,
      CITIZEN_COMMENT,
      '3171014507900003',
      INVITEE,
      TEST_PASSWORD,
      NEW_PASSWORD,
      ...Object.values(FIXTURE_EMAILS),
      ...secretsSeen,
    ];
    expect(secretsSeen.length).toBeGreaterThanOrEqual(5);
    for (const line of s.logLines) {
      for (const value of planted) expect(line.toLowerCase(), `log line leaks "${value}"`).not.toContain(value.toLowerCase());
    }
  });
});
