import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_UA, insertPublishedArticle, type TestArticle } from '../../../test/helpers/portal-fixture.js';
import { startStaffServer, type StaffServer } from '../../../test/helpers/staff-server.js';
import { startTestServer } from '../../../test/helpers/test-server.js';

let s: StaffServer;
let article: TestArticle;
let other: TestArticle;

beforeAll(async () => {
  // A long flush interval: the test flushes by hand, so every count it checks is exact.
  s = await startStaffServer({ HUMAS_READ_FLUSH_SECONDS: '300', PUBLIC_URL: 'https://portal.uji.test' });
  article = await insertPublishedArticle(s.db, s.fixture.agencyA, 'pemprov-jabar', {
    slug: 'posko-banjir-dibuka',
    title: 'Posko Banjir </script><script>alert(1)</script> Dibuka',
    tags: ['banjir', 'kebencanaan'],
    authorUserId: s.fixture.users.writerA,
  });
  other = await insertPublishedArticle(s.db, s.fixture.agencyB, 'kemenkes', { slug: 'imunisasi-polio', title: 'Imunisasi Polio Tahap Kedua' });
});
afterAll(async () => s?.close());

async function readCount(id: number): Promise<{ total: number; daily: number }> {
  const a = await s.db.query<{ read_count: number }>('SELECT read_count FROM articles WHERE id = $1', [id]);
  const d = await s.db.query<{ reads: number }>('SELECT coalesce(sum(reads), 0)::int8 AS reads FROM article_engagement_daily WHERE article_id = $1', [id]);
  return { total: Number(a.rows[0]!.read_count), daily: Number(d.rows[0]!.reads) };
}

describe('article page', () => {
  it('shows agency, author, date, read count, share links, the poll and comments, and sets no cookie', async () => {
    const res = await s.app.inject({ url: article.path, headers: { 'user-agent': BROWSER_UA } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toContain('Pemerintah Provinsi Jawa Barat');
    expect(res.body).toContain('oleh Dewi Penulis');
    expect(res.body).toMatch(/Dibaca \d+ kali/);
    expect(res.body).toContain('Bagaimana pendapat Anda mengenai artikel ini?');
    for (const channel of ['whatsapp', 'x', 'facebook', 'telegram', 'linkedin']) expect(res.body).toContain(`href="/bagikan/${article.id}/${channel}"`);
    expect(res.body).toContain('value="https://portal.uji.test/berita/pemprov-jabar/posko-banjir-dibuka"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('carries canonical URL, OpenGraph, Twitter card and JSON-LD NewsArticle that cannot close its script element', async () => {
    const res = await s.app.inject({ url: article.path, headers: { 'user-agent': BROWSER_UA } });
    const body = res.body;
    expect(body).toContain('<link rel="canonical" href="https://portal.uji.test/berita/pemprov-jabar/posko-banjir-dibuka">');
    expect(body).toContain('<meta property="og:type" content="article">');
    expect(body).toContain('<meta property="og:url" content="https://portal.uji.test/berita/pemprov-jabar/posko-banjir-dibuka">');
    expect(body).toContain('<meta name="twitter:card" content="summary">');
    expect(body).toContain('<meta property="article:tag" content="banjir">');
    const scripts = [...body.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]![1]).not.toContain('<');
    const ld = JSON.parse(scripts[0]![1]!);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Posko Banjir </script><script>alert(1)</script> Dibuka',
      author: [{ '@type': 'Person', name: 'Dewi Penulis' }],
      publisher: { '@type': 'GovernmentOrganization', name: 'Pemerintah Provinsi Jawa Barat' },
      mainEntityOfPage: { '@id': 'https://portal.uji.test/berita/pemprov-jabar/posko-banjir-dibuka' },
    });
    expect(new Date(ld.datePublished).toString()).not.toBe('Invalid Date');
    // The title is escaped in the visible page too.
    expect(body).not.toContain('<script>alert(1)</script>');
  });

  it('renders in English with ?lang=en, with its own canonical URL', async () => {
    const res = await s.app.inject({ url: `${article.path}?lang=en`, headers: { 'user-agent': BROWSER_UA } });
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('What do you think of this article?');
    expect(res.body).toMatch(/Read \d+ times/);
    expect(res.body).toContain('<link rel="canonical" href="https://portal.uji.test/berita/pemprov-jabar/posko-banjir-dibuka?lang=en">');
    expect(res.body).toContain(`action="${article.path}/reaksi?lang=en"`);
  });

  it('answers 404 for an unknown article and 400 for a malformed slug, never 5xx', async () => {
    expect((await s.app.inject({ url: '/berita/pemprov-jabar/tidak-ada' })).statusCode).toBe(404);
    expect((await s.app.inject({ url: '/berita/pemprov-jabar/Bad_Slug!' })).statusCode).toBe(400);
    expect((await s.app.inject({ url: `/berita/pemprov-jabar/${'a'.repeat(300)}` })).statusCode).toBe(400);
    expect((await s.app.inject({ url: '/instansi/tidak-ada' })).statusCode).toBe(404);
    expect((await s.app.inject({ url: '/bagikan/1/myspace' })).statusCode).toBe(400);
    expect((await s.app.inject({ url: '/bagikan/999999/x' })).statusCode).toBe(404);
  });
});

