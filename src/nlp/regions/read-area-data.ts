/**
 * Official provinces and regencies/cities with their Kemendagri codes, read from the
 * `idn-area-data` package (3.1.x; data ODbL, code MIT — see NOTICE). Read once, on first use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type RegionLevel = 'province' | 'regency' | 'city';

export interface Region {
  /** Kemendagri code: '32' (province) or '32.73' (regency/city). */
  code: string;
  /** Display name: 'Jawa Barat', 'Kota Bandung', 'Kabupaten Bandung'. */
  name: string;
  level: RegionLevel;
  /** Name without 'Kota'/'Kabupaten'/'Provinsi', lower-case: 'bandung'. */
  baseName: string;
  provinceCode: string;
}

const UPPER_WORDS = new Set(['DKI', 'DIY']);

function titleCase(name: string): string {
  return name
    .split(' ')
    .map((w) => (UPPER_WORDS.has(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

function readCsvRows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.replace(/\r$/, '').split(','));
}

let cached: Region[] | undefined;

export function getRegions(): Region[] {
  if (cached !== undefined) return cached;
  const dataDir = path.join(path.dirname(createRequire(import.meta.url).resolve('idn-area-data/package.json')), 'data');
  const regions: Region[] = [];
  for (const [code, rawName] of readCsvRows(path.join(dataDir, 'provinces.csv'))) {
    if (code === undefined || rawName === undefined) continue;
    const name = titleCase(rawName);
    const baseName = rawName.toLowerCase().replace(/^(dki|daerah istimewa) /, '');
    regions.push({ code, name, level: 'province', baseName, provinceCode: code });
  }
  for (const [code, provinceCode, rawName] of readCsvRows(path.join(dataDir, 'regencies.csv'))) {
    if (code === undefined || provinceCode === undefined || rawName === undefined) continue;
    const isCity = rawName.startsWith('KOTA ');
    const baseName = rawName.toLowerCase().replace(/^(kota|kabupaten)( administrasi)? /, '');
    regions.push({ code, name: titleCase(rawName.replace(' ADMINISTRASI', '')), level: isCity ? 'city' : 'regency', baseName, provinceCode });
  }
  cached = regions;
  return regions;
}
