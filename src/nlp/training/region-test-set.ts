/**
 * The region-extraction test set: hand-written sentences (ambiguous names, everyday words that
 * are also place names, islands) plus sentences built from hand-written templates over every
 * 7th official region, in the qualified forms news and posts use. Fixed and deterministic.
 */
import { readFileSync } from 'node:fs';
import { getRegions } from '../regions/read-area-data.js';

export interface RegionExample {
  text: string;
  codes: string[];
  source: 'handwritten' | 'templated';
}

const TEMPLATES = [
  'Warga mengeluhkan jalan rusak di {place}.',
  '{place} menyalurkan bantuan beras kepada warga terdampak banjir.',
  'Antrean bansos di {place} mengular sejak subuh',
  'Terima kasih {place} atas respons cepatnya!',
  'Harga cabai di {place} naik dua kali lipat minggu ini.',
];
const FORMS = {
  province: ['Provinsi {name}', 'Pemprov {name}', 'Gubernur {name}'],
  regency: ['Kabupaten {name}', 'Kab. {name}', 'Pemkab {name}', 'Bupati {name}'],
  city: ['Kota {name}', 'Pemkot {name}', 'Wali Kota {name}'],
} as const;

function display(baseName: string): string {
  return baseName.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

export function getRegionTestSet(): RegionExample[] {
  const handwritten: RegionExample[] = readFileSync(new URL('../regions/data/region-test-handwritten.tsv', import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const [codes = '-', text = ''] = line.split('\t');
      return { text, codes: codes === '-' ? [] : codes.split(','), source: 'handwritten' as const };
    });
  const templated: RegionExample[] = [];
  getRegions().forEach((r, i) => {
    if (i % 4 !== 0) return;
    const forms = FORMS[r.level];
    const form = forms[i % forms.length] as string;
    const template = TEMPLATES[i % TEMPLATES.length] as string;
    templated.push({ text: template.replace('{place}', form.replace('{name}', display(r.baseName))), codes: [r.code], source: 'templated' });
  });
  return [...handwritten, ...templated];
}