describe('read counting', () => {
  it('stores exactly one read per 200 response after a flush, with no database write per request', async () => {
    await s.app.portal.readCounter.flush();
    const before = await readCount(article.id);
    const n = 120;
    const responses = await Promise.all(Array.from({ length: n }, () => s.app.inject({ url: article.path, headers: { 'user-agent': BROWSER_UA } })));
    const ok = responses.filter((r) => r.statusCode === 200).length;
    expect(ok).toBe(n);
    expect(responses.every((r) => r.headers['set-cookie'] === undefined)).toBe(true);
    // Nothing reached the database yet: the reads wait in the buffer.
    expect(await readCount(article.id)).toEqual(before);
    expect(s.app.portal.readCounter.pending()).toBe(n);
    await s.app.portal.readCounter.flush();
    expect(await readCount(article.id)).toEqual({ total: before.total + ok, daily: before.daily + ok });
  });

  it('stays exact with several server processes flushing at the same time (they add deltas)', async () => {
    await s.app.portal.readCounter.flush();
    const before = await readCount(other.id);
    const servers = [await startTestServer(s.db, { HUMAS_READ_FLUSH_SECONDS: '300' }), await startTestServer(s.db, { HUMAS_READ_FLUSH_SECONDS: '300' })];
    try {
      const counts = [37, 55];
      await Promise.all(
        servers.flatMap((srv, i) => Array.from({ length: counts[i]! }, () => fetch(`${srv.url}${other.path}`, { headers: { 'user-agent': BROWSER_UA } }).then((r) => r.text()))),
      );
      await Promise.all([...servers.map((srv) => srv.app.portal.readCounter.flush()), s.app.portal.readCounter.flush()]);
      expect(await readCount(other.id)).toEqual({ total: before.total + 92, daily: before.daily + 92 });
    } finally {
      await Promise.all(servers.map((srv) => srv.close()));
    }
  });

  it('does not count bots, link previewers, requests without a User-Agent or HEAD requests', async () => {
    await s.app.portal.readCounter.flush();
    const before = await readCount(other.id);
    for (const ua of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'facebookexternalhit/1.1', 'curl/8.5.0', '']) {
      // light-my-request sends its own User-Agent unless given one, so '' stands for none.
      const res = await s.app.inject({ url: other.path, headers: { 'user-agent': ua } });
      expect(res.statusCode).toBe(200);
    }
    expect((await s.app.inject({ method: 'HEAD', url: other.path, headers: { 'user-agent': BROWSER_UA } })).statusCode).toBe(200);
    await s.app.portal.readCounter.flush();
    expect(await readCount(other.id)).toEqual(before);
  });

  it('counts share clicks and redirects only to the fixed platform address', async () => {
    const res = await s.app.inject({ url: `/bagikan/${article.id}/whatsapp`, headers: { 'user-agent': BROWSER_UA } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`https://wa.me/?text=${encodeURIComponent('Posko Banjir </script><script>alert(1)</script> Dibuka https://portal.uji.test/berita/pemprov-jabar/posko-banjir-dibuka')}`);
    const x = await s.app.inject({ url: `/bagikan/${article.id}/x`, headers: { 'user-agent': BROWSER_UA } });
    expect(new URL(x.headers.location as string).origin).toBe('https://x.com');
    await s.app.portal.readCounter.flush();
    const { rows } = await s.db.query<{ share_clicks: number }>('SELECT sum(share_clicks)::int8 AS share_clicks FROM article_engagement_daily WHERE article_id = $1', [article.id]);
    expect(Number(rows[0]!.share_clicks)).toBe(2);
  });

  it('stores what is buffered when the server closes (graceful shutdown)', async () => {
    // A second server process on the same database, closed the way serve-http closes it.
    const extra = await startTestServer(s.db, { HUMAS_READ_FLUSH_SECONDS: '300' });
    const a = await insertPublishedArticle(s.db, s.fixture.agencyA, 'pemprov-jabar', { slug: 'tutup-server', title: 'Tutup Server' });
    const served = await Promise.all(Array.from({ length: 7 }, () => fetch(`${extra.url}${a.path}`, { headers: { 'user-agent': BROWSER_UA } }).then((r) => r.status)));
    expect(served).toEqual(Array(7).fill(200));
    await extra.close();
    expect(await readCount(a.id)).toEqual({ total: 7, daily: 7 });
  });
});
