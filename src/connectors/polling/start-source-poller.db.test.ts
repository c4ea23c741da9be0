import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecordingSink } from '../../../test/helpers/recording-sink.js';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { createSource } from '../../db/queries/sources/create-source.js';
import { listSources } from '../../db/queries/sources/list-sources.js';
import { createLogger } from '../../lib/logger.js';
import { startSourcePoller } from './start-source-poller.js';

const atom = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../feeds/fixtures/atom10.xml'));

let t: TestDatabase;
let server: TestHttpServer;
beforeAll(async () => {
  t = await openTestDb();
  server = await startTestHttpServer((_req, res) => void res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(atom));
}, 120_000);
afterAll(async () => {
  await server.close();
  await t.close();
});

describe('startSourcePoller', () => {
  it('polls due sources in the background and stops cleanly', async () => {
    const id = await createSource(t.db, { kind: 'feed', platform: 'portal', name: 'jabar', url: `${server.url}/feed.atom`, config: {}, isInternal: true });
    const collected = createRecordingSink(t.db);
    const task = startSourcePoller({ db: t.db, logger: createLogger({ level: 'silent' }), sink: collected.sink, env: {}, tickMs: 50 });
    const deadline = Date.now() + 20_000;
    while (collected.stored.size < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await task.stop();
    expect(collected.stored.size).toBe(2);
    // Not due again for ~15 minutes: many ticks, one request.
    expect(server.requests).toHaveLength(1);
    const [state] = await listSources(t.db, { ids: [id] });
    expect(state).toMatchObject({ lastStatus: 'ok', lastAccepted: 2 });
  });
});
