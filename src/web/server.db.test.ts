import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../test/helpers/test-db.js';
import { loadConfig } from '../config/config.js';
import { createLogger } from '../lib/logger.js';
import { buildServer } from './server.js';

let t: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  t = await openTestDb();
  await t.db.query(
    "INSERT INTO agencies (code, slug, name, abbreviation, level, kind) VALUES ('kemenkes', 'kemenkes', 'Kementerian Kesehatan', 'Kemenkes', 'national', 'ministry')",
  );
  app = await buildServer({ config: loadConfig({}), db: t.db, logger: createLogger({ level: 'silent' }) });
});

afterAll(async () => {
  await app?.close();
  await t?.close();
});

describe('HTTP server', () => {
  it('answers /healthz and /readyz with the database kind', async () => {
    expect((await app.inject('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await app.inject('/readyz');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: t.backend });
  });

  it('sends secure headers and a request id on every response', async () => {
    const res = await app.inject('/');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a well-formed incoming request id and replaces a malformed one', async () => {
    expect((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'proxy-abc-12345' } })).headers['x-request-id']).toBe('proxy-abc-12345');
    const bad = await app.inject({ url: '/healthz', headers: { 'x-request-id': '<script>' } });
    expect(bad.headers['x-request-id']).not.toBe('<script>');
  });

  it('rejects invalid query values with 400 and the one error shape naming the field', async () => {
    const res = await app.inject('/api/v1/agencies?level=galaxy');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toContain('level');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers unknown API paths with a JSON 404 and unknown pages with an HTML 404', async () => {
    const api = await app.inject('/api/v1/does-not-exist');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const page = await app.inject('/tidak-ada');
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<title>Kesalahan: Halaman tidak ditemukan');
  });

  it('answers malformed JSON bodies with 400, not 500', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/v1/agencies', headers: { 'content-type': 'application/json' }, payload: '{"broken' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.code).toBeDefined();
  });

  it('lists agencies from the database through the versioned API', async () => {
    const res = await app.inject('/api/v1/agencies?level=national');
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toEqual([expect.objectContaining({ code: 'kemenkes', abbreviation: 'Kemenkes', parentId: null })]);
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/agencies'].get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'level', in: 'query' })]),
    );
    expect(Object.keys(doc.paths).every((p: string) => p.startsWith('/api/v1/'))).toBe(true);
  });

  it('serves the API reference page and its scripts from the app itself (no CDN)', async () => {
    const page = await app.inject('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
    const script = await app.inject('/api/docs/static/swagger-ui-bundle.js');
    expect(script.statusCode).toBe(200);
  });

  it('renders the portal in Indonesian by default and in English on request', async () => {
    const id = await app.inject('/');
    expect(id.body).toContain('<html lang="id">');
    expect(id.body).toContain('Berita terbaru');
    const en = await app.inject('/?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Latest news');
  });
});
