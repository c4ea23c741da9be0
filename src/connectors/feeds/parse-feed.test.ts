import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../lib/app-error.js';
import { parseFeed } from './parse-feed.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const read = (name: string, url?: string) => parseFeed(fs.readFileSync(path.join(FIXTURES, name)), { url: url ?? null });

describe('parseFeed: each format', () => {
  it('reads RSS 0.90 (RDF, Netscape namespace) and resolves relative links against the channel link', () => {
    const feed = read('rss090.rdf');
    expect(feed.version).toBe('rss090');
    expect(feed.bozo).toBe(false);
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://pemkot-contoh.go.id/berita/jadwal-vaksinasi',
      'https://pemkot-contoh.go.id/berita/penutupan-jalan',
    ]);
  });

  it('reads RSS 0.91 with an external DTD without fetching it', () => {
    const feed = read('rss091.xml');
    expect(feed).toMatchObject({ version: 'rss091', title: 'Dinas Kominfo Kabupaten Contoh', lang: 'id', bozo: false });
    expect(feed.items[0]).toMatchObject({ title: 'Pelatihan literasi digital untuk UMKM', published: null });
  });

  it('reads RSS 0.92 and turns escaped HTML in descriptions into plain text', () => {
    const feed = read('rss092.xml');
    expect(feed.version).toBe('rss092');
    expect(feed.items[0]!.summary).toBe('Masyarakat diimbau waspada terhadap hujan lebat disertai angin kencang.');
    expect(feed.items[0]!.id).toBeNull();
  });

  it('reads RSS 1.0 (RDF) with items beside the channel, dc:date, dc:creator and content:encoded', () => {
    const feed = read('rss10.rdf');
    expect(feed.version).toBe('rss10');
    expect(feed.lang).toBe('id');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      id: 'https://kemenkes.example.go.id/rilis/1001',
      author: 'Biro Komunikasi dan Pelayanan Publik',
      summary: 'Program imunisasi kejar diperluas.',
      content: 'Program imunisasi kejar diperluas ke 12 provinsi mulai bulan depan.',
    });
    expect(feed.items[0]!.published?.toISOString()).toBe('2026-11-27T07:05:00.000Z');
    expect(feed.items[1]!.published?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('reads RSS 2.0 with CDATA, Indonesian dates, guids, scripts dropped and double-escaped ampersands', () => {
    const feed = read('rss20.xml');
    expect(feed).toMatchObject({ version: 'rss20', title: 'Komdigi — Berita & Siaran Pers', link: 'https://komdigi.example.go.id/', bozo: false });
    const [hoax, mudik, undated] = feed.items;
    expect(hoax).toMatchObject({ id: 'komdigi-berita-88121', title: 'Komdigi luruskan [HOAKS] bantuan kuota gratis', author: 'Tim Humas' });
    expect(hoax!.published?.toISOString()).toBe('2026-11-27T07:05:00.000Z');
    expect(hoax!.content).not.toContain('track()');
    expect(mudik).toMatchObject({ title: 'Harga tiket & jadwal mudik', link: 'https://komdigi.example.go.id/berita/jadwal-mudik', author: 'Redaksi Komdigi' });
    expect(mudik!.published?.toISOString()).toBe('2025-03-03T01:00:00.000Z');
    expect(undated!.published).toBeNull();
  });

  it('resolves relative RSS links against the URL the feed came from, when known', () => {
    const feed = read('rss20.xml', 'https://mirror.example.go.id/rss/komdigi.xml');
    expect(feed.items[2]!.link).toBe('https://mirror.example.go.id/rss/berita/tanpa-tanggal');
  });

  it('reads Atom 1.0 with nested xml:base, html and xhtml text constructs and a feed-level author', () => {
    const feed = read('atom10.xml');
    expect(feed).toMatchObject({ version: 'atom10', title: 'Pemprov Jabar <Berita>', link: 'https://jabarprov.example.go.id/', lang: 'id' });
    expect(feed.items[0]).toMatchObject({
      title: 'Gubernur resmikan jalan tol baru',
      link: 'https://jabarprov.example.go.id/berita/2026/11/tol-baru',
      author: 'Diskominfo Jabar',
      summary: 'Jalan tol baru sepanjang 12 km diresmikan.',
      content: 'Jalan tol baru sepanjang 12 km diresmikan hari ini. Tarif gratis selama sepekan.',
    });
    expect(feed.items[0]!.published?.toISOString()).toBe('2026-11-27T02:30:00.000Z');
    expect(feed.items[1]).toMatchObject({ link: 'https://jabarprov.example.go.id/arsip/cpns-2026', author: 'Biro Organisasi' });
    expect(feed.items[1]!.published?.toISOString()).toBe('2026-11-26T01:00:00.000Z');
  });

  it('reads Atom 0.3 with issued dates and escaped-mode summaries', () => {
    const feed = read('atom03.xml');
    expect(feed.version).toBe('atom03');
    expect(feed.items[0]).toMatchObject({ author: 'Admin Layanan', summary: 'Warga dapat mengambil nomor antrean dari rumah.' });
    expect(feed.items[0]!.published?.toISOString()).toBe('2025-03-03T01:00:00.000Z');
  });

  it('reads JSON Feed 1.1 with relative urls, numeric ids and content_html', () => {
    const feed = read('jsonfeed11.json');
    expect(feed).toMatchObject({ version: 'json11', bozo: false, lang: 'id' });
    expect(feed.items[0]).toMatchObject({
      id: 'berita-310',
      link: 'https://kota-contoh.example.go.id/berita/310-festival-kuliner',
      author: 'Bagian Prokopim',
      summary: 'Festival kuliner menghadirkan 80 tenant UMKM & pertunjukan seni.',
    });
    expect(feed.items[1]).toMatchObject({ id: '311', author: 'Dinas PUPR' });
    expect(feed.items[1]!.published?.toISOString()).toBe('2026-11-26T10:00:00.000Z');
  });

  it('reads JSON Feed 1.0 and reports an item without id as bozo, keeping the good item', () => {
    const feed = read('jsonfeed10.json');
    expect(feed).toMatchObject({ version: 'json10', bozo: true, bozoReason: 'item 2 has no id' });
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.author).toBe('Perangkat Desa');
  });
});

