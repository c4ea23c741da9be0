/**
 * The public portal in real Chromium: home, article (vote in the poll and comment through the
 * forms, without any script of ours needed), agency page and search, each checked with axe-core
 * (0 serious/critical) and screenshotted; and stored XSS through comments rendering inert.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../src/security/sessions/session-store.js';
import { findSeriousA11yViolations, saveScreenshot, watchPageErrors } from '../helpers/browser.js';
import { startBrowserFixture, stopBrowserFixture } from '../helpers/browser-fixture.js';
import type { TestDatabase } from '../helpers/test-db.js';
import type { TestServer } from '../helpers/test-server.js';

let t: TestDatabase;
let server: TestServer;
let browser: Browser;
let articlePath: string;

beforeAll(async () => {
  ({ t, server, browser } = await startBrowserFixture({
    prepare: async (db) => {
      // Kemenkes shows comments that pass the automatic check at once; everyone else pre-moderates (the default).
      await db.query("UPDATE agencies SET comments_premoderated = false WHERE slug = 'kemenkes'");
      const { rows } = await db.query<{ slug: string }>("SELECT a.slug FROM articles a JOIN agencies g ON g.id = a.agency_id WHERE g.slug = 'kemenkes' AND a.status = 'published' LIMIT 1");
      articlePath = `/berita/kemenkes/${rows[0]!.slug}`;
    },
  }));
});

afterAll(() => stopBrowserFixture({ t, server, browser }));

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors = watchPageErrors(page);
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

describe('public portal in Chromium', () => {
  it('home: latest news across agencies, accessible', async () => {
    const { page, errors } = await open('/');
    expect(await page.locator('.cards .card').count()).toBeGreaterThan(5);
    expect(new Set(await page.locator('.cards .card .meta a').allTextContents()).size).toBeGreaterThan(3);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-public-home');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('article: metadata, then a vote in the poll and a comment through the forms', async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    // Collect CSP violations explicitly (the init script comes over DevTools, not through the page's CSP).
    await page.addInitScript(() => {
      const w = globalThis as unknown as { __csp: string[]; document: { addEventListener: (type: string, fn: (e: { violatedDirective: string }) => void) => void } };
      w.__csp = [];
      w.document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(e.violatedDirective));
    });
    await page.goto(`${server.url}${articlePath}`);
    expect(await page.locator('article h1').textContent()).toBeTruthy();
    expect(await page.locator('.read-count').textContent()).toMatch(/^Dibaca [\d.]+ kali$/);
    // JSON-LD is data: the strict CSP allows it without an inline-script exception (no violation reported).
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@type']).toBe('NewsArticle');
    expect(await page.locator('.share-links a').count()).toBe(5);
    expect(await page.evaluate(() => (globalThis as unknown as { __csp: string[] }).__csp)).toEqual([]);
    // Our own script (from /assets) enhanced the copy-link field with a button.
    expect(await page.getByRole('button', { name: 'Salin tautan' }).isVisible()).toBe(true);
    expect(await findSeriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: /Terinspirasi/ }).click();
    await page.waitForURL(/pesan=reaksi/);
    expect(await page.locator('#reaksi .notice').textContent()).toContain('tanggapan Anda sudah tercatat');
    expect(await page.getByRole('button', { name: /Terinspirasi/ }).textContent()).toMatch(/Terinspirasi\s+1/);

    // An empty comment shows the error summary (accessibly), then a real one is published.
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.waitForLoadState('domcontentloaded');
    expect(await page.title()).toMatch(/^Kesalahan: /);
    expect(await page.locator('.error-summary li').count()).toBe(2);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Nama').fill('Wulan Pembaca');
    await page.getByLabel('Email (tidak wajib)').fill('wulan@contoh.id');
    await page.getByLabel('Komentar', { exact: true }).fill('Terima kasih atas informasinya.\nSangat bermanfaat bagi keluarga kami.');
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.waitForURL(/pesan=komentar-tayang/);
    expect(await page.locator('.comment-list .comment').last().textContent()).toContain('Sangat bermanfaat bagi keluarga kami.');
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-public-article');
    expect(await page.context().cookies()).toEqual([]);
    // The only console message allowed is the browser noting the deliberate 400 of the invalid form.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await page.close();
  });

  it('agency page: that agency’s news and its feeds, accessible', async () => {
    const { page, errors } = await open('/instansi/kemenkes');
    expect(await page.locator('h1').textContent()).toContain('Kementerian Kesehatan');
    expect(await page.locator('.cards .card').count()).toBeGreaterThan(0);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/instansi/kemenkes/feed.atom');
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-public-agency');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search: the form finds news with highlighted matches, accessible', async () => {
    const { page, errors } = await open('/');
    await page.getByRole('searchbox', { name: 'Kata kunci' }).fill('imunisasi polio');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.waitForURL(/\/cari\?q=/);
    expect(await page.locator('main [role="status"]').textContent()).toMatch(/^\d+ berita untuk/);
    expect(await page.locator('.cards mark').count()).toBeGreaterThan(0);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-public-search');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stored XSS: an approved comment with <script>, an onerror image and a javascript: link renders as inert text', async () => {
    const { rows } = await t.db.query<{ path: string }>(
      "SELECT '/berita/' || g.slug || '/' || a.slug AS path FROM articles a JOIN agencies g ON g.id = a.agency_id WHERE g.slug = 'pemprov-jabar' AND a.status = 'published' LIMIT 1",
    );
    const path = rows[0]!.path;
    const payload = [
      '<script>window.__xss = "script"</script>',
      '<img src="x" onerror="window.__xss = \'img\'">',
      '<a href="javascript:window.__xss=\'link\'">klik di sini</a>',
      '"><svg onload="window.__xss=\'svg\'">',
    ].join('\n');
    const { page, errors } = await open(path);
    await page.getByLabel('Nama').fill('<b onmouseover="window.__xss=1">Penyerang</b>');
    await page.getByLabel('Komentar', { exact: true }).fill(payload);
    await page.getByRole('button', { name: 'Kirim komentar' }).click();
    await page.waitForURL(/pesan=komentar-menunggu/);

    // A Jabar reviewer approves it on the console's moderation page (signed in: session made directly).
    const reviewer = await t.db.query<{ id: number }>("SELECT id FROM users WHERE email = 'penyunting.jabar@humas.test'");
    const token = await createSession(t.db, server.app.security.sessions, { userId: Number(reviewer.rows[0]!.id), stage: 'full', authMethod: 'password' });
    const staff = await browser.newContext();
    await staff.addCookies([{ name: 'humas_session', value: token, url: server.url }]);
    const console = await staff.newPage();
    const consoleErrors = watchPageErrors(console);
    await console.goto(`${server.url}/console/komentar`);
    expect(await console.locator('h1').textContent()).toBe('Moderasi komentar');
    const row = console.locator('tbody tr', { hasText: 'Penyerang' });
    // Shown to the moderator as text, with the automatic check's verdict beside it.
    expect(await row.locator('.comment-text').textContent()).toContain('<script>window.__xss = "script"</script>');
    expect(await findSeriousA11yViolations(console)).toEqual([]);
    await saveScreenshot(console, 'portal-public-moderation');
    await row.getByRole('button', { name: 'Setujui' }).click();
    await console.waitForURL(/notice=moderation\.done/);
    expect(await console.locator('tbody tr', { hasText: 'Penyerang' }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await staff.close();

    const dialogs: string[] = [];
    const fresh = await browser.newPage();
    const freshErrors = watchPageErrors(fresh);
    fresh.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await fresh.goto(`${server.url}${path}`);
    const comment = fresh.locator('.comment-list .comment').last();
    expect(await comment.textContent()).toContain('<script>window.__xss = "script"</script>');
    expect(await comment.textContent()).toContain('<b onmouseover="window.__xss=1">Penyerang</b>');
    expect(await fresh.locator('.comment-list script, .comment-list img, .comment-list a, .comment-list svg, .comment-list b').count()).toBe(0);
    await comment.hover();
    expect(await fresh.evaluate(() => (globalThis as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect([...errors, ...freshErrors]).toEqual([]);
    await saveScreenshot(fresh, 'portal-public-xss-comment');
    await fresh.close();
    await page.close();
  });
});
