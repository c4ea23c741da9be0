import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { humasScript } from '../../../test/helpers/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = (name: string) => path.join(root, 'src/connectors/feeds/fixtures', name);

function humas(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [humasScript(), ...args], { cwd: root, timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('humas feed parse', { timeout: 30_000 }, () => {
  it('prints the feed as JSON with ISO dates, absolute links and bozo fields, exit 0', async () => {
    const { code, stdout, stderr } = await humas(['feed', 'parse', fixture('rss20.xml')]);
    expect([code, stderr]).toEqual([0, '']);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['version', 'title', 'link', 'bozo', 'bozo_reason', 'items']);
    expect(out.items[0]).toEqual({
      id: 'komdigi-berita-88121',
      title: 'Komdigi luruskan [HOAKS] bantuan kuota gratis',
      link: 'https://komdigi.example.go.id/berita/hoaks-kuota-gratis',
      published: '2026-11-27T07:05:00Z',
      author: 'Tim Humas',
      summary: 'Beredar pesan berantai tentang bantuan kuota gratis. Pesan itu tidak benar.',
    });
  });

  it('exits 0 with bozo true and the reason for a recoverable feed', async () => {
    const { code, stdout } = await humas(['feed', 'parse', fixture('rss20-unclosed.xml')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ bozo: true, bozo_reason: 'line 4, column 29: "&" that is not an entity reference' });
  });

  it('exits 1 with one line and no stack trace for input that is not a feed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-feed-'));
    const binary = path.join(dir, 'random.bin');
    fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const results = await Promise.all([humas(['feed', 'parse', fixture('not-a-feed.html')]), humas(['feed', 'parse', binary])]);
    for (const { code, stdout, stderr } of results) {
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
    }
    expect(results[0]!.stderr).toBe('humas: not a feed: the root element is <html>, not rss, rdf:RDF or feed\n');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