describe('parseFeed: RSS version detection', () => {
  it.each([
    ['0.93', 'rss093'],
    ['0.94', 'rss094'],
    ['2.0', 'rss20'],
    ['3.0', 'rss'],
  ])('reads <rss version="%s"> as %s', (version, expected) => {
    const xml = `<rss version="${version}"><channel><title>t</title><item><guid>g</guid><title>x</title></item></channel></rss>`;
    expect(parseFeed(Buffer.from(xml)).version).toBe(expected);
  });
});

describe('parseFeed: broken real-world feeds', () => {
  it('decodes a declared ISO-8859-1 feed correctly and without complaint', () => {
    const feed = read('rss20-latin1.xml');
    expect(feed.bozo).toBe(false);
    expect(feed.items[0]!.title).toBe('Pameran buku à la carte di café perpustakaan');
    expect(feed.items[0]!.summary).toContain('kopi ± 2 jam');
  });

  it('recovers an undeclared Windows-1252 feed and says so', () => {
    const feed = read('rss20-windows1252-undeclared.xml');
    expect(feed.bozo).toBe(true);
    expect(feed.bozoReason).toMatch(/not valid utf-8; decoded as windows-1252/);
    expect(feed.title).toBe('Radio Pemda “Suara Warga”');
    expect(feed.items[0]!.summary).toBe('Harga beras Rp12.500… turun énormément? Tidak.');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const feed = read('rss20-utf16le-bom.xml');
    expect(feed.bozo).toBe(false);
    expect(feed.title).toBe('Siaran UTF-16 — édition spéciale');
    expect(feed.items[0]!.title).toBe('Kabar ★ istimewa');
  });

  it('reads UTF-8 bytes mislabelled as ISO-8859-1 as UTF-8, flagged as bozo', () => {
    const feed = read('rss20-utf8-declared-latin1.xml');
    expect(feed.bozo).toBe(true);
    expect(feed.bozoReason).toBe('declared iso-8859-1 but the bytes are utf-8; decoded as utf-8');
    expect(feed.title).toBe('Kecamatan Sélatán');
  });

  it('decodes HTML entities that no DTD declares, and marks the feed bozo', () => {
    const feed = read('rss20-html-entities.xml');
    expect(feed.bozo).toBe(true);
    expect(feed.bozoReason).toBe('line 4, column 23: undefined entity');
    expect(feed.title).toBe('Berita Daerah — Edisi Khusus');
    expect(feed.items[0]).toMatchObject({
      title: 'Résumé rapat & hasil…',
      link: 'https://entitas.example.go.id/resume?a=1&b=2',
      summary: 'Suhu 30°C © BMKG – “cerah”',
    });
  });

  it('recovers unclosed tags, a stray ampersand and a truncated end, reporting the first problem', () => {
    const feed = read('rss20-unclosed.xml');
    expect(feed.bozo).toBe(true);
    expect(feed.bozoReason).toBe('line 4, column 29: "&" that is not an entity reference');
    expect(feed.title).toBe('Dinas Pendidikan & Kebudayaan');
    expect(feed.items.map((i) => [i.id, i.title, i.link])).toEqual([
      ['ppdb-2', 'PPDB tahap 2 dibuka', 'https://disdik.example.go.id/ppdb-2'],
      ['beasiswa-1', 'Beasiswa prestasi', 'https://disdik.example.go.id/beasiswa'],
    ]);
    expect(feed.items[0]!.summary).toBe('Pendaftaran dibuka & gratis');
  });
});

