import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { fetchImportPages } from './fetch-import-pages.js';

const policy = { allowPrivate: true, timeoutMs: 3000 };
const xPost = (id: string) => ({ id, text: `post ${id}`, created_at: '2026-11-27T07:05:00.000Z', public_metrics: { retweet_count: 0, reply_count: 0, like_count: 1, quote_count: 0 } });
const ytThread = (id: string) => ({ id, snippet: { videoId: 'v1', totalReplyCount: 0, topLevelComment: { id, snippet: { textOriginal: `komentar ${id}`, likeCount: 0, publishedAt: '2026-11-27T07:05:00Z' } } } });

let server: TestHttpServer;
beforeAll(async () => {
  server = await startTestHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const json = (value: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.headers.authorization !== 'Bearer token-uji') return void res.writeHead(401).end('{}');
    switch (url.pathname) {
      case '/2/tweets/search/recent':
        return url.searchParams.get('next_token') === 'p2'
          ? json({ data: [xPost('3')], meta: { result_count: 1 } })
          : json({ data: [xPost('1'), xPost('2')], meta: { result_count: 2, next_token: 'p2' } });
      case '/v21.0/123/posts':
        return json({
          data: [{ id: '123_1', message: 'halo', created_time: '2026-11-27T02:00:00+0000' }],
          paging: { next: url.searchParams.get('after') ? 'https://elsewhere.example/steal' : `${server.url}/v21.0/123/posts?after=x` },
        });
      case '/youtube/v3/commentThreads':
        return url.searchParams.get('pageToken') === 'YT2' ? json({ items: [ytThread('b')] }) : json({ items: [ytThread('a')], nextPageToken: 'YT2' });
      case '/v2/research/video/query/': {
        const body = JSON.parse(req.body) as { cursor?: number; search_id?: string };
        const video = (id: string) => ({ id, video_description: `video ${id}`, create_time: 1795763100, username: 'u' });
        return body.cursor === 1 && body.search_id === 'S1'
          ? json({ data: { videos: [video('7441234567890123457')], cursor: 2, has_more: false }, error: { code: 'ok' } })
          : json({ data: { videos: [video('7441234567890123456')], cursor: 1, has_more: true, search_id: 'S1' }, error: { code: 'ok' } });
      }
      default:
        return void res.writeHead(404).end();
    }
  });
});
afterAll(() => server.close());

describe('fetchImportPages', () => {
  it('pages X v2 search with next_token and sends the bearer token', async () => {
    const result = await fetchImportPages('x-v2', { url: `${server.url}/2/tweets/search/recent?query=banjir`, method: 'GET', token: 'token-uji', maxPages: 5 }, policy);
    expect(result.items.map((i) => i.externalId)).toEqual(['1', '2', '3']);
    expect(result.pagesRead).toBe(2);
  });

  it('follows Meta paging.next on the same origin only', async () => {
    const result = await fetchImportPages('meta', { url: `${server.url}/v21.0/123/posts`, method: 'GET', token: 'token-uji', maxPages: 5 }, policy);
    expect(result.pagesRead).toBe(2);
    expect(server.requests.some((r) => r.path.includes('steal'))).toBe(false);
  });

  it('pages YouTube with pageToken', async () => {
    const result = await fetchImportPages('youtube', { url: `${server.url}/youtube/v3/commentThreads?videoId=v1&part=snippet`, method: 'GET', token: 'token-uji', maxPages: 5 }, policy);
    expect(result.items.map((i) => i.externalId)).toEqual(['a', 'b']);
  });

  it('pages the TikTok Research API by POST body cursor and search_id, keeping 64-bit ids', async () => {
    const result = await fetchImportPages(
      'tiktok',
      { url: `${server.url}/v2/research/video/query/?fields=id,video_description,create_time,username`, method: 'POST', body: { query: { and: [] }, max_count: 1 }, token: 'token-uji', maxPages: 5 },
      policy,
    );
    expect(result.items.map((i) => i.externalId)).toEqual(['7441234567890123456', '7441234567890123457']);
  });

  it('stops at maxPages and reports a refused token plainly', async () => {
    const one = await fetchImportPages('x-v2', { url: `${server.url}/2/tweets/search/recent`, method: 'GET', token: 'token-uji', maxPages: 1 }, policy);
    expect(one.items).toHaveLength(2);
    await expect(fetchImportPages('x-v2', { url: `${server.url}/2/tweets/search/recent`, method: 'GET', token: 'salah', maxPages: 1 }, policy)).rejects.toThrow(
      'the endpoint refused the token (HTTP 401)',
    );
  });
});
