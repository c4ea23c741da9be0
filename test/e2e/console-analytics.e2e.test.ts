/**
 * The console's overview, issue, explorer and alert pages in real Chromium, on demo data fed
 * through the listening pipeline: an analyst signs in, reads the dashboard, opens an issue,
 * searches (also without JavaScript), saves the search and sets an alert rule. No serious or
 * critical axe violations; screenshots land in test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-users.js';
import { findSeriousA11yViolations, saveScreenshot, watchPageErrors } from '../helpers/browser.js';
import { startBrowserFixture, stopBrowserFixture } from '../helpers/browser-fixture.js';
import type { TestDatabase } from '../helpers/test-db.js';
import type { TestServer } from '../helpers/test-server.js';

let t: TestDatabase;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ t, server, browser } = await startBrowserFixture({ mentions: 1500, env: { PUBLIC_URL: 'http://127.0.0.1:3000' } }));
}, 120_000);

afterAll(() => stopBrowserFixture({ t, server, browser }));

async function checkPage(page: Page, name: string): Promise<void> {
  expect(await findSeriousA11yViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/console/login`);
  await page.fill('#email', 'analis.jabar@humas.test');
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('button[type=submit]');
  expect(new URL(page.url()).pathname).toBe('/console');
}

describe('console analytics in Chromium', () => {
  it('shows the overview, an issue and the explorer accessibly, and sets an alert on a saved search', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await signIn(page);

    await page.click('nav.console-menu >> text=Analitik');
    expect(await page.locator('h1').textContent()).toBe('Ringkasan percakapan');
    expect(Number((await page.locator('.kpi-value').first().textContent())!.replace(/\./g, ''))).toBeGreaterThan(0);
    expect(await page.locator('svg.tiles rect').count()).toBe(38);
    await checkPage(page, 'console-analytics-overview');

    await page.goto(`${server.url}/console/analytics?lang=en`);
    expect(await page.locator('h1').textContent()).toBe('Conversation overview');
    await checkPage(page, 'console-analytics-overview-en');

    await page.goto(`${server.url}/console/analytics`);
    const issueLink = page.locator('table a[href^="/console/issues/"]').first();
    const label = (await issueLink.textContent())!;
    await issueLink.click();
    expect(await page.locator('h1').textContent()).toBe(`Isu: ${label}`);
    await checkPage(page, 'console-analytics-issue');

    await page.click('text=Buka di penjelajah sebutan');
    expect(new URL(page.url()).pathname).toBe('/console/mentions');
    expect(await page.locator('.mention-list li').count()).toBeGreaterThan(0);
    await checkPage(page, 'console-explorer');

    await page.fill('#q', 'bansos AND (cair');
    await page.click('button:has-text("Terapkan")');
    expect(await page.title()).toMatch(/^Kesalahan: /);
    expect(await page.locator('.error-summary a').first().textContent()).toContain('posisi 11');
    await checkPage(page, 'console-explorer-error');

    await page.fill('#q', 'sentimen:negatif');
    await page.click('button:has-text("Terapkan")');
    await page.fill('#name', 'Negatif Jabar');
    await page.click('button:has-text("Simpan pencarian ini")');
    expect(new URL(page.url()).pathname).toBe('/console/alerts');
    await page.fill('#name', 'Lonjakan negatif');
    await page.check('input[name=kind][value=spike]');
    await page.fill('#threshold', '3');
    await page.click('button:has-text("Buat aturan")');
    expect(await page.locator('table').nth(1).textContent()).toContain('Lonjakan negatif');
    await checkPage(page, 'console-alerts');
    // The malformed query was answered 400 on purpose; anything else (a CSP violation, a script error) fails.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 120_000);

  it('searches mentions with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${server.url}/console/mentions`);
    await page.fill('#q', 'platform:x');
    await page.selectOption('#sort', 'reach');
    await page.click('button:has-text("Terapkan")');
    const metas = await page.locator('.mention-list .meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.filter((m) => m.startsWith('X (Twitter)')).length).toBe(metas.length / 2);
    if (await page.locator('a[rel=next]').count()) {
      await page.click('a[rel=next]');
      expect(await page.locator('.mention-list li').count()).toBeGreaterThan(0);
    }
    await context.close();
  }, 60_000);
});
