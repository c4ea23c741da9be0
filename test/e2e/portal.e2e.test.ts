import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSeriousA11yViolations, saveScreenshot, watchPageErrors } from '../helpers/browser.js';
import { startBrowserFixture, stopBrowserFixture } from '../helpers/browser-fixture.js';
import type { TestDatabase } from '../helpers/test-db.js';
import type { TestServer } from '../helpers/test-server.js';

let t: TestDatabase;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ t, server, browser } = await startBrowserFixture({ mentions: 500 }));
});

afterAll(() => stopBrowserFixture({ t, server, browser }));

describe('portal in Chromium', () => {
  it('shows the latest news on the home page, accessibly, without script errors', async () => {
    const page = await browser.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${server.url}/`);
    expect(await page.title()).toBe('Berita Pemerintah — Humas');
    expect(await page.locator('main h2').first().textContent()).toBe('Berita terbaru');
    expect(await page.locator('.cards .card').count()).toBeGreaterThan(5);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-home');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens an article from the home page and shows its agency, date and read count', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('.cards .card h3 a').first().click();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/\/berita\/[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(await page.locator('article h1').textContent()).toBeTruthy();
    expect(await page.locator('article').textContent()).toMatch(/Dibaca [\d.]+ kali/);
    expect(await findSeriousA11yViolations(page)).toEqual([]);
    await saveScreenshot(page, 'portal-article');
    await page.close();
  });
});
