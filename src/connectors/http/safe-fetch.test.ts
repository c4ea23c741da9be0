import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getFetchFailure, safeFetch, type FetchPolicy } from './safe-fetch.js';

/** A real HTTP server on loopback, scripted per path; counts the requests it receives. */
let server: http.Server;
let other: http.Server;
let base: string;
let otherBase: string;
let seen: { path: string; headers: http.IncomingHttpHeaders }[] = [];
let otherSeen: http.IncomingHttpHeaders[] = [];

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  seen.push({ path: req.url ?? '', headers: req.headers });
  const url = new URL(req.url ?? '/', 'http://x');
  const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
  if (hop) {
    const n = Number(hop[1]);
    res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/ok' }).end();
    return;
  }
  switch (url.pathname) {
    case '/ok':
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('halo');
      return;
    case '/etag':
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { etag: '"v1"' }).end('isi');
      return;
    case '/big':
      res.writeHead(200, { 'content-length': String(2 * 1024 * 1024) }).end(Buffer.alloc(2 * 1024 * 1024, 97));
      return;
    case '/big-chunked':
      res.writeHead(200);
      for (let i = 0; i < 40; i++) res.write(Buffer.alloc(64 * 1024, 98));
      res.end();
      return;
    case '/gzip-bomb':
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(50 * 1024 * 1024)));
      return;
    case '/gzip':
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.from('terkompresi')));
      return;
    case '/hang':
      return; // never answers
    case '/to-private':
      res.writeHead(302, { location: url.searchParams.get('to') ?? 'http://10.0.0.1/' }).end();
      return;
    case '/to-other':
      res.writeHead(307, { location: `${otherBase}/whoami` }).end();
      return;
    case '/host':
      res.writeHead(200).end(String(req.headers.host));
      return;
    default:
      res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = http.createServer(handler);
  other = http.createServer((req, res) => {
    otherSeen.push(req.headers);
    res.writeHead(200).end('other');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  otherBase = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  other.closeAllConnections();
  await new Promise((r) => server.close(r));
  await new Promise((r) => other.close(r));
});

beforeEach(() => {
  seen = [];
  otherSeen = [];
});

const internal: FetchPolicy = { allowPrivate: true, timeoutMs: 3000, maxBytes: 1024 * 1024, maxRedirects: 3 };
/** Treats 127.0.0.1 (our test server) as if it were public; every other non-public address stays refused. */
const onlyTestServer: FetchPolicy = { allowPrivate: false, timeoutMs: 3000, maxRedirects: 3, isAllowedAddress: (ip) => ip === '127.0.0.1' };

async function failureOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return getFetchFailure(error) ?? `unexpected: ${(error as Error).message}`;
  }
}

