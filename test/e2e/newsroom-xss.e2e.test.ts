/**
 * Stored XSS through the newsroom, in real Chromium: a reviewer signs in, writes an article
 * whose Markdown carries script tags, event handlers, javascript:/data: URLs, SVG, iframes and
 * mutation-XSS tricks, uploads an image, and publishes it through the workflow buttons. The
 * portal page is then opened with the Content-Security-Policy switched OFF (bypassCSP), so
 * only the server-side sanitiser stands between the payloads and the reader: no script may
 * run (flag and dialog listener) and no dangerous element or attribute may be in the DOM.
 * A control page proves the same detector does catch a payload that is not sanitised.
 * The editor page is also checked with axe (0 serious/critical) and screenshotted.
 */
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-users.js';
import { createSyndicationChannel } from '../../src/services/syndication/create-syndication-channel.js';
import { createSession } from '../../src/security/sessions/session-store.js';
import { findSeriousA11yViolations, saveScreenshot } from '../helpers/browser.js';
import { startBrowserFixture, stopBrowserFixture } from '../helpers/browser-fixture.js';
import type { TestDatabase } from '../helpers/test-db.js';
import type { TestServer } from '../helpers/test-server.js';

let t: TestDatabase;
let server: TestServer;
let browser: Browser;

const PAYLOAD = [
  'Paragraf pembuka yang **aman** dengan [tautan resmi](https://jabarprov.go.id/) dan [halaman lokal](/berita).',
  '<script>window.__xss = "script"; alert(1)</script>',
  '<img src=x onerror="window.__xss = \'img-onerror\'">',
  '[klik di sini](javascript:window.__xss=\'md-js-link\')',
  '<a href="javascript:window.__xss=\'html-js-link\'">tautan berbahaya</a>',
  '<a href="jav&#x61;script:window.__xss=\'entity-js-link\'">tautan berentitas</a>',
  '<svg onload="window.__xss = \'svg-onload\'"><circle r="1"></circle></svg>',
  '<iframe src="javascript:window.__xss=\'iframe\'"></iframe>',
  '<p style="color:red" onmouseover="window.__xss = \'onmouseover\'">arahkan kursor</p>',
  '<details open ontoggle="window.__xss = \'ontoggle\'"><summary>x</summary>y</details>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">kirim</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = \'mxss\'"></style></mglyph></table></mtext></math>',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=\'noscript\'>"></noscript>',
  '<a href="https://contoh.test" target="_blank" onclick="window.__xss=\'onclick\'">luar</a>',
].join('\n\n');

beforeAll(async () => {
  ({ t, server, browser } = await startBrowserFixture());
});

afterAll(() => stopBrowserFixture({ t, server, browser }));

/** Sets a flag on any alert/confirm/prompt and reports what scripts left behind. */
async function watchForScript(page: Page): Promise<{ dialogs: string[]; flag: () => Promise<unknown> }> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { dialogs, flag: () => page.evaluate(() => (globalThis as unknown as { __xss?: unknown }).__xss) };
}

/** Everything under `selector` that could carry script (`allowed` tags are the page's own, e.g. the portal's poll and comment forms). */
async function dangerousMarkup(page: Page, selector = 'main *', allowed: string[] = []): Promise<string[]> {
  return page.evaluate(({ selector, allowed }) => {
    const found: string[] = [];
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; attributes: ArrayLike<{ name: string; value: string }> }> } }).document;
    const all = Array.from(doc.querySelectorAll(selector));
    for (const el of all) {
      const tag = el.tagName.toLowerCase();
      if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'style', 'details', 'noscript', 'base', 'meta', 'link'].includes(tag) && !allowed.includes(tag)) found.push(`<${tag}>`);
      for (const attr of Array.from(el.attributes)) {
        const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
        if (attr.name.startsWith('on')) found.push(`${tag}[${attr.name}]`);
        if (attr.name === 'style' || attr.name === 'formaction' || attr.name === 'srcdoc') found.push(`${tag}[${attr.name}]`);
        if (/^(javascript|data|vbscript):/.test(value)) found.push(`${tag}[${attr.name}=${value.slice(0, 20)}]`);
      }
    }
    return found;
  }, { selector, allowed });
}

