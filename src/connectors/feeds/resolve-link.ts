/** Resolves feed links to absolute http(s) URLs through the xml:base chain and the feed's own URL. */

export function resolveLink(href: string | null | undefined, bases: readonly (string | null | undefined)[]): string | null {
  if (href === null || href === undefined) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.length > 4096) return null;
  let base: URL | undefined;
  for (const candidate of bases) {
    if (!candidate) continue;
    base = tryUrl(candidate.trim(), base) ?? base;
  }
  const url = tryUrl(trimmed, base);
  // Only web links leave the parser: javascript:, data: and file: links are dropped.
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

export function isAbsoluteHttpUrl(value: string | null | undefined): value is string {
  return resolveLink(value, []) !== null;
}

function tryUrl(value: string, base: URL | undefined): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}