describe('safeFetch against a real local server', () => {
  it('fetches from an internal source', async () => {
    const res = await safeFetch({ url: `${base}/ok` }, internal);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe('halo');
  });

  it('returns 304 when the ETag matches and 200 with the body when it does not', async () => {
    const fresh = await safeFetch({ url: `${base}/etag` }, internal);
    expect([fresh.status, fresh.headers.etag, fresh.body.toString()]).toEqual([200, '"v1"', 'isi']);
    const again = await safeFetch({ url: `${base}/etag`, headers: { 'if-none-match': '"v1"' } }, internal);
    expect([again.status, again.body.length]).toEqual([304, 0]);
  });

  it('follows redirects up to the limit and refuses one more', async () => {
    const ok = await safeFetch({ url: `${base}/hop/2` }, internal);
    expect([ok.status, ok.url]).toEqual([200, `${base}/ok`]);
    expect(await failureOf(safeFetch({ url: `${base}/hop/3` }, internal))).toBe('too_many_redirects');
    expect(seen.filter((s) => s.path.startsWith('/hop')).length).toBe(3 + 4);
  });

  it('stops a body larger than the limit, declared or streamed', async () => {
    expect(await failureOf(safeFetch({ url: `${base}/big` }, internal))).toBe('too_large');
    expect(await failureOf(safeFetch({ url: `${base}/big-chunked` }, internal))).toBe('too_large');
  });

  it('counts the limit after decompression, so a gzip bomb is stopped', async () => {
    expect(await failureOf(safeFetch({ url: `${base}/gzip-bomb` }, internal))).toBe('too_large');
    const small = await safeFetch({ url: `${base}/gzip` }, internal);
    expect(small.body.toString()).toBe('terkompresi');
  });

  it('gives up on a server that never answers, at the deadline', async () => {
    const started = Date.now();
    expect(await failureOf(safeFetch({ url: `${base}/hang` }, { ...internal, timeoutMs: 300 }))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses non-http schemes and URLs with credentials', async () => {
    expect(await failureOf(safeFetch({ url: 'file:///etc/passwd' }, internal))).toBe('bad_url');
    expect(await failureOf(safeFetch({ url: 'ftp://example.org/x' }, internal))).toBe('bad_url');
    expect(await failureOf(safeFetch({ url: `http://user:pw@127.0.0.1/` }, internal))).toBe('bad_url');
  });

  it('does not send the Authorization header to another origin after a redirect', async () => {
    const res = await safeFetch({ url: `${base}/to-other`, headers: { authorization: 'Bearer rahasia' } }, internal);
    expect(res.body.toString()).toBe('other');
    expect(seen[0]!.headers.authorization).toBe('Bearer rahasia');
    expect(otherSeen[0]!.authorization).toBeUndefined();
  });
});

describe('safeFetch SSRF guard', () => {
  it.each([
    ['loopback IPv4', () => `${base}/ok`],
    ['loopback IPv6', () => 'http://[::1]:9/'],
    ['private 10/8', () => 'http://10.0.0.1/'],
    ['private 192.168/16', () => 'http://192.168.1.1/'],
    ['link-local metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['IPv4-mapped IPv6 loopback', () => 'http://[::ffff:127.0.0.1]:9/'],
    ['unspecified', () => 'http://0.0.0.0:9/'],
    ['hex-encoded loopback', () => 'http://0x7f000001:9/'],
    ['localhost by name', () => 'http://localhost:9/'],
  ])('refuses %s unless the source is internal, without sending a request', async (_label, url) => {
    expect(await failureOf(safeFetch({ url: url() }, { allowPrivate: false, timeoutMs: 2000 }))).toBe('blocked_address');
    expect(seen).toHaveLength(0);
  });

  it('checks every hop: a redirect to a private address is refused', async () => {
    expect(await failureOf(safeFetch({ url: `${base}/to-private?to=http://10.0.0.1/` }, onlyTestServer))).toBe('blocked_address');
    expect(await failureOf(safeFetch({ url: `${base}/to-private?to=http://[::1]:1/` }, onlyTestServer))).toBe('blocked_address');
    expect(await failureOf(safeFetch({ url: `${base}/to-private?to=http://169.254.169.254/` }, onlyTestServer))).toBe('blocked_address');
    expect(seen.map((s) => s.path.split('?')[0])).toEqual(['/to-private', '/to-private', '/to-private']);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const resolve = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    expect(await failureOf(safeFetch({ url: 'http://campur.test/ok' }, { ...onlyTestServer, resolve }))).toBe('blocked_address');
    expect(seen).toHaveLength(0);
  });

  it('connects to the address it checked (no second lookup to rebind), keeping the Host name', async () => {
    const answers = [[{ address: '127.0.0.1', family: 4 }], [{ address: '10.9.9.9', family: 4 }]];
    let lookups = 0;
    const resolve = async () => answers[Math.min(lookups++, 1)]!;
    const port = new URL(base).port;
    const res = await safeFetch({ url: `http://feed.test:${port}/host` }, { ...onlyTestServer, resolve });
    expect(res.body.toString()).toBe(`feed.test:${port}`);
    expect(lookups).toBe(1);
  });
});
