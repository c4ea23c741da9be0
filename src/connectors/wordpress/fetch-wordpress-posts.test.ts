import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { fetchWordpressPosts } from './fetch-wordpress-posts.js';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const page = (n: number) => fs.readFileSync(path.join(fixtures, `posts-page-${n}.json`));
const policy = { allowPrivate: true, timeoutMs: 3000 };

let server: TestHttpServer;
beforeAll(async () => {
  server = await startTestHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/wp-json/wp/v2/posts') return void res.writeHead(404).end();
    if (req.headers['if-none-match'] === 'W/"wp-1"') return void res.writeHead(304).end();
    const n = Number(url.searchParams.get('page'));
    if (n > 2) return void res.writeHead(400, { 'content-type': 'application/json' }).end('{"code":"rest_post_invalid_page_number"}');
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8', 'x-wp-total': '4', 'x-wp-totalpages': '2', etag: 'W/"wp-1"' });
    res.end(page(n));
  });
});
afterAll(() => server.close());

describe('fetchWordpressPosts', () => {
  it('pages through X-WP-TotalPages with _embed=author and maps posts', async () => {
    const result = await fetchWordpressPosts(`${server.url}/`, { platform: 'portal', perPage: 3, maxPages: 5 }, policy);
    expect(result).toMatchObject({ notModified: false, pagesRead: 2, etag: 'W/"wp-1"' });
    expect(server.requests.map((r) => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual(['1', '2']);
    expect(new URL(server.requests[0]!.path, 'http://x').searchParams.get('_embed')).toBe('author');
    expect(result.batch.items.map((i) => i.externalId)).toEqual(['4821', '4820', '4818']);
    const first = result.batch.items[0]!;
    expect(first).toMatchObject({
      platform: 'portal',
      title: 'Bupati Tinjau Posko Banjir – Bantuan Disalurkan',
      text: 'Bupati meninjau posko banjir di Kecamatan Selatan dan menyalurkan 2.000 paket bantuan. Warga diminta tetap waspada.',
      author: { name: 'Tim Diskominfo', handle: 'tim-diskominfo', type: 'government' },
      url: 'https://diskominfo.contoh.go.id/2026/11/27/bupati-tinjau-posko-banjir/',
    });
    expect(first.publishedAt.toISOString()).toBe('2026-11-27T07:05:00.000Z');
    // A protected (empty) body falls back to the excerpt; a relative link resolves against the site.
    expect(result.batch.items[1]).toMatchObject({ text: 'Pelayanan adminduk buka Sabtu.', url: `${server.url}/2026/11/26/jadwal-pelayanan/` });
    expect(result.batch.rejected).toEqual([{ at: 'page 1 [2]', reason: expect.stringMatching(/^id: /) }]);
  });

  it('stops at the page limit', async () => {
    const result = await fetchWordpressPosts(server.url, { platform: 'portal', perPage: 3, maxPages: 1 }, policy);
    expect(result.pagesRead).toBe(1);
  });

  it('costs one 304 when the ETag still matches', async () => {
    const before = server.requests.length;
    const result = await fetchWordpressPosts(server.url, { platform: 'portal', perPage: 3, maxPages: 5, etag: 'W/"wp-1"' }, policy);
    expect(result).toMatchObject({ notModified: true, pagesRead: 0 });
    expect(server.requests.length - before).toBe(1);
  });

  it('refuses the site when it is not internal and resolves to loopback', async () => {
    await expect(fetchWordpressPosts(server.url, { platform: 'portal', perPage: 3, maxPages: 1 }, { allowPrivate: false })).rejects.toThrow(/non-public/);
  });
});
