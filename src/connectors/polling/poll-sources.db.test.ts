import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingSink } from '../../../test/helpers/recording-sink.js';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { claimDueSources } from '../../db/queries/sources/claim-due-sources.js';
import { createSource } from '../../db/queries/sources/create-source.js';
import { listSources } from '../../db/queries/sources/list-sources.js';
import { createLogger } from '../../lib/logger.js';
import { pollDueSources, pollSourcesNow } from './poll-sources.js';
import { POLLED_KINDS } from './source-config.js';

const feedXml = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../feeds/fixtures/rss20.xml'));
const logger = createLogger({ level: 'silent' });

let t: TestDatabase;
let server: TestHttpServer;
let clock = new Date('2026-11-27T00:00:00Z');
const now = () => clock;

beforeAll(async () => {
  t = await openTestDb();
  server = await startTestHttpServer((req, res) => {
    if (req.url === '/feed.xml') {
      if (req.headers['if-none-match'] === '"feed-v1"') return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed-v1"' }).end(feedXml);
    }
    if (req.url === '/busy.xml') return void res.writeHead(503, { 'retry-after': '7200' }).end();
    res.writeHead(404).end();
  });
}, 120_000);
afterAll(async () => {
  await server.close();
  await t.close();
});

const addFeed = (name: string, url: string, isInternal: boolean) =>
  createSource(t.db, { kind: 'feed', platform: 'news', name, url, config: { intervalMinutes: 15 }, isInternal });

describe('polling sources against a real server and database', () => {
  it('polls a due feed, hands its items to the sink and schedules the next poll with the ETag kept', async () => {
    const id = await addFeed('komdigi', `${server.url}/feed.xml`, true);
    const collected = createRecordingSink(t.db);
    const results = await pollDueSources(t.db, { sink: collected.sink, env: {}, now, logger, fetch: { timeoutMs: 3000 } });
    expect(results).toHaveLength(1);
    expect(results[0]!.outcome).toMatchObject({ status: 'ok', accepted: 3, duplicates: 0 });
    expect([...collected.stored.keys()]).toEqual([`${id}:komdigi-berita-88121`, `${id}:https://komdigi.example.go.id/berita/jadwal-mudik`, expect.stringContaining(`${id}:`)]);
    const [state] = await listSources(t.db, { ids: [id] });
    expect(state).toMatchObject({ etag: '"feed-v1"', lastStatus: 'ok', consecutiveFailures: 0, lastAccepted: 3, lastRejected: 0 });
    const minutes = (state!.nextPollAt!.getTime() - clock.getTime()) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(13.5);
    expect(minutes).toBeLessThanOrEqual(16.5);
  });

  it('does not poll a source again before it is due', async () => {
    const collected = createRecordingSink(t.db);
    expect(await pollDueSources(t.db, { sink: collected.sink, env: {}, now, logger })).toEqual([]);
  });

  it('sends If-None-Match when polled again and records not_modified on 304', async () => {
    const [source] = await listSources(t.db);
    const before = server.requests.length;
    const results = await pollSourcesNow(t.db, [source!.id], { sink: createRecordingSink(t.db).sink, env: {}, now, logger });
    expect(results[0]!.outcome).toEqual({ status: 'not_modified' });
    expect(server.requests[before]!.headers['if-none-match']).toBe('"feed-v1"');
  });

  it('refuses a non-internal source on a loopback address, without a request, and backs off', async () => {
    const id = await addFeed('loopback-not-internal', `${server.url}/feed.xml`, false);
    const before = server.requests.length;
    const results = await pollSourcesNow(t.db, [id], { sink: createRecordingSink(t.db).sink, env: {}, now, logger });
    expect(results[0]!.outcome).toEqual({ status: 'failed', reason: 'blocked_address', retryAfterSeconds: null });
    expect(server.requests.length).toBe(before);
    const [state] = await listSources(t.db, { ids: [id] });
    expect(state).toMatchObject({ lastStatus: 'blocked_address', consecutiveFailures: 1 });
    const minutes = (state!.nextPollAt!.getTime() - clock.getTime()) / 60_000;
    expect(minutes).toBeGreaterThanOrEqual(27);
    expect(minutes).toBeLessThanOrEqual(33);
  });

  it('honours Retry-After from a busy server', async () => {
    const id = await addFeed('busy', `${server.url}/busy.xml`, true);
    await pollSourcesNow(t.db, [id], { sink: createRecordingSink(t.db).sink, env: {}, now, logger });
    const [state] = await listSources(t.db, { ids: [id] });
    expect(state).toMatchObject({ lastStatus: 'http_503', consecutiveFailures: 1 });
    expect((state!.nextPollAt!.getTime() - clock.getTime()) / 1000).toBeGreaterThanOrEqual(7200);
  });

  it('keeps the old validators when the sink fails, so nothing fetched is lost', async () => {
    const id = await addFeed('sink-down', `${server.url}/feed.xml`, true);
    const collected = createRecordingSink(t.db);
    collected.failing = true;
    const [result] = await pollSourcesNow(t.db, [id], { sink: collected.sink, env: {}, now, logger });
    expect(result!.outcome).toMatchObject({ status: 'failed', reason: 'sink_error' });
    const [state] = await listSources(t.db, { ids: [id] });
    expect(state!.etag).toBeNull();
    collected.failing = false;
    const [retry] = await pollSourcesNow(t.db, [id], { sink: collected.sink, env: {}, now, logger });
    expect(retry!.outcome).toMatchObject({ status: 'ok', accepted: 3 });
  });

  it('a dry run reads everything and records nothing', async () => {
    const id = await addFeed('dry', `${server.url}/feed.xml`, true);
    const [result] = await pollSourcesNow(t.db, [id], { sink: null, env: {}, now, logger });
    expect(result!.outcome).toMatchObject({ status: 'ok', dryRun: true, summary: { valid: 3 } });
    const [state] = await listSources(t.db, { ids: [id] });
    expect(state!.lastPolledAt).toBeNull();
  });

  it('never hands the same due source to two claimers, and an expired lease makes it due again', async () => {
    clock = new Date('2026-11-28T00:00:00Z');
    const claims = await Promise.all([1, 2, 3].map(() => claimDueSources(t.db, { kinds: POLLED_KINDS, now: clock, leaseSeconds: 600, limit: 10 })));
    const all = claims.flat();
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
    expect(await claimDueSources(t.db, { kinds: POLLED_KINDS, now: clock, leaseSeconds: 600, limit: 10 })).toEqual([]);
    const later = new Date(clock.getTime() + 601_000);
    expect((await claimDueSources(t.db, { kinds: POLLED_KINDS, now: later, leaseSeconds: 600, limit: 10 })).sort()).toEqual([...all].sort());
  });
});
