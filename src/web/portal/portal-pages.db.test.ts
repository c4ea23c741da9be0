import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../connectors/feeds/parse-feed.js';
import { childElements, firstChild, NS, readXml, textContent, type XmlElement } from '../../connectors/feeds/xml-tree.js';
import { BROWSER_UA, insertPublishedArticle } from '../../../test/helpers/portal-fixture.js';
import { startStaffServer, type StaffServer } from '../../../test/helpers/staff-server.js';

let s: StaffServer;
const BASE = 'https://portal.uji.test';

beforeAll(async () => {
  s = await startStaffServer({ PUBLIC_URL: BASE });
  const jabar = s.fixture.agencyA;
  const kemenkes = s.fixture.agencyB;
  await insertPublishedArticle(s.db, jabar, 'pemprov-jabar', {
    slug: 'banjir-bandung-selatan',
    title: 'Penanganan Banjir di Bandung Selatan',
    body: 'Pemerintah provinsi mengerahkan pompa air dan perahu karet untuk warga terdampak banjir & longsor.',
    tags: ['banjir', 'kebencanaan'],
    daysAgo: 1,
  });
  await insertPublishedArticle(s.db, jabar, 'pemprov-jabar', { slug: 'sekolah-gratis', title: 'Program Sekolah Gratis Diperluas', tags: ['pendidikan'], daysAgo: 2 });
  await insertPublishedArticle(s.db, kemenkes, 'kemenkes', {
    slug: 'imunisasi-polio',
    title: 'Imunisasi Polio Tahap Kedua Dimulai',
    body: 'Kementerian Kesehatan mengimbau orang tua membawa anak ke posyandu untuk imunisasi polio.',
    tags: ['kesehatan', 'imunisasi'],
    daysAgo: 3,
    authorUserId: s.fixture.users.writerB,
  });
  // A draft never shows anywhere public.
  await s.db.query(`INSERT INTO articles (agency_id, slug, title, status, body_text) VALUES ($1, 'draf-rahasia', 'Draf Rahasia Banjir', 'draft', 'banjir polio')`, [kemenkes]);
});
afterAll(async () => s?.close());

const get = (url: string, headers: Record<string, string> = {}) => s.app.inject({ url, headers: { 'user-agent': BROWSER_UA, ...headers } });
const text = (el: XmlElement | undefined) => (el ? textContent(el).trim() : '');

