import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingSink } from '../../../test/helpers/recording-sink.js';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { DEFAULT_MAPPING } from '../../connectors/tabular/column-mapping.js';
import { listSources } from '../../db/queries/sources/list-sources.js';
import { ingestFeed } from './ingest-feed.js';
import { ingestFile } from './ingest-file.js';

const connectors = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../connectors');
const now = () => new Date('2026-11-28T00:00:00Z');
const fileInput = { mapping: DEFAULT_MAPPING, isInternal: false, maxPages: 5 } as const;

let t: TestDatabase;
let server: TestHttpServer;
let dir: string;

beforeAll(async () => {
  t = await openTestDb();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-ingest-'));
  server = await startTestHttpServer((req, res) => {
    if (req.url === '/feed.json') return void res.writeHead(200, { 'content-type': 'application/feed+json' }).end(fs.readFileSync(path.join(connectors, 'feeds/fixtures/jsonfeed11.json')));
    if (req.url?.startsWith('/2/tweets/search/recent') && req.headers.authorization === 'Bearer rahasia') {
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(fs.readFileSync(path.join(connectors, 'x/fixtures/post-lookup.json')));
    }
    res.writeHead(401).end('{}');
  });
}, 120_000);
afterAll(async () => {
  await server.close();
  await t.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest into the sink, with sources recorded in the database', () => {
  it('imports a folder of X pages once; the same import again gives only duplicates', async () => {
    const collected = createRecordingSink(t.db);
    const input = { ...fileInput, target: path.join(connectors, 'x/fixtures'), format: 'x-v2' as const, platform: 'x' as const, sourceName: 'x-export' };
    const first = await ingestFile(t.db, collected.sink, input, { env: {} });
    expect(first).toMatchObject({ read: 6, valid: 4, rejected: 2, accepted: 4, duplicates: 0, dryRun: false, source: { name: 'x-export' } });
    const again = await ingestFile(t.db, collected.sink, input, { env: {} });
    expect(again).toMatchObject({ accepted: 0, duplicates: 4, source: { id: first.source!.id } });
    expect((await listSources(t.db)).filter((s) => s.name === 'x-export')).toHaveLength(1);
  });

  it('imports nothing and creates no source when one file in the folder is not the format', async () => {
    fs.copyFileSync(path.join(connectors, 'x/fixtures/search-recent.json'), path.join(dir, 'a.json'));
    fs.writeFileSync(path.join(dir, 'b.json'), '{"items": []}');
    const collected = createRecordingSink(t.db);
    await expect(ingestFile(t.db, collected.sink, { ...fileInput, target: dir, format: 'x-v2', platform: 'x', sourceName: 'half' }, { env: {} })).rejects.toThrow(
      'b.json: not an X API v2 response',
    );
    expect(collected.calls).toBe(0);
    expect((await listSources(t.db)).some((s) => s.name === 'half')).toBe(false);
  });

  it('reads an API endpoint with the bearer token from the named environment variable', async () => {
    const collected = createRecordingSink(t.db);
    const report = await ingestFile(
      t.db,
      collected.sink,
      { ...fileInput, target: `${server.url}/2/tweets/search/recent?query=banjir`, format: 'x-v2', platform: 'x', tokenEnv: 'UJI_X_TOKEN', isInternal: true },
      { env: { UJI_X_TOKEN: 'rahasia' } },
    );
    expect(report).toMatchObject({ valid: 1, accepted: 1 });
    await expect(
      ingestFile(t.db, collected.sink, { ...fileInput, target: `${server.url}/2/tweets/search/recent`, format: 'x-v2', platform: 'x', tokenEnv: 'UJI_X_TOKEN', isInternal: true }, { env: {} }),
    ).rejects.toThrow('set the bearer token in the environment variable UJI_X_TOKEN');
  });

  it('ingests a feed by URL from an internal address, and refuses it when not internal', async () => {
    const collected = createRecordingSink(t.db);
    const ok = await ingestFeed(t.db, collected.sink, { target: `${server.url}/feed.json`, platform: 'portal', isInternal: true, sourceName: 'kota' }, { now });
    expect(ok).toMatchObject({ valid: 2, accepted: 2, source: { name: 'kota' } });
    expect([...collected.stored.values()].map((m) => m.author.type)).toEqual(['government', 'government']);
    const before = server.requests.length;
    await expect(ingestFeed(t.db, collected.sink, { target: `${server.url}/feed.json`, platform: 'news', isInternal: false, sourceName: 'luar' }, { now })).rejects.toThrow(/non-public/);
    expect(server.requests.length).toBe(before);
    expect((await listSources(t.db)).some((s) => s.name === 'luar')).toBe(false);
  });

  it('a dry run touches neither the sink nor the database', async () => {
    const count = (await listSources(t.db)).length;
    const report = await ingestFeed(t.db, null, { target: path.join(connectors, 'feeds/fixtures/rss20-unclosed.xml'), platform: 'news', isInternal: false }, { now });
    expect(report).toMatchObject({ source: null, valid: 2, dryRun: true, bozo: { reason: expect.stringContaining('"&"') } });
    expect((await listSources(t.db)).length).toBe(count);
  });
});
