/**
 * Which region codes can open a NIK or KK number: the Kemendagri regency/city codes shipped in
 * idn-area-data, plus the Papua codes in use before the 2022 split (older cards keep them).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function loadRegencyCodes(): Set<string> {
  const csv = fs.readFileSync(require.resolve('idn-area-data/data/regencies.csv'), 'utf8');
  const codes = new Set<string>();
  for (const line of csv.split('\n').slice(1)) {
    const code = line.split(',')[0]?.trim();
    if (code && /^\d{2}\.\d{2}$/.test(code)) codes.add(code.replace('.', ''));
  }
  // Papua (91) and Papua Barat (92) before their regencies moved to the new provinces.
  for (let n = 1; n <= 29; n++) codes.add(`91${String(n).padStart(2, '0')}`);
  for (let n = 1; n <= 12; n++) codes.add(`92${String(n).padStart(2, '0')}`);
  codes.add('9171');
  codes.add('9271');
  return codes;
}

const REGENCY_CODES = loadRegencyCodes();

/** True when the first four digits name a regency or city (province + regency code). */
export function isKnownRegencyCode(fourDigits: string): boolean {
  return REGENCY_CODES.has(fourDigits);
}

/** Every known four-digit regency code (the test corpus draws real ones from here). */
export function listRegencyCodes(): string[] {
  return [...REGENCY_CODES].sort();
}
