import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/services/demo/seed-demo.js';
import { findSeriousA11yViolations, launchBrowser, saveScreenshot, watchPageErrors } from '../helpers/browser.js';
import { openTestDb, type TestDatabase } from '../helpers/test-db.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

let t: TestDatabase;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  t = await openTestDb();
  await seedDemo(t.db, { mentions: 500, end: new Date() });
  server = await startTestServer(t.db);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await t?.close();
});

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
