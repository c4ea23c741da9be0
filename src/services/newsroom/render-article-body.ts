/**
 * Article bodies: Markdown (marked) rendered to HTML, then cleaned on the server by an
 * allow-list sanitiser (sanitize-html) before anything is stored. The portal prints the
 * stored HTML as is, so this function is what stands between an editor's text and readers.
 *
 * Policy (docs/newsroom.md): only the tags and attributes below; links only http, https,
 * mailto or relative, and absolute ones get rel="noopener nofollow"; images only from our own
 * /media/ addresses (no third-party tracking pixels, no data: URLs); no script, style,
 * iframe, form, event handler or style attribute survives; headings start at h2 because the
 * page's h1 is the title.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { htmlToText } from '../../connectors/feeds/html-text.js';

export interface RenderedBody {
  html: string;
  /** Plain text for search (the `search` tsvector) and feeds. */
  text: string;
}

/** Addresses of our own image variants (see serve-article-image.ts). */
export const MEDIA_PATH = /^\/media\/[0-9a-f]{32}\/[0-9]{2,4}$/;

const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED_TAGS = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'strong', 'em', 'b', 'i', 's', 'del', 'sub', 'sup', 'blockquote', 'ul', 'ol', 'li',
  'a', 'img', 'figure', 'figcaption', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title', 'width', 'height'], ol: ['start'], th: ['scope', 'align'], td: ['align'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: [] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Text inside these is dropped with the tag, not shown as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math'],
  enforceHtmlBoundary: false,
  parseStyleAttributes: false,
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const href = (attribs.href ?? '').replace(/[\u0000-\u0020]/g, '');
      const attrs: Record<string, string> = { ...attribs };
      delete attrs.rel;
      // Absolute links leave the site: the target page gets no handle on ours and no ranking vote.
      // (Other schemes lose their href below, so they get no rel either: cleaning stays idempotent.)
      if (/^https?:/i.test(href)) attrs.rel = 'noopener nofollow';
      return { tagName, attribs: attrs };
    },
  },
  exclusiveFilter: (frame) =>
    (frame.tag === 'img' && !MEDIA_PATH.test(frame.attribs.src ?? '')) ||
    // Raw HTML that was removed leaves the paragraph marked wrapped it in empty.
    (frame.tag === 'p' && !frame.text.trim() && !frame.mediaChildren.length),
};

export function renderArticleBody(markdown: string): RenderedBody {
  const raw = marked.parse(markdown) as string;
  const html = sanitizeHtml(raw, OPTIONS).trim();
  return { html, text: htmlToText(html) };
}

/** Cleans HTML that did not come from Markdown (the same policy; used by tests and imports). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}
