/**
 * Turns what people type for a region — a Kemendagri code ('32', '32.73') or a name slug
 * ('jawa-barat', 'kota-bandung', 'kabupaten-bandung') — into its code; null when unknown.
 */
import { getRegions } from '../../nlp/regions/read-area-data.js';

let bySlug: Map<string, string> | undefined;

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function resolveRegionCode(value: string): string | null {
  const v = value.trim().toLowerCase();
  const regions = getRegions();
  if (/^\d{2}(\.\d{2})?$/.test(v)) return regions.some((r) => r.code === v) ? v : null;
  if (!bySlug) {
    bySlug = new Map();
    for (const r of regions) {
      bySlug.set(slugify(r.name), r.code);
      // Provinces are also called by their short name ('jakarta', 'yogyakarta').
      if (r.level === 'province' && !bySlug.has(slugify(r.baseName))) bySlug.set(slugify(r.baseName), r.code);
    }
  }
  return bySlug.get(slugify(v)) ?? null;
}

/** Display name of a region code ('32' → 'Jawa Barat'); the code itself when unknown. */
export function regionName(code: string): string {
  return getRegions().find((r) => r.code === code)?.name ?? code;
}
