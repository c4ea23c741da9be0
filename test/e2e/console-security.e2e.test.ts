/**
 * The sign-in, 2FA enrolment, administration and privacy pages in real Chromium: they work
 * without JavaScript, report errors GOV.UK-style, and have no serious axe (WCAG 2.2 AA)
 * violations. Screenshots land in test-artifacts/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-users.js';
import { currentTotpCode } from '../../src/security/accounts/totp.js';
import { findSeriousA11yViolations, saveScreenshot, watchPageErrors } from '../helpers/browser.js';
import { startBrowserFixture, stopBrowserFixture } from '../helpers/browser-fixture.js';
import type { TestDatabase } from '../helpers/test-db.js';
import type { TestServer } from '../helpers/test-server.js';

let t: TestDatabase;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ t, server, browser } = await startBrowserFixture({ env: { PUBLIC_URL: 'http://127.0.0.1:3000' } }));
});

afterAll(() => stopBrowserFixture({ t, server, browser }));

async function checkPage(page: Page, name: string): Promise<void> {
  expect(await findSeriousA11yViolations(page), name).toEqual([]);
  await saveScreenshot(page, name);
}

describe('console security pages in Chromium', () => {
  it('signs an admin in, enrols 2FA, and shows the admin pages accessibly', async () => {
    // The pages ship no script at all, so they work without JavaScript; axe itself needs it enabled.
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchPageErrors(page);
    await page.goto(`${server.url}/console/users`);
    expect(new URL(page.url()).pathname).toBe('/console/login');
    await checkPage(page, 'console-login');

    await page.fill('#email', 'admin.jabar@humas.test');
    await page.fill('#password', 'salah kata sandinya');
    await page.click('button[type=submit]');
    expect(await page.title()).toMatch(/^Kesalahan: /);
    expect(await page.locator('.error-summary a').first().textContent()).toBe('Alamat email atau kata sandi salah');
    await checkPage(page, 'console-login-error');

    await page.fill('#password', DEMO_PASSWORD);
    await page.click('button[type=submit]');
    expect(new URL(page.url()).pathname).toBe('/console/2fa/setup');
    await checkPage(page, 'console-2fa-enrol');
    const uri = (await page.locator('code.secret').nth(1).textContent())!;
    const secret = new URL(uri).searchParams.get('secret')!;
    await page.fill('#code', await currentTotpCode(secret));
    await page.click('form[action="/console/2fa/setup"] button[type=submit]');
    expect(new URL(page.url()).pathname).toBe('/console');
    expect(await page.locator('.notice').textContent()).toContain('Verifikasi dua langkah sudah aktif');
    await checkPage(page, 'console-home');

    for (const [path, name] of [
      ['/console/users', 'console-users'],
      ['/console/api-keys', 'console-api-keys'],
      ['/console/audit', 'console-audit'],
      ['/console/account', 'console-account'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      expect(page.url()).toBe(`${server.url}${path}`);
      await checkPage(page, name);
    }
    expect(await page.locator('body').textContent()).toContain('admin.jabar@humas.test');
    // A form answered with its errors has status 400, which Chromium reports as a failed load; nothing else may appear.
    expect(errors.filter((e) => !/status of 4\d\d/.test(e))).toEqual([]);
    await context.close();
  });

  it('lets a citizen ask for their data, accessibly, with an error summary for a missing choice', async () => {
    // The pages ship no script at all, so they work without JavaScript; axe itself needs it enabled.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/privasi`);
    await checkPage(page, 'portal-privacy');
    await page.fill('#email', 'warga@contoh.id');
    await page.click('form[action="/privasi"] button[type=submit]');
    expect(await page.locator('.error-summary a[href="#kind"]').textContent()).toBe('Pilih salinan data atau penghapusan data');
    await checkPage(page, 'portal-privacy-error');
    await context.close();
  });
});
