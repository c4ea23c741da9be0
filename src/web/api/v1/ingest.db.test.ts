import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../../../test/helpers/test-db.js';
import { loadConfig } from '../../../config/config.js';
import { createLogger } from '../../../lib/logger.js';
import { createPipelineWorker } from '../../../pipeline/worker/pipeline-worker.js';
import { createAesSecretBox } from '../../../services/ingest/signing-secret-box.js';
import { signWebhookBody } from '../../../services/ingest/webhook-signature.js';
import { createWebhookSource } from '../../../services/ingest/webhook-sources.js';
import { buildServer } from '../../server.js';
import { testKeyEnv } from '../../../../test/helpers/test-keys.js';

let t: TestDatabase;
let app: FastifyInstance;
let sourceId: number;
let secret: string;
const box = createAesSecretBox(crypto.randomBytes(32));

beforeAll(async () => {
  t = await openTestDb();
  app = await buildServer({ config: loadConfig(testKeyEnv()), db: t.db, logger: createLogger({ level: 'silent' }), secretBox: box });
  ({ sourceId, secret } = await createWebhookSource(t.db, box, { name: 'Integrasi LAPOR', platform: 'web', agencyId: null }));
});

afterAll(async () => {
  await app?.close();
  await t?.close();
});

const item = (id: string, text = 'jalan rusak di kampung kami, hubungi 0812-3456-7890') => ({
  externalId: id,
  publishedAt: '2026-05-01T08:30:00+07:00',
  text,
  author: { handle: 'warga_1', type: 'citizen' },
  metrics: { likes: 3, views: 120 },
});

function send(body: unknown, options: { timestamp?: number; secret?: string; source?: number; signature?: string } = {}) {
  const raw = JSON.stringify(body);
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return app.inject({
    method: 'POST',
    url: '/api/v1/ingest',
    headers: {
      'content-type': 'application/json',
      'x-humas-source': String(options.source ?? sourceId),
      'x-humas-timestamp': String(timestamp),
      'x-humas-signature': options.signature ?? signWebhookBody(options.secret ?? secret, timestamp, raw),
    },
    payload: raw,
  });
}

describe('POST /api/v1/ingest', () => {
  it('queues a signed batch, and the pipeline stores it redacted', async () => {
    const res = await send({ items: [item('a1'), item('a2')] });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toMatchObject({ queued: 2, duplicates: 0, rejected: 0 });
    await createPipelineWorker(t.db).drain();
    const { rows } = await t.db.query<{ text: string }>('SELECT text FROM mentions WHERE source_id = $1 ORDER BY external_id', [sourceId]);
    expect(rows.map((r) => r.text)).toEqual(['jalan rusak di kampung kami, hubungi [TELEPON]', 'jalan rusak di kampung kami, hubungi [TELEPON]']);
  });

  it('rejects a wrong signature, a wrong secret and an unknown source with 401', async () => {
    expect((await send({ items: [item('b1')] }, { secret: 'whsec_wrong' })).statusCode).toBe(401);
    expect((await send({ items: [item('b1')] }, { signature: 'v1=abc' })).json().error.code).toBe('unauthenticated');
    expect((await send({ items: [item('b1')] }, { source: 999_999 })).statusCode).toBe(401);
    const unsigned = await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: { 'content-type': 'application/json' }, payload: '{"items":[]}' });
    expect(unsigned.statusCode).toBe(401);
  });

  it('rejects timestamps outside ±5 minutes and replays of the same signed request', async () => {
    const stale = await send({ items: [item('c1')] }, { timestamp: Math.floor(Date.now() / 1000) - 600 });
    expect(stale.statusCode).toBe(401);
    expect(stale.json().error.message).toContain('300 seconds');
    const body = { items: [item('c2')] };
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await send(body, { timestamp })).statusCode).toBe(202);
    const replay = await send(body, { timestamp });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().error.code).toBe('conflict');
  });

  it('accepts the good items of a partly bad batch and names each bad one', async () => {
    const res = await send({ items: [item('d1'), { ...item('d2'), publishedAt: 'kemarin' }, { externalId: 'd3' }, item('a1')] });
    expect(res.statusCode).toBe(202);
    const body = res.json();
    expect(body).toMatchObject({ queued: 1, duplicates: 1, rejected: 2 });
    expect(body.items[0]).toEqual({ index: 0, externalId: 'd1', status: 'queued' });
    expect(body.items[1]).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', status: 400 } });
    expect(body.items[1].error.message).toContain('items[1].publishedAt');
    expect(body.items[2].error.message).toContain('items[2].publishedAt');
    expect(body.items[3]).toEqual({ index: 3, externalId: 'a1', status: 'duplicate' });
  });

  it('answers 422 when every item is bad, 400 for broken JSON or an empty batch, never 500', async () => {
    const allBad = await send({ items: [{ externalId: 'e1' }] });
    expect(allBad.statusCode).toBe(422);
    expect(allBad.json().error.details.items[0].status).toBe('rejected');
    const timestamp = Math.floor(Date.now() / 1000);
    const broken = await app.inject({
      method: 'POST',
      url: '/api/v1/ingest',
      headers: { 'content-type': 'application/json', 'x-humas-source': String(sourceId), 'x-humas-timestamp': String(timestamp), 'x-humas-signature': signWebhookBody(secret, timestamp, '{"items": [') },
      payload: '{"items": [',
    });
    expect(broken.statusCode).toBe(400);
    expect((await send({ items: [] })).statusCode).toBe(400);
    expect((await send({ items: 'nope' })).statusCode).toBe(400);
  });

  it('is in the OpenAPI document with its item schema', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.paths['/api/v1/ingest'].post.tags).toEqual(['ingest']);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['IngestItem', 'IngestResult']));
  });
});
