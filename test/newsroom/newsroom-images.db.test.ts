/**
 * Image uploads through the console route (multipart with the CSRF field): accepted by
 * content, stored as resized WebP variants without the original's metadata, and refused —
 * with nothing stored — when the bytes are not an image, when the file is too large, or when
 * the form lacks its CSRF token.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../src/services/newsroom/store-article-image.js';
import { createSession } from '../../src/security/sessions/session-store.js';
import { TestBrowser } from '../helpers/test-browser.js';
import { startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
let writer: TestBrowser;
let articleId: number;

function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer } | null) {
  const boundary = '----humasuji7MA4YWxkTrZu0gW';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function upload(fields: Record<string, string>, file: { name: string; type: string; bytes: Buffer } | null) {
  const body = multipart(fields, file);
  return s.app.inject({
    method: 'POST',
    url: `/console/newsroom/articles/${articleId}/images`,
    headers: { cookie: `humas_session=${writer.cookies.get('humas_session')}`, 'content-type': body.contentType },
    payload: body.payload,
  });
}

async function imageCount(): Promise<number> {
  const { rows } = await s.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM article_images');
  return rows[0]!.n;
}

beforeAll(async () => {
  s = await startStaffServer();
  writer = new TestBrowser(s.app);
  writer.cookies.set('humas_session', await createSession(s.db, s.security.sessions, { userId: s.fixture.users.writerA, stage: 'full', authMethod: 'password' }));
  await writer.get('/console/newsroom/new');
  const res = await writer.post('/console/newsroom/articles', { agencyId: String(s.fixture.agencyA), title: 'Berita bergambar' });
  articleId = Number(/articles\/(\d+)/.exec(res.headers.location as string)![1]);
  await writer.get(`/console/newsroom/articles/${articleId}`);
});
afterAll(async () => s?.close());

describe('article image uploads', () => {
  it('stores resized WebP variants of a JPEG, dropping its EXIF data, and serves them', async () => {
    const jpeg = await sharp({ create: { width: 2000, height: 1000, channels: 3, background: '#ffcc00' } })
      .jpeg()
      .withExif({ IFD0: { Copyright: 'Diskominfo', ImageDescription: 'lokasi rahasia' } })
      .toBuffer();
    const res = await upload({ _csrf: writer.csrf(), alt: 'Kotak kuning' }, { name: 'foto.txt', type: 'text/plain', bytes: jpeg });
    expect(res.statusCode).toBe(201);
    const key = /\/media\/([0-9a-f]{32})\/960/.exec(res.body)![1]!;
    const widths = await s.db.query<{ width: number; height: number; content_type: string }>(
      'SELECT v.width, v.height, v.content_type FROM article_image_variants v JOIN article_images i ON i.id = v.image_id WHERE i.public_key = $1 ORDER BY v.width',
      [key],
    );
    expect(widths.rows).toEqual([
      { width: 480, height: 240, content_type: 'image/webp' },
      { width: 960, height: 480, content_type: 'image/webp' },
      { width: 1600, height: 800, content_type: 'image/webp' },
    ]);
    const served = await s.app.inject(`/media/${key}/1600`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    const audit = await s.db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM audit_log WHERE action = 'article.image_uploaded'`);
    expect(audit.rows[0]!.n).toBe(1);
    // Without JavaScript, "insert at the end of the body" saves a new revision with the image in it.
    const page = await writer.get(`/console/newsroom/articles/${articleId}`);
    expect(page.body).toContain(`/console/newsroom/articles/${articleId}/images/${key}/insert`);
    const inserted = await writer.post(`/console/newsroom/articles/${articleId}/images/${key}/insert`, { revision: '1' });
    expect(inserted.statusCode).toBe(303);
    const { rows } = await s.db.query<{ body_source: string; body_html: string; revision_no: number }>('SELECT body_source, body_html, revision_no FROM articles WHERE id = $1', [articleId]);
    expect(rows[0]).toEqual({ body_source: `![Kotak kuning](/media/${key}/960)`, body_html: `<p><img src="/media/${key}/960" alt="Kotak kuning" /></p>`, revision_no: 2 });
    // The same button on a stale page is refused.
    expect((await writer.post(`/console/newsroom/articles/${articleId}/images/${key}/insert`, { revision: '1' })).statusCode).toBe(409);
    expect((await writer.post(`/console/newsroom/articles/${articleId}/images/${'f'.repeat(32)}/insert`, { revision: '2' })).statusCode).toBe(404);
    await writer.get(`/console/newsroom/articles/${articleId}`);
  });

  it('refuses files that are not images by content, whatever their name says, and stores nothing', async () => {
    const before = await imageCount();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    for (const bytes of [html, svg]) {
      const res = await upload({ _csrf: writer.csrf(), alt: 'x' }, { name: 'foto.png', type: 'image/png', bytes });
      expect(res.statusCode).toBe(422);
      expect(res.body).toContain('its content was checked, not its name');
    }
    // A PNG signature followed by garbage: passes the sniff, fails to decode.
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
    expect((await upload({ _csrf: writer.csrf() }, { name: 'x.png', type: 'image/png', bytes: fake })).statusCode).toBe(422);
    expect((await upload({ _csrf: writer.csrf() }, null)).statusCode).toBe(400);
    expect(await imageCount()).toBe(before);
  });

  it('refuses a file over the size limit and a form without its CSRF token', async () => {
    const before = await imageCount();
    const big = Buffer.concat([await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } }).png().toBuffer(), Buffer.alloc(MAX_IMAGE_BYTES, 0)]);
    const tooBig = await upload({ _csrf: writer.csrf() }, { name: 'besar.png', type: 'image/png', bytes: big });
    expect(tooBig.statusCode).toBe(413);
    const png = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#000' } }).png().toBuffer();
    const noCsrf = await upload({}, { name: 'a.png', type: 'image/png', bytes: png });
    expect(noCsrf.statusCode).toBe(403);
    // Once submitted for review, the writer can no longer add images (reviewers can).
    await s.db.query(`UPDATE articles SET status = 'in_review' WHERE id = $1`, [articleId]);
    const inReview = await upload({ _csrf: writer.csrf() }, { name: 'a.png', type: 'image/png', bytes: png });
    expect(inReview.statusCode).toBe(403);
    await s.db.query(`UPDATE articles SET status = 'approved' WHERE id = $1`, [articleId]);
    const approved = await upload({ _csrf: writer.csrf() }, { name: 'a.png', type: 'image/png', bytes: png });
    expect(approved.statusCode).toBe(409);
    expect(approved.body).toContain('Teks berita berstatus disetujui tidak dapat diubah.');
    expect(await imageCount()).toBe(before);
  });
});
