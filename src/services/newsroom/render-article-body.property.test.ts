/**
 * Properties of the sanitiser over random mixes of Markdown and hostile HTML fragments: the
 * output is a fixed point (cleaning it again changes nothing — malformed output would not
 * be), and it never contains a script-capable tag, an event handler or a script URL.
 */
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { renderArticleBody, sanitizeArticleHtml } from './render-article-body.js';

const FRAGMENTS = [
  '# Judul', '##### kecil', '**tebal**', '_miring_', '[tautan](https://go.id/a)', '[js](javascript:alert(1))', '<a href="jav&#x61;script:x">e</a>',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<iframe src=//x>', '<h1>besar</h1>', '<h6>h6</h6>',
  '<p style="x" onclick="y">p</p>', '</a>', '<a href="/lokal">', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '`<b>kode</b>`', '```\n<script>\n```', '- butir', '> kutipan', '| a | b |\n|---|---|\n| 1 | 2 |',
  '![g](/media/0123456789abcdef0123456789abcdef/960)', '<img src="data:image/png;base64,AA">', '<!-- komentar -->', '<![CDATA[x]]>', '&lt;script&gt;', '<a href="mailto:a@b.c">m</a>',
  '<details open ontoggle=alert(1)>', '<form action=x><button formaction=javascript:alert(1)>b</button></form>', '<style>*{}</style>', '\u0000', '\n\n',
];

/** Tags and attributes as a browser-like parser reads them (text that merely looks like markup does not count). */
function dangers(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attribs) {
      if (['script', 'iframe', 'svg', 'math', 'style', 'form', 'object', 'embed', 'details', 'noscript'].includes(name)) found.push(name);
      for (const [attr, value] of Object.entries(attribs)) {
        if (attr.startsWith('on') || attr === 'style' || attr === 'formaction') found.push(`${name}[${attr}]`);
        if (/^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`${name}[${attr}=${value}]`);
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return found;
}

describe('sanitiser properties', () => {
  it('has a detector that sees handlers, script URLs and script tags', () => {
    expect(dangers('<img src=x onerror=a><a href="jav&#x61;script:x">a</a><svg></svg><p>onclick=x</p>')).toEqual(['img[onerror]', 'a[href=javascript:x]', 'svg']);
  });

  it('produces a fixed point with no script-capable markup, whatever is mixed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }), fc.array(fc.constantFrom(' ', '\n', '\n\n', ''), { maxLength: 12 }), (parts, glue) => {
        const source = parts.map((p, i) => p + (glue[i] ?? ' ')).join('');
        const { html } = renderArticleBody(source);
        expect(sanitizeArticleHtml(html)).toBe(html);
        expect(dangers(html)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