describe('parseFeed: hostile input', () => {
  it('never resolves external entities (XXE): references stay literal text', () => {
    const feed = read('atom-xxe.xml');
    const everything = JSON.stringify(feed);
    expect(everything).not.toMatch(/root:|\/bin\/|nologin/);
    expect(feed.title).toBe('&xxe;');
    expect(feed.bozo).toBe(true);
  });

  it('never expands declared entities (billion laughs): fast, small, literal', () => {
    const started = performance.now();
    const feed = read('rss-billion-laughs.xml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(feed.title).toBe('&lol9;');
    expect(JSON.stringify(feed).length).toBeLessThan(2000);
  });

  it('never follows javascript: or data: links', () => {
    const xml = '<rss version="2.0"><channel><title>t</title><item><title>x</title><link>javascript:alert(1)</link><guid>g</guid></item></channel></rss>';
    expect(parseFeed(Buffer.from(xml)).items[0]!.link).toBeNull();
  });

  it('survives nesting far deeper than any feed', () => {
    const deep = `<rss><channel><title>t</title><item><guid>d</guid><description>${'<b>'.repeat(50_000)}dalam${'</b>'.repeat(50_000)}</description></item></channel></rss>`;
    const feed = parseFeed(Buffer.from(deep));
    expect(feed.items[0]!.summary).toBe('dalam');
  });
});

describe('parseFeed: not a feed', () => {
  it.each([
    ['not-a-feed.html', 'not a feed: the root element is <html>, not rss, rdf:RDF or feed'],
    ['not-a-feed.json', 'not a feed: JSON without a JSON Feed version (https://jsonfeed.org/version/1.1)'],
  ])('rejects %s with a one-line reason', (name, message) => {
    let caught: unknown;
    try {
      read(name);
    } catch (error) {
      caught = error;
    }
    expect(isAppError(caught) && caught.code).toBe('unprocessable');
    expect((caught as Error).message).toBe(message);
  });

  it.each([[''], ['   \n'], ['plain words, no markup'], ['{"version": 3']])('rejects %j', (text) => {
    expect(() => parseFeed(Buffer.from(text))).toThrow(/^not a feed: /);
  });
});
