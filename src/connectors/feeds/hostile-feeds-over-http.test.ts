import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHttpServer, type TestHttpServer } from '../../../test/helpers/http-test-server.js';
import { charsetOf, safeFetch } from '../http/safe-fetch.js';
import { parseFeed } from './parse-feed.js';

/** Feeds served by a real server whose DTDs point back at that server: nothing may be fetched. */
let server: TestHttpServer;
const lol = (n: number): string => (n === 0 ? '<!ENTITY lol0 "lol">' : `<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`);

beforeAll(async () => {
  server = await startTestHttpServer((req, res) => {
    const base = `http://${req.headers.host}`;
    if (req.url === '/xxe.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(`<?xml version="1.0"?>
<!DOCTYPE rss SYSTEM "${base}/external.dtd" [
  <!ENTITY file SYSTEM "file:///etc/passwd">
  <!ENTITY web SYSTEM "${base}/secret.txt">
  <!ENTITY % remote SYSTEM "${base}/param.dtd"> %remote;
]>
<rss version="2.0"><channel><title>&file;</title><link>https://xxe.example/</link>
<item><guid>x1</guid><title>&web;</title><description>isi &file; &web;</description></item></channel></rss>`);
    }
    if (req.url === '/laughs.xml') {
      const entities = Array.from({ length: 10 }, (_, i) => lol(i)).join('\n');
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return void res.end(`<?xml version="1.0"?><!DOCTYPE rss [${entities}]><rss version="2.0"><channel><title>&lol9;</title><item><guid>l</guid><description>&lol9;&lol9;&lol9;</description></item></channel></rss>`);
    }
    res.writeHead(200).end('root:x:0:0:root:/root:/bin/bash');
  });
});
afterAll(() => server.close());

async function fetchAndParse(path: string) {
  const res = await safeFetch({ url: `${server.url}${path}` }, { allowPrivate: true, timeoutMs: 3000 });
  return parseFeed(res.body, { url: res.url, httpCharset: charsetOf(res.headers['content-type']) });
}

describe('hostile feeds over HTTP', () => {
  it('resolves no external entity or DTD: the server sees only the feed request', async () => {
    const feed = await fetchAndParse('/xxe.xml');
    expect(server.requests.map((r) => r.path)).toEqual(['/xxe.xml']);
    expect(JSON.stringify(feed)).not.toContain('root:x');
    expect(feed.items[0]).toMatchObject({ id: 'x1', title: '&web;', summary: 'isi &file; &web;' });
    expect(feed.bozo).toBe(true);
  });

  it('expands no entity (billion laughs): parsed quickly, output stays small', async () => {
    const started = performance.now();
    const feed = await fetchAndParse('/laughs.xml');
    expect(performance.now() - started).toBeLessThan(2000);
    expect(feed.items[0]!.summary).toBe('&lol9;&lol9;&lol9;');
    expect(JSON.stringify(feed).length).toBeLessThan(1000);
  });
});
