/**
 * What every browser test file starts with: a test database with the demo seed, the real HTTP
 * server on it, and headless Chromium — and stops in reverse order. If start-up fails half-way,
 * what was already started is stopped before the error is passed on.
 */
import type { Browser } from 'playwright-core';
import type { Db } from '../../src/db/db.js';
import { seedDemo } from '../../src/services/demo/seed-demo.js';
import { launchBrowser } from './browser.js';
import { openTestDb, type TestDatabase } from './test-db.js';
import { startTestServer, type TestServer } from './test-server.js';

export interface BrowserFixture {
  t: TestDatabase;
  server: TestServer;
  browser: Browser;
}

export async function startBrowserFixture(options: {
  /** Demo mentions to seed through the pipeline (0: accounts, agencies and articles only). */
  mentions?: number;
  /** Configuration for the server (e.g. PUBLIC_URL). */
  env?: Record<string, string>;
  /** Changes to the seeded data before the server starts. */
  prepare?: (db: Db) => Promise<void>;
} = {}): Promise<BrowserFixture> {
  const started: Partial<BrowserFixture> = {};
  try {
    started.t = await openTestDb();
    await seedDemo(started.t.db, { mentions: options.mentions ?? 0, end: new Date() });
    await options.prepare?.(started.t.db);
    started.server = await startTestServer(started.t.db, options.env);
    started.browser = await launchBrowser();
    return started as BrowserFixture;
  } catch (error) {
    await stopBrowserFixture(started);
    throw error;
  }
}

export async function stopBrowserFixture(fixture: Partial<BrowserFixture>): Promise<void> {
  await fixture.browser?.close();
  await fixture.server?.close();
  await fixture.t?.close();
}
