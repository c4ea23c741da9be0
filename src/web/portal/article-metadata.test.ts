import { describe, expect, it } from 'vitest';
import { serializeJsonForHtml } from './article-metadata.js';
import { SHARE_CHANNELS, shareTarget } from './share-links.js';

describe('serializeJsonForHtml', () => {
  it('leaves no character that could end the script element or start markup, and still parses to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> & <!-- \u2028\u2029', n: 1 };
    const text = serializeJsonForHtml(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('shareTarget', () => {
  it('sends every channel to its platform’s fixed host with the article address encoded', () => {
    const url = 'https://humas.example.go.id/berita/kemenkes/a?b=1&c=2';
    const hosts = SHARE_CHANNELS.map((c) => new URL(shareTarget(c, url, 'Judul & "kutipan"')).host);
    expect(hosts).toEqual(['wa.me', 'x.com', 'www.facebook.com', 't.me', 'www.linkedin.com']);
    for (const c of SHARE_CHANNELS) {
      const target = new URL(shareTarget(c, url, 'Judul & "kutipan"'));
      expect([...target.searchParams.values()].join(' ')).toContain(url);
    }
  });
});
