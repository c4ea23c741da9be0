/**
 * Plain text out of the HTML that feeds put in titles and summaries: tags dropped, scripts and
 * styles skipped, entities (named HTML ones too, declared or not) decoded, whitespace collapsed.
 */
import { decodeHTML, DecodingMode } from 'entities';
import { Parser } from 'htmlparser2';

const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
const BLOCKS = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'figure', 'figcaption', 'hr', 'table']);

/** Decodes character references the way a lenient reader must: every HTML5 name, semicolon required. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text, DecodingMode.Strict) : text;
}

export function collapseWhitespace(text: string): string {
  // Control characters other than tab/newline are never meaningful in feed text.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

export function htmlToText(html: string): string {
  if (!html.includes('<')) return collapseWhitespace(decodeEntities(html));
  let out = '';
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipDepth++;
        else if (BLOCKS.has(name)) out += ' ';
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipDepth = Math.max(0, skipDepth - 1);
        else if (BLOCKS.has(name)) out += ' ';
      },
      ontext(text) {
        if (skipDepth === 0) out += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return collapseWhitespace(out);
}