describe('newsroom in Chromium', () => {
  it('renders an article full of XSS payloads inert on the portal, even with CSP off', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/console/login`);
    await page.fill('#email', 'penyunting.jabar@humas.test');
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    await page.waitForURL(/\/console$/);

    await page.goto(`${server.url}/console/newsroom/new`);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'newsroom-editor');
    await page.fill('#title', 'Uji keamanan <script>window.__xss="title"</script> berita');
    await page.fill('#summary', 'Ringkasan dengan <img src=x onerror="window.__xss=\'summary\'">');
    await page.fill('#body', PAYLOAD);
    await page.fill('#tags', 'keamanan, uji');
    await page.click('main form button[type=submit]:has-text("Simpan")');
    await page.waitForURL(/\/console\/newsroom\/articles\/\d+/);
    expect(await page.locator('.notice').textContent()).toContain('Draf berita dibuat');

    // An image, uploaded through the form and checked by content, then placed in the body.
    const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d70b8' } }).png().toBuffer();
    await page.setInputFiles('#image', { name: 'foto.png', mimeType: 'image/png', buffer: png });
    await page.fill('#alt', 'Kotak biru');
    await page.click('button:has-text("Unggah gambar")');
    const markdown = await page.locator('#md').inputValue();
    expect(markdown).toMatch(/^!\[Kotak biru\]\(\/media\/[0-9a-f]{32}\/960\)$/);
    await page.goBack();
    await page.reload();
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'newsroom-article');
    await page.fill('#body', `${PAYLOAD}\n\n${markdown}`);
    await page.click('form:has(#body) button[type=submit]');
    await page.waitForURL(/notice=newsroom.saved/);

    for (const label of ['Ajukan untuk ditinjau', 'Setujui', 'Terbitkan sekarang']) {
      await page.click(`button:has-text("${label}")`);
      await page.waitForURL(/notice=newsroom.transitioned/);
    }
    const portalHref = await page.locator('a:has-text("Lihat di portal")').getAttribute('href');
    expect(portalHref).toMatch(/^\/berita\/pemprov-jabar\/uji-keamanan-script-window-xss-title-script-berita$/);
    await context.close();

    const reader = await browser.newContext({ bypassCSP: true });
    const article = await reader.newPage();
    const watch = await watchForScript(article);
    const response = await article.goto(`${server.url}${portalHref}`);
    expect(response?.status()).toBe(200);
    // Give handlers every chance: hover and click everything, toggle details, wait for image errors.
    for (const el of await article.locator('main .article-body *').all()) await el.hover({ force: true, timeout: 500 }).catch(() => undefined);
    await article.waitForTimeout(300);
    expect(watch.dialogs).toEqual([]);
    expect(await watch.flag()).toBeUndefined();
    // The article itself (title, summary, body): nothing script-capable at all.
    expect(await dangerousMarkup(article, 'main article *')).toEqual([]);
    expect(await article.locator('main article .article-body').count()).toBe(1);
    // The rest of the page has the portal's own poll and comment forms, but no script or handler either.
    expect(await dangerousMarkup(article, 'main *', ['form'])).toEqual([]);
    // The harmless parts survive: text, the safe links (external ones with rel), and the uploaded image.
    expect(await article.locator('article h1').textContent()).toBe('Uji keamanan <script>window.__xss="title"</script> berita');
    expect(await article.locator('.article-body a[href="https://jabarprov.go.id/"]').getAttribute('rel')).toBe('noopener nofollow');
    expect(await article.locator('.article-body a[href="/berita"]').count()).toBe(1);
    const img = article.locator('.article-body img');
    expect(await img.count()).toBe(1);
    expect(await img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth)).toBe(960);
    await saveScreenshot(article, 'newsroom-xss-portal');

    // Control: the same detector catches a payload that was not sanitised.
    const control = await reader.newPage();
    const controlWatch = await watchForScript(control);
    await control.goto(`${server.url}/`);
    await control.evaluate(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { innerHTML: string } } }).document;
      doc.querySelector('main')!.innerHTML = '<img src=x onerror="window.__xss = \'control\'">';
    });
    await control.waitForTimeout(300);
    expect(await controlWatch.flag()).toBe('control');
    expect(await dangerousMarkup(control)).toContain('img[onerror]');
    await reader.close();
  });

  it('shows the article list, revisions and channel pages accessibly (axe: 0 serious/critical)', async () => {
    const { rows } = await t.db.query<{ id: number }>("SELECT id FROM users WHERE email = 'admin.jabar@humas.test'");
    const adminId = Number(rows[0]!.id);
    const agency = await t.db.query<{ id: number }>("SELECT id FROM agencies WHERE slug = 'pemprov-jabar'");
    const created = await createSyndicationChannel({ db: t.db, keyring: server.app.security.keyring }, adminId, Number(agency.rows[0]!.id), {
      kind: 'telegram', name: 'Kanal Telegram Jabar', target: '@humasjabar', secret: '123456:ABCdefGhIJKlmNoPQRstuVWxyz',
    });
    expect(created.ok).toBe(true);
    // An admin's session made directly (their 2FA sign-in is tested in console-security.e2e.test.ts).
    const token = await createSession(t.db, server.app.security.sessions, { userId: adminId, stage: 'full', authMethod: 'password' });
    const context = await browser.newContext();
    await context.addCookies([{ name: 'humas_session', value: token, url: server.url }]);
    const page = await context.newPage();
    const article = await t.db.query<{ id: number }>("SELECT id FROM articles WHERE slug = 'uji-keamanan-script-window-xss-title-script-berita'");
    for (const [path, name] of [
      ['/console/newsroom', 'newsroom-list'],
      ['/console/newsroom?status=in_review&lang=en', 'newsroom-list-en'],
      [`/console/newsroom/articles/${article.rows[0]!.id}/revisions`, 'newsroom-revisions'],
      ['/console/newsroom/channels', 'newsroom-channels'],
    ] as const) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await findSeriousA11yViolations(page), path).toEqual([]);
      await saveScreenshot(page, name);
    }
    expect(await page.locator('main').textContent()).not.toContain('ABCdefGhIJKlmNoPQRstuVWxyz');
    await context.close();
  });

  it('serves uploaded images as WebP with long-lived caching and no sniffing', async () => {
    const { rows } = await t.db.query<{ public_key: string }>('SELECT public_key FROM article_images LIMIT 1');
    const res = await fetch(`${server.url}/media/${rows[0]!.public_key}/480`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/webp');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 480, 320]);
    expect((await fetch(`${server.url}/media/${'0'.repeat(32)}/480`)).status).toBe(404);
  });
});