describe('lists and search', () => {
  it('shows the latest news across agencies on the home page, and agency and topic pages', async () => {
    const home = await get('/');
    expect(home.body).toContain('Penanganan Banjir di Bandung Selatan');
    expect(home.body).toContain('Imunisasi Polio Tahap Kedua Dimulai');
    expect(home.body).not.toContain('Draf Rahasia');
    const agency = await get('/instansi/kemenkes');
    expect(agency.statusCode).toBe(200);
    expect(agency.body).toContain('Imunisasi Polio Tahap Kedua Dimulai');
    expect(agency.body).not.toContain('Penanganan Banjir');
    const topic = await get('/topik/banjir');
    expect(topic.body).toContain('Penanganan Banjir di Bandung Selatan');
    expect(topic.body).not.toContain('Sekolah Gratis');
    expect((await get('/topik/tidak-ada-topik')).statusCode).toBe(404);
    expect((await get('/topik/Bad%20Tag')).statusCode).toBe(400);
    const en = await get('/instansi/kemenkes?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('News from kemenkes');
  });

  it('finds articles with PostgreSQL full text (indonesian), ranked, with highlighted excerpts and no drafts', async () => {
    const res = await get('/cari?q=imunisasi');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('1 berita untuk “imunisasi”');
    expect(res.body).toContain('Imunisasi Polio Tahap Kedua Dimulai');
    expect(res.body).toMatch(/<mark>imunisasi<\/mark>/i);
    // Stemming: "banjir" finds the article that says "banjir", not the draft.
    const flood = await get('/cari?q=banjir -polio');
    expect(flood.body).toContain('Penanganan Banjir di Bandung Selatan');
    expect(flood.body).not.toContain('Draf Rahasia');
    expect(flood.body).not.toContain('Imunisasi Polio');
    const none = await get('/cari?q=zzzqqq');
    expect(none.body).toContain('Tidak ada berita yang cocok');
    // Markup in the query is escaped, and the search page is not indexed.
    const hostile = await get(`/cari?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(hostile.statusCode).toBe(200);
    expect(hostile.body).not.toContain('<img src=x');
    expect(hostile.body).toContain('<meta name="robots" content="noindex">');
  });

  it('validates the query: too short or too long gives 400 with a message, absurd input a plain 400', async () => {
    const short = await get('/cari?q=a');
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('paling sedikit 2 huruf');
    const long = await get(`/cari?q=${'kata '.repeat(60)}`);
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('paling banyak 200 karakter');
    expect((await get(`/cari?q=${'x'.repeat(5000)}`)).statusCode).toBe(400);
    expect((await get('/cari?q=banjir&halaman=0')).statusCode).toBe(400);
    expect((await get('/cari?q=banjir&halaman=dua')).statusCode).toBe(400);
    expect((await get('/cari?q=banjir&halaman=9')).statusCode).toBe(404);
    expect((await get('/instansi/kemenkes?halaman=9')).statusCode).toBe(404);
  });
});

describe('feeds', () => {
  it('RSS 2.0 has every required channel and item element and round-trips through our feed reader', async () => {
    const res = await get('/feed.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const root = readXml(res.body).root!;
    expect(readXml(res.body).error).toBeNull();
    expect(root.local).toBe('rss');
    expect(root.attrs.version).toBe('2.0');
    const channel = firstChild(root, 'channel')!;
    for (const name of ['title', 'link', 'description']) expect(text(firstChild(channel, name)), name).not.toBe('');
    expect(text(firstChild(channel, 'link'))).toBe(`${BASE}/`);
    expect(firstChild(channel, 'link', [NS.atom10])?.attrs.href).toBe(`${BASE}/feed.xml`);
    const items = childElements(channel, 'item');
    expect(items).toHaveLength(3);
    for (const item of items) {
      expect(text(firstChild(item, 'title'))).not.toBe('');
      expect(text(firstChild(item, 'link'))).toMatch(/^https:\/\/portal\.uji\.test\/berita\//);
      expect(text(firstChild(item, 'guid'))).toBe(text(firstChild(item, 'link')));
      expect(new Date(text(firstChild(item, 'pubdate'))).getTime()).not.toBeNaN();
      expect(text(firstChild(item, 'description'))).not.toBe('');
    }
    const parsed = parseFeed(Buffer.from(res.body), { url: `${BASE}/feed.xml` });
    expect(parsed).toMatchObject({ version: 'rss20', bozo: false, title: 'Berita Pemerintah — Humas', link: `${BASE}/`, lang: 'id' });
    expect(parsed.items[0]).toMatchObject({ title: 'Penanganan Banjir di Bandung Selatan', link: `${BASE}/berita/pemprov-jabar/banjir-bandung-selatan` });
    expect(parsed.items[0]!.content).toContain('banjir & longsor');
    expect(parsed.items[2]!.author).toBe('Andi Penulis');
  });

  it('Atom 1.0 has id, title, updated, author and self link, and each entry id, title, updated, link and content', async () => {
    const res = await get('/instansi/pemprov-jabar/feed.atom');
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const doc = readXml(res.body);
    expect(doc.error).toBeNull();
    const feed = doc.root!;
    expect(feed.local).toBe('feed');
    expect(feed.ns).toBe(NS.atom10);
    for (const name of ['id', 'title', 'updated']) expect(text(firstChild(feed, name)), name).not.toBe('');
    expect(text(firstChild(firstChild(feed, 'author')!, 'name'))).not.toBe('');
    expect(childElements(feed, 'link').find((l) => l.attrs.rel === 'self')?.attrs.href).toBe(`${BASE}/instansi/pemprov-jabar/feed.atom`);
    const entries = childElements(feed, 'entry');
    expect(entries).toHaveLength(2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated', 'published', 'summary', 'content']) expect(text(firstChild(entry, name)), name).not.toBe('');
      expect(new Date(text(firstChild(entry, 'updated'))).toISOString()).toBe(text(firstChild(entry, 'updated')));
      expect(firstChild(entry, 'link')?.attrs.href).toMatch(/^https:\/\/portal\.uji\.test\/berita\/pemprov-jabar\//);
    }
    const parsed = parseFeed(Buffer.from(res.body));
    expect(parsed).toMatchObject({ version: 'atom10', bozo: false });
    expect(parsed.items.map((i) => i.title)).toEqual(['Penanganan Banjir di Bandung Selatan', 'Program Sekolah Gratis Diperluas']);
  });

  it('JSON Feed 1.1 has version, title and items with id, url, title, content and dates', async () => {
    const res = await get('/topik/imunisasi/feed.json');
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(res.body);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBeTruthy();
    expect(feed.home_page_url).toBe(`${BASE}/topik/imunisasi`);
    expect(feed.feed_url).toBe(`${BASE}/topik/imunisasi/feed.json`);
    expect(feed.items).toHaveLength(1);
    const item = feed.items[0];
    expect(item).toMatchObject({ id: `${BASE}/berita/kemenkes/imunisasi-polio`, url: `${BASE}/berita/kemenkes/imunisasi-polio`, title: 'Imunisasi Polio Tahap Kedua Dimulai', tags: ['kesehatan', 'imunisasi'] });
    expect(typeof item.content_html).toBe('string');
    expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    expect(parseFeed(Buffer.from(res.body))).toMatchObject({ version: 'json11', bozo: false, items: [{ title: 'Imunisasi Polio Tahap Kedua Dimulai' }] });
  });

  it('answers a conditional GET with 304 on If-None-Match and If-Modified-Since, and 200 when stale', async () => {
    for (const url of ['/feed.xml', '/feed.atom', '/feed.json', '/instansi/kemenkes/feed.xml', '/topik/banjir/feed.atom', '/sitemap.xml']) {
      const first = await get(url);
      const etag = first.headers.etag as string;
      const lastModified = first.headers['last-modified'] as string;
      expect(etag, url).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(new Date(lastModified).getTime(), url).not.toBeNaN();
      const byEtag = await get(url, { 'if-none-match': etag });
      expect(byEtag.statusCode, url).toBe(304);
      expect(byEtag.body).toBe('');
      expect((await get(url, { 'if-modified-since': lastModified })).statusCode, url).toBe(304);
      expect((await get(url, { 'if-none-match': '"anders"' })).statusCode, url).toBe(200);
      expect((await get(url, { 'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString() })).statusCode, url).toBe(200);
    }
  });

  it('changes the ETag when an article is published', async () => {
    const before = (await get('/feed.json')).headers.etag;
    await insertPublishedArticle(s.db, s.fixture.agencyB, 'kemenkes', { slug: 'berita-baru', title: 'Berita Baru', daysAgo: 0 });
    const after = await get('/feed.json', { 'if-none-match': before as string });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before);
  });
});

describe('sitemap and robots', () => {
  it('lists the home page, agency pages and published articles with lastmod, and no drafts', async () => {
    const res = await get('/sitemap.xml');
    const doc = readXml(res.body);
    expect(doc.error).toBeNull();
    expect(doc.root!.local).toBe('urlset');
    expect(doc.root!.ns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const locs = childElements(doc.root!, 'url').map((u) => text(firstChild(u, 'loc')));
    expect(locs).toContain(`${BASE}/`);
    expect(locs).toContain(`${BASE}/instansi/kemenkes`);
    expect(locs).toContain(`${BASE}/berita/kemenkes/imunisasi-polio`);
    expect(locs.some((l) => l.includes('draf-rahasia'))).toBe(false);
    for (const u of childElements(doc.root!, 'url').filter((u) => text(firstChild(u, 'loc')).includes('/berita/'))) {
      expect(new Date(text(firstChild(u, 'lastmod'))).getTime()).not.toBeNaN();
    }
  });

  it('robots.txt points at the sitemap and keeps crawlers out of the console, API, search and share redirects', async () => {
    const res = await get('/robots.txt');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toContain(`Sitemap: ${BASE}/sitemap.xml`);
    for (const path of ['/console', '/api/', '/bagikan/', '/cari']) expect(res.body).toContain(`Disallow: ${path}`);
  });
});
