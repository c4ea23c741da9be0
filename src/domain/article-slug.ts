/**
 * Article slugs: the last part of the portal address (/berita/<agency>/<slug>), made from the
 * title, unique within an agency, and fixed once the article is first published so links
 * people shared keep working.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

/**
 * "Pemprov Jabar Buka 1.200 Lowongan PPPK, Ini Syaratnya!" → "pemprov-jabar-buka-1200-lowongan-pppk-ini-syaratnya".
 * Accents are folded (é → e); a dot or comma between digits is a thousands or decimal mark, not a break.
 * Cut at a word boundary; empty when the title has no letter or digit.
 */
export function slugifyTitle(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const folded = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d)[.,](?=\d)/g, '$1')
    .replace(/&/g, ' dan ');
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) {
      if (!slug) slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug;
}

/** The first of slug, slug-2, slug-3, … that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
