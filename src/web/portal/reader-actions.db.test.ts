import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_UA, insertPublishedArticle, type TestArticle } from '../../../test/helpers/portal-fixture.js';
import { startStaffServer, type StaffServer } from '../../../test/helpers/staff-server.js';
import { TestBrowser } from '../../../test/helpers/test-browser.js';
import { createSession } from '../../security/sessions/session-store.js';
import { decryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import { emailLookupHash } from '../../security/keys/lookup-hash.js';
import { listPersonalDataHandlers } from '../../security/personal-data/personal-data-handlers.js';

let s: StaffServer;
let jabar: TestArticle;
let kemenkes: TestArticle;
const FORM = { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': BROWSER_UA };

beforeAll(async () => {
  s = await startStaffServer({ HUMAS_COMMENTS_PREMODERATION: 'true' });
  jabar = await insertPublishedArticle(s.db, s.fixture.agencyA, 'pemprov-jabar', { slug: 'jalan-tol-dibuka', title: 'Jalan Tol Dibuka' });
  kemenkes = await insertPublishedArticle(s.db, s.fixture.agencyB, 'kemenkes', { slug: 'vaksin-gratis', title: 'Vaksin Gratis' });
  // Kemenkes publishes comments that pass the automatic check; Jabar follows the national default (pre-moderation on).
  await s.db.query('UPDATE agencies SET comments_premoderated = false WHERE id = $1', [s.fixture.agencyB]);
});
afterAll(async () => s?.close());

function post(url: string, form: Record<string, string>, opts: { ip?: string; headers?: Record<string, string> } = {}) {
  return s.app.inject({ method: 'POST', url, headers: { ...FORM, ...opts.headers }, payload: new URLSearchParams(form).toString(), remoteAddress: opts.ip ?? '203.0.113.10' });
}

async function reactions(articleId: number): Promise<Record<string, number>> {
  const { rows } = await s.db.query<{ reaction: string; n: number }>('SELECT reaction, count(*)::int8 AS n FROM article_reactions WHERE article_id = $1 GROUP BY reaction', [articleId]);
  return Object.fromEntries(rows.map((r) => [r.reaction, Number(r.n)]));
}

async function engagement(articleId: number): Promise<{ reactions: number; comments: number }> {
  const { rows } = await s.db.query<{ reactions: number; comments: number }>(
    'SELECT coalesce(sum(reactions), 0)::int8 AS reactions, coalesce(sum(comments), 0)::int8 AS comments FROM article_engagement_daily WHERE article_id = $1',
    [articleId],
  );
  return { reactions: Number(rows[0]!.reactions), comments: Number(rows[0]!.comments) };
}

describe('reader poll', () => {
  it('keeps one vote per reader per article: a second vote changes the answer, another reader adds one', async () => {
    const first = await post(`${jabar.path}/reaksi`, { reaction: 'senang' }, { ip: '198.51.100.1' });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe(`${jabar.path}?pesan=reaksi#reaksi`);
    expect(first.headers['set-cookie']).toBeUndefined();
    await post(`${jabar.path}/reaksi`, { reaction: 'marah' }, { ip: '198.51.100.1' });
    expect(await reactions(jabar.id)).toEqual({ marah: 1 });
    await post(`${jabar.path}/reaksi`, { reaction: 'terinspirasi' }, { ip: '198.51.100.2' });
    expect(await reactions(jabar.id)).toEqual({ marah: 1, terinspirasi: 1 });
    // Engagement counts voters, not vote changes.
    expect((await engagement(jabar.id)).reactions).toBe(2);
    const page = await s.app.inject({ url: `${jabar.path}?pesan=reaksi`, headers: { 'user-agent': BROWSER_UA } });
    expect(page.body).toContain('Terima kasih, tanggapan Anda sudah tercatat.');
    expect(page.body).toMatch(/Marah<\/span> <span class="reaction-count">1</);
    expect(page.body).toMatch(/Terinspirasi<\/span> <span class="reaction-count">1</);
  });

  it('stores no address: the voter hash is not derived from the IP alone and differs between articles', async () => {
    await post(`${kemenkes.path}/reaksi`, { reaction: 'sedih' }, { ip: '198.51.100.1' });
    const { rows } = await s.db.query<{ article_id: number; voter_hash: Uint8Array }>('SELECT article_id, voter_hash FROM article_reactions');
    const hashes = rows.map((r) => Buffer.from(r.voter_hash).toString('hex'));
    expect(new Set(hashes).size).toBe(rows.length);
    expect(hashes.join('')).not.toContain(Buffer.from('198.51.100.1').toString('hex'));
  });

  it('keeps only today’s and yesterday’s salt, so older votes can no longer be linked to an address', async () => {
    await s.db.query(`INSERT INTO portal_daily_salts (day, salt) VALUES (current_date - 5, $1), (current_date - 3, $1) ON CONFLICT DO NOTHING`, [Buffer.alloc(32, 7)]);
    // A new day's salt is made (and old ones pruned) by whichever process needs it first.
    const { getDailySalt } = await import('../../db/queries/portal/get-daily-salt.js');
    const { wibDay } = await import('../../domain/wib-day.js');
    const tomorrow = wibDay(Date.now() + 86_400_000);
    const salt = await getDailySalt(s.db, tomorrow, Buffer.alloc(32, 9));
    expect(salt.equals(Buffer.alloc(32, 9))).toBe(true);
    expect((await getDailySalt(s.db, tomorrow, Buffer.alloc(32, 1))).equals(salt)).toBe(true);
    const old = await s.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM portal_daily_salts WHERE day < $1::date - 1', [tomorrow]);
    expect(Number(old.rows[0]!.n)).toBe(0);
    const kept = await s.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM portal_daily_salts WHERE day = $1::date', [tomorrow]);
    expect(Number(kept.rows[0]!.n)).toBe(1);
  });

  it('refuses an unknown reaction, an unknown article and a cross-site post with 4xx', async () => {
    expect((await post(`${jabar.path}/reaksi`, { reaction: 'bahagia' })).statusCode).toBe(400);
    expect((await post('/berita/pemprov-jabar/tidak-ada/reaksi', { reaction: 'senang' })).statusCode).toBe(404);
    const cross = await post(`${jabar.path}/reaksi`, { reaction: 'senang' }, { headers: { origin: 'https://jahat.example', 'sec-fetch-site': 'cross-site' } });
    expect(cross.statusCode).toBe(403);
  });

  it('rate-limits votes per client with 429 and Retry-After', async () => {
    let last = 0;
    let retryAfter: string | undefined;
    for (let i = 0; i < 31; i++) {
      const res = await post(`${kemenkes.path}/reaksi`, { reaction: i % 2 ? 'senang' : 'sedih' }, { ip: '192.0.2.77' });
      last = res.statusCode;
      retryAfter = res.headers['retry-after'] as string | undefined;
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});

describe('comments', () => {
  it('holds comments for moderation where pre-moderation is on, and encrypts the e-mail at rest', async () => {
    const res = await post(`${jabar.path}/komentar`, { name: 'Siti Warga', email: 'Siti.Warga@Contoh.id', body: 'Terima kasih, jalannya sangat membantu.' }, { ip: '198.51.100.20' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${jabar.path}?pesan=komentar-menunggu#komentar`);
    const { rows } = await s.db.query<Record<string, unknown>>("SELECT * FROM comments WHERE author_name = 'Siti Warga'");
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.status).toBe('pending');
    expect(JSON.stringify(row, (_k, v) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v)).toLowerCase()).not.toContain('siti.warga@contoh.id');
    expect(decryptPersonalData(s.security.keyring, Buffer.from(row.author_email_enc as Uint8Array), AAD.commentEmail)).toBe('siti.warga@contoh.id');
    expect(Buffer.from(row.author_email_hash as Uint8Array).equals(emailLookupHash(s.security.keyring, 'siti.warga@contoh.id'))).toBe(true);
    // Data-subject export finds it through the keyed hash.
    const handler = listPersonalDataHandlers().find((h) => h.name === 'comments')!;
    const exported = await handler.exportData(s.db, s.security.keyring, emailLookupHash(s.security.keyring, 'SITI.WARGA@contoh.id'));
    expect(exported).toMatchObject([{ email: 'siti.warga@contoh.id', name: 'Siti Warga' }]);
    const page = await s.app.inject({ url: jabar.path, headers: { 'user-agent': BROWSER_UA } });
    expect(page.body).not.toContain('jalannya sangat membantu');
    expect((await engagement(jabar.id)).comments).toBe(0);
  });

  it('publishes at once where pre-moderation is off, unless the NLP hook flags abuse or personal data', async () => {
    const clean = await post(`${kemenkes.path}/komentar`, { name: 'Budi', body: 'Informasi yang jelas, terima kasih.' }, { ip: '198.51.100.21' });
    expect(clean.headers.location).toBe(`${kemenkes.path}?pesan=komentar-tayang#komentar`);
    const abusive = await post(`${kemenkes.path}/komentar`, { name: 'Anon', body: 'Dasar pejabat g0bl0k semua' }, { ip: '198.51.100.22' });
    expect(abusive.headers.location).toBe(`${kemenkes.path}?pesan=komentar-menunggu#komentar`);
    const pii = await post(`${kemenkes.path}/komentar`, { name: 'Rina', body: 'Hubungi saya di 0812-3456-7890 ya' }, { ip: '198.51.100.23' });
    expect(pii.headers.location).toBe(`${kemenkes.path}?pesan=komentar-menunggu#komentar`);
    const { rows } = await s.db.query<{ author_name: string; status: string; moderation_flags: string[] }>(
      'SELECT author_name, status, moderation_flags FROM comments WHERE article_id = $1 ORDER BY id',
      [kemenkes.id],
    );
    expect(rows).toEqual([
      { author_name: 'Budi', status: 'approved', moderation_flags: [] },
      { author_name: 'Anon', status: 'pending', moderation_flags: ['abuse:insult'] },
      { author_name: 'Rina', status: 'pending', moderation_flags: ['personal_data'] },
    ]);
    const page = await s.app.inject({ url: kemenkes.path, headers: { 'user-agent': BROWSER_UA } });
    expect(page.body).toContain('Informasi yang jelas, terima kasih.');
    expect(page.body).not.toContain('g0bl0k');
    expect((await engagement(kemenkes.id)).comments).toBe(1);
  });

  it('re-shows the form with field errors (400) for a missing name, a bad e-mail or a comment that is too long', async () => {
    const res = await post(`${jabar.path}/komentar`, { name: '', email: 'bukan-email', body: 'x'.repeat(2001) }, { ip: '198.51.100.30' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<title>Kesalahan:');
    expect(res.body).toContain('Masukkan nama Anda');
    expect(res.body).toContain('Masukkan alamat email yang benar');
    expect(res.body).toContain('Komentar paling banyak 2.000 karakter');
    const huge = await post(`${jabar.path}/komentar`, { name: 'A', body: 'x'.repeat(50_000) }, { ip: '198.51.100.30' });
    expect(huge.statusCode).toBe(400);
    const { rows } = await s.db.query<{ n: number }>("SELECT count(*)::int8 AS n FROM comments WHERE author_name IN ('', 'A')");
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('rate-limits comments per client', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await post(`${kemenkes.path}/komentar`, { name: 'Cepat', body: `Komentar ke-${i}` }, { ip: '192.0.2.99' })).statusCode);
    expect(codes).toEqual([303, 303, 303, 303, 303, 429]);
  });
});

describe('console moderation', () => {
  async function staff(userId: number): Promise<TestBrowser> {
    const b = new TestBrowser(s.app);
    b.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId, stage: 'full', authMethod: 'password' }));
    return b;
  }

  it('lets a moderator of the agency approve a pending comment, audited, after which readers see it', async () => {
    const admin = await staff(s.fixture.users.adminA);
    const list = await admin.get('/console/komentar');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('Terima kasih, jalannya sangat membantu.');
    // Another agency's pending comments are not listed.
    expect(list.body).not.toContain('g0bl0k');
    const id = Number(/\/console\/komentar\/(\d+)\/approve/.exec(list.body)![1]);
    expect((await admin.post(`/console/komentar/${id}/approve`, {}, { csrf: null })).statusCode).toBe(403);
    const res = await admin.post(`/console/komentar/${id}/approve`, {});
    expect(res.statusCode).toBe(303);
    const page = await s.app.inject({ url: jabar.path, headers: { 'user-agent': BROWSER_UA } });
    expect(page.body).toContain('Terima kasih, jalannya sangat membantu.');
    expect((await engagement(jabar.id)).comments).toBe(1);
    const audit = await s.db.query<{ action: string; actor_user_id: number }>("SELECT action, actor_user_id FROM audit_log WHERE target_type = 'comment' AND target_id = $1", [String(id)]);
    expect(audit.rows).toEqual([{ action: 'comment.approved', actor_user_id: s.fixture.users.adminA }]);
    // Taking it down again removes it from the page and from the engagement count.
    await admin.get('/console/komentar?status=approved');
    await admin.post(`/console/komentar/${id}/reject`, { status: 'approved' });
    expect((await engagement(jabar.id)).comments).toBe(0);
  });

  it("hides another agency's comment (404) and refuses staff without comments.moderate (403)", async () => {
    const { rows } = await s.db.query<{ id: number }>("SELECT id FROM comments WHERE author_name = 'Anon'");
    const admin = await staff(s.fixture.users.adminA);
    await admin.get('/console/komentar');
    expect((await admin.post(`/console/komentar/${rows[0]!.id}/approve`, {})).statusCode).toBe(404);
    const writer = await staff(s.fixture.users.writerA);
    expect((await writer.get('/console/komentar')).statusCode).toBe(403);
  });

  it('changes an agency pre-moderation setting, audited', async () => {
    const admin = await staff(s.fixture.users.adminA);
    await admin.get('/console/komentar');
    expect(admin.lastBody).toContain('name="agencyId"');
    const res = await admin.post('/console/komentar/pengaturan', { agencyId: String(s.fixture.agencyA), premoderation: 'off' });
    expect(res.statusCode).toBe(303);
    const { rows } = await s.db.query<{ comments_premoderated: boolean | null }>('SELECT comments_premoderated FROM agencies WHERE id = $1', [s.fixture.agencyA]);
    expect(rows[0]!.comments_premoderated).toBe(false);
    const audit = await s.db.query("SELECT 1 FROM audit_log WHERE action = 'comment.premoderation_set'");
    expect(audit.rowCount).toBe(1);
    // Not for an agency outside the moderator's scope.
    expect((await admin.post('/console/komentar/pengaturan', { agencyId: String(s.fixture.agencyB), premoderation: 'on' })).statusCode).toBe(404);
  });
});
