/**
 * The newsroom workflow through the console routes, with real roles: writers draft and
 * submit but cannot approve or publish; reviewers act only in their own agency; scheduled
 * publication happens once even with two publishers racing; unpublish and correction; every
 * transition audited; bad input refused with a clear 4xx and nothing changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishDueArticles } from '../../src/services/newsroom/publish-due-articles.js';
import { createSession } from '../../src/security/sessions/session-store.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { insertUser, startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
let writerA: TestBrowser;
let reviewerA: TestBrowser;
let reviewerB: TestBrowser;

async function signedIn(userId: number): Promise<TestBrowser> {
  const browser = new TestBrowser(s.app);
  browser.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId, stage: 'full', authMethod: 'password' }));
  await browser.get('/console/newsroom');
  return browser;
}

async function articleRow(id: number) {
  const { rows } = await s.db.query<{ status: string; revision_no: number; title: string; scheduled_at: Date | null; published_at: Date | null; correction_note: string | null; body_html: string }>(
    'SELECT status, revision_no, title, scheduled_at, published_at, correction_note, body_html FROM articles WHERE id = $1',
    [id],
  );
  return rows[0]!;
}

async function counts() {
  const { rows } = await s.db.query<{ articles: number; revisions: number; audits: number }>(
    `SELECT (SELECT count(*) FROM articles)::int8 AS articles, (SELECT count(*) FROM article_revisions)::int8 AS revisions, (SELECT count(*) FROM audit_log)::int8 AS audits`,
  );
  return rows[0]!;
}

async function createDraft(browser: TestBrowser, title: string, body = 'Isi berita.'): Promise<number> {
  await browser.get('/console/newsroom/new');
  const res = await browser.post('/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title, summary: 'Ringkasan.', body, tags: 'kesehatan, imunisasi' });
  expect(res.statusCode).toBe(303);
  return Number(/\/console\/newsroom\/articles\/(\d+)/.exec(res.headers.location as string)![1]);
}

async function act(browser: TestBrowser, id: number, action: string, extra: Record<string, string> = {}) {
  await browser.get(`/console/newsroom/articles/${id}`);
  return browser.post(`/console/newsroom/articles/${id}/transition`, { action, ...extra });
}

beforeAll(async () => {
  s = await startStaffServer();
  writerA = await signedIn(s.fixture.users.writerA);
  reviewerA = await signedIn(await insertUser(s.db, 'penyunting.a@uji.test', 'Budi Penyunting', [[s.fixture.agencyA, 'reviewer', false]]));
  reviewerB = await signedIn(await insertUser(s.db, 'penyunting.b@uji.test', 'Maya Penyunting', [[s.fixture.agencyB, 'reviewer', false]]));
});
afterAll(async () => s?.close());

describe('newsroom workflow with roles', () => {
  it('lets a writer draft and submit, but not approve or publish (403), and keeps the article unchanged', async () => {
    const id = await createDraft(writerA, 'Pemprov Jabar Buka 1.200 Lowongan PPPK');
    expect((await s.db.query<{ slug: string }>('SELECT slug FROM articles WHERE id = $1', [id])).rows[0]!.slug).toBe('pemprov-jabar-buka-1200-lowongan-pppk');
    expect((await act(writerA, id, 'submit')).statusCode).toBe(303);
    expect((await articleRow(id)).status).toBe('in_review');
    const approve = await act(writerA, id, 'approve');
    expect(approve.statusCode).toBe(403);
    expect(approve.body).toContain('Tindakan ini memerlukan izin &quot;Tinjau berita&quot; di instansi pemilik berita.');
    expect((await act(writerA, id, 'publish')).statusCode).toBe(403);
    expect((await articleRow(id)).status).toBe('in_review');
    // Writers cannot touch text while it is in review either.
    const edit = await writerA.post(`/console/newsroom/articles/${id}`, { revision: '1', title: 'Judul lain' });
    expect(edit.statusCode).toBe(403);
    expect((await articleRow(id)).title).toBe('Pemprov Jabar Buka 1.200 Lowongan PPPK');
  });

  it("does not let a reviewer of agency B see or approve agency A's article (404)", async () => {
    const id = await createDraft(writerA, 'Berita untuk ditinjau');
    await act(writerA, id, 'submit');
    const before = await counts();
    expect((await reviewerB.get(`/console/newsroom/articles/${id}`)).statusCode).toBe(404);
    const res = await act(reviewerB, id, 'approve');
    expect(res.statusCode).toBe(404);
    expect((await articleRow(id)).status).toBe('in_review');
    expect(await counts()).toEqual(before);
    // The reviewer of A can.
    expect((await act(reviewerA, id, 'approve')).statusCode).toBe(303);
    expect((await articleRow(id)).status).toBe('approved');
  });

  it('publishes a scheduled article when due, exactly once with two publishers racing, with one audit entry and one delivery per channel', async () => {
    await s.db.query(
      `INSERT INTO syndication_channels (agency_id, kind, name, secret_enc, secret_hint) VALUES ($1, 'x', 'X Jabar', '\\x00', '…0000')`,
      [s.fixture.agencyA],
    );
    const id = await createDraft(writerA, 'Jadwal imunisasi');
    await act(writerA, id, 'submit');
    await act(reviewerA, id, 'approve');
    const past = await act(reviewerA, id, 'schedule', { scheduleAt: '2020-01-01T08:00' });
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('Waktu terbit harus di masa depan.');
    expect((await act(reviewerA, id, 'schedule', { scheduleAt: 'besok pagi' })).statusCode).toBe(400);
    const future = new Date(Date.now() + 3 * 3_600_000 + 7 * 3_600_000).toISOString().slice(0, 16);
    expect((await act(reviewerA, id, 'schedule', { scheduleAt: future })).statusCode).toBe(303);
    const scheduled = await articleRow(id);
    expect(scheduled.status).toBe('approved');
    expect(scheduled.scheduled_at!.getTime()).toBeGreaterThan(Date.now() + 2.9 * 3_600_000);
    const deps = { db: s.db, keyring: s.security.keyring, maxDeliveryAttempts: 5 };
    expect(await publishDueArticles(deps)).toEqual([]);
    // Time passes: the schedule is now in the past.
    await s.db.query(`UPDATE articles SET scheduled_at = now() - interval '1 minute' WHERE id = $1`, [id]);
    const [first, second] = await Promise.all([publishDueArticles(deps), publishDueArticles(deps)]);
    expect([...first, ...second]).toEqual([id]);
    expect(await publishDueArticles(deps)).toEqual([]);
    const row = await articleRow(id);
    expect(row.status).toBe('published');
    expect(row.published_at).not.toBeNull();
    const audits = await s.db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM audit_log WHERE action = 'article.published' AND target_id = $1`, [String(id)]);
    expect(audits.rows[0]!.n).toBe(1);
    const deliveries = await s.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM syndication_deliveries WHERE article_id = $1', [id]);
    expect(deliveries.rows[0]!.n).toBe(1);
  });

  it('unpublishes, republishes, and publishes a correction whose note the portal shows', async () => {
    const id = await createDraft(writerA, 'Koreksi data bansos', 'Bantuan untuk **1.000** keluarga.');
    await act(writerA, id, 'submit');
    await act(reviewerA, id, 'approve');
    expect((await act(reviewerA, id, 'publish')).statusCode).toBe(303);
    const url = `/berita/pemprov-jabar/koreksi-data-bansos`;
    expect((await s.app.inject(url)).statusCode).toBe(200);
    expect((await act(reviewerA, id, 'unpublish')).statusCode).toBe(303);
    expect((await s.app.inject(url)).statusCode).toBe(404);
    expect((await act(reviewerA, id, 'republish')).statusCode).toBe(303);
    // A writer may not correct a published text.
    await writerA.get(`/console/newsroom/articles/${id}`);
    expect((await writerA.post(`/console/newsroom/articles/${id}/correction`, { revision: '1', title: 'Koreksi data bansos', body: 'x', correctionNote: 'x' })).statusCode).toBe(403);
    // A correction needs its note.
    await reviewerA.get(`/console/newsroom/articles/${id}`);
    const noNote = await reviewerA.post(`/console/newsroom/articles/${id}/correction`, { revision: '1', title: 'Koreksi data bansos', body: 'Bantuan untuk **10.000** keluarga.', correctionNote: '' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.body).toContain('Tulis catatan ralat untuk pembaca');
    expect((await articleRow(id)).revision_no).toBe(1);
    const ok = await reviewerA.post(`/console/newsroom/articles/${id}/correction`, {
      revision: '1',
      title: 'Koreksi data bansos',
      body: 'Bantuan untuk **10.000** keluarga.',
      correctionNote: 'Jumlah keluarga penerima diperbaiki dari 1.000 menjadi 10.000.',
    });
    expect(ok.statusCode).toBe(303);
    const page = await s.app.inject(url);
    expect(page.body).toContain('Jumlah keluarga penerima diperbaiki dari 1.000 menjadi 10.000.');
    expect(page.body).toContain('<strong>10.000</strong>');
    // The revision page diffs the two saves, escaped.
    const diff = await reviewerA.get(`/console/newsroom/articles/${id}/revisions?from=1&to=2`);
    expect(diff.statusCode).toBe(200);
    expect(diff.body).toContain('Bantuan untuk **<del><span class="visually-hidden">−</span>1</del><ins><span class="visually-hidden">+</span>10</ins>.000** keluarga.');
    const actions = await s.db.query<{ action: string }>(`SELECT action FROM audit_log WHERE target_type = 'article' AND target_id = $1 ORDER BY id`, [String(id)]);
    expect(actions.rows.map((r) => r.action)).toEqual([
      'article.created',
      'article.submitted',
      'article.approved',
      'article.published',
      'article.unpublished',
      'article.republished',
      'article.corrected',
    ]);
  });

  it('lets only one of two saves from the same page win; the other gets 409 and changes nothing', async () => {
    const id = await createDraft(writerA, 'Dua penyunting sekaligus');
    await writerA.get(`/console/newsroom/articles/${id}`);
    const [a, b] = await Promise.all([
      writerA.post(`/console/newsroom/articles/${id}`, { revision: '1', title: 'Versi A', body: 'Teks A' }),
      writerA.post(`/console/newsroom/articles/${id}`, { revision: '1', title: 'Versi B', body: 'Teks B' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
    const row = await articleRow(id);
    expect(row.revision_no).toBe(2);
    expect(row.title).toBe(a.statusCode === 303 ? 'Versi A' : 'Versi B');
    const revisions = await s.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM article_revisions WHERE article_id = $1', [id]);
    expect(revisions.rows[0]!.n).toBe(2);
  });

  it('refuses bad input with a clear 4xx and changes nothing', async () => {
    const id = await createDraft(writerA, 'Draf untuk uji masukan');
    await writerA.get('/console/newsroom/new');
    const before = await counts();
    const cases: [string, Record<string, string>, number, string][] = [
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: '   ' }, 400, 'Masukkan judul berita'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'x'.repeat(201) }, 400, 'Judul paling panjang 200 karakter'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: '!!! ???' }, 400, 'Judul harus memuat huruf atau angka'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'Judul', topic: 'olahraga' }, 400, 'Pilih rubrik dari daftar'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'Judul', slug: 'Bukan Slug!' }, 400, 'Alamat hanya boleh berisi huruf kecil'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'Judul', slug: 'draf-untuk-uji-masukan' }, 400, 'Alamat ini sudah dipakai'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'Judul', summary: 'r'.repeat(401) }, 400, 'Ringkasan paling panjang 400 karakter'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'Judul', tags: Array.from({ length: 11 }, (_, i) => `tag${i}`).join(',') }, 400, 'paling banyak 10'],
      ['/console/newsroom/articles', { agencyId: String(s.fixture.agencyB), title: 'Judul' }, 404, ''],
      [`/console/newsroom/articles/${id}`, { revision: '1', title: '' }, 400, 'Masukkan judul berita'],
      [`/console/newsroom/articles/${id}`, { revision: '7', title: 'Judul baru' }, 409, 'Orang lain menyimpan berita ini setelah Anda membukanya.'],
      [`/console/newsroom/articles/${id}/transition`, { action: 'approve' }, 403, ''],
      [`/console/newsroom/articles/${id}/transition`, { action: 'terbang' }, 400, 'Choose a workflow action'],
      [`/console/newsroom/articles/${id}/transition`, { action: 'reopen' }, 409, 'Tindakan &quot;Buka kembali sebagai draf&quot; tidak berlaku untuk berita berstatus draf.'],
    ];
    for (const [url, form, status, message] of cases) {
      const res = await writerA.post(url, form);
      expect(`${url} ${JSON.stringify(form).slice(0, 60)} → ${res.statusCode}`).toBe(`${url} ${JSON.stringify(form).slice(0, 60)} → ${status}`);
      if (message) expect(res.body).toContain(message);
    }
    expect(await counts()).toEqual(before);
    expect((await articleRow(id)).status).toBe('draft');
    // An approve on a draft by a reviewer is a workflow error (409), not a permission one.
    expect((await act(reviewerA, id, 'approve')).statusCode).toBe(409);
  });
});
