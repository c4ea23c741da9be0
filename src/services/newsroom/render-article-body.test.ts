import { describe, expect, it } from 'vitest';
import { renderArticleBody, sanitizeArticleHtml } from './render-article-body.js';

const KEY = '0123456789abcdef0123456789abcdef';

describe('article body rendering and sanitising', () => {
  it('renders Markdown, starting headings at h2 and keeping safe formatting', () => {
    const { html, text } = renderArticleBody('# Judul\n\nHalo **dunia** dan _kota_.\n\n- satu\n- dua');
    expect(html).toBe('<h2>Judul</h2>\n<p>Halo <strong>dunia</strong> dan <em>kota</em>.</p>\n<ul>\n<li>satu</li>\n<li>dua</li>\n</ul>');
    expect(text).toBe('Judul Halo dunia dan kota. satu dua');
  });

  it('removes scripts, event handlers, styles, iframes, SVG and forms', () => {
    const html = sanitizeArticleHtml(
      '<script>alert(1)</script><img src=x onerror=alert(1)><svg onload=alert(1)></svg><iframe src="https://x.test"></iframe><p style="color:red" onclick="x()">teks</p><form><input></form><style>p{}</style>',
    );
    expect(html).toBe('<p>teks</p>');
  });

  it('allows only http, https, mailto and relative links, and marks absolute ones rel="noopener nofollow"', () => {
    const html = sanitizeArticleHtml(
      '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt:alert(1)">b</a><a href="jav&#x61;script:alert(1)">c</a><a href="data:text/html,x">d</a><a href="//evil.test">e</a><a href="https://go.id/x" rel="opener">f</a><a href="mailto:humas@go.id">g</a><a href="/berita">h</a>',
    );
    expect(html).not.toMatch(/javascript|data:|evil\.test/i);
    expect(html).toContain('<a href="https://go.id/x" rel="noopener nofollow">f</a>');
    expect(html).toContain('<a href="mailto:humas@go.id">g</a>');
    expect(html).toContain('<a href="/berita">h</a>');
  });

  it('keeps images only from our own /media/ addresses', () => {
    const { html } = renderArticleBody(`![foto](/media/${KEY}/960)\n\n![luar](https://tracker.test/p.png)\n\n<img src="data:image/png;base64,AAAA">`);
    expect(html).toBe(`<p><img src="/media/${KEY}/960" alt="foto" /></p>`);
  });

  it('shows code as text', () => {
    expect(renderArticleBody('```\n<script>x</script>\n```').html).toBe('<pre><code>&lt;script&gt;x&lt;/script&gt;\n</code></pre>');
  });
});
