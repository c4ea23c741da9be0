/**
 * The normalize stage's text clean-up: Unicode NFKC (full-width digits and letters, ligatures
 * become plain), invisible and control characters dropped, whitespace collapsed, links
 * stripped of tracking parameters. Pure, never throws, idempotent.
 */

export const NORMALIZE_VERSION = 'n1';

// Controls (keeping none: whitespace is rebuilt below), zero-width space/non-joiner, BOM,
// word joiner, soft hyphen, bidi overrides. ZWJ stays: emoji sequences need it.
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
// Half a surrogate pair cannot be stored as UTF-8; it becomes U+FFFD.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const URL = /\bhttps?:\/\/[^\s<>"]+/gi;
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|igshid|si|mc_[a-z]+|ref_src)$/i;

export function normalizeText(input: string): string {
  let text = input.replace(LONE_SURROGATE, '\ufffd').normalize('NFKC').replace(INVISIBLE, '');
  text = text.replace(/\s+/gu, ' ').trim();
  if (text.includes('://')) text = text.replace(URL, (url) => canonicalUrl(url));
  return text;
}

/** Lower-cases scheme and host and drops tracking parameters; anything unparsable stays as is. */
function canonicalUrl(raw: string): string {
  const trail = /[.,;:!?)\]]+$/.exec(raw)?.[0] ?? '';
  const body = trail ? raw.slice(0, -trail.length) : raw;
  let url: URL;
  try {
    url = new globalThis.URL(body);
  } catch {
    return raw;
  }
  const kept = [...url.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  if (kept.length === [...url.searchParams].length && body.startsWith(`${url.protocol}//${url.host}`)) return raw;
  const query = kept.length > 0 ? `?${new URLSearchParams(kept).toString()}` : '';
  const path = url.pathname === '/' && !/^[a-z]+:\/\/[^/]+\//i.test(body) ? '' : url.pathname;
  return `${url.protocol}//${url.host}${path}${query}${url.hash}${trail}`;
}
