import { describe, expect, it } from 'vitest';
import { slugifyTitle, uniqueSlug } from './article-slug.js';

describe('article slugs', () => {
  it('makes a slug from an Indonesian title, keeping number marks inside numbers', () => {
    expect(slugifyTitle('Pemprov Jabar Buka 1.200 Lowongan PPPK, Ini Syaratnya!')).toBe('pemprov-jabar-buka-1200-lowongan-pppk-ini-syaratnya');
    expect(slugifyTitle('Inflasi Turun ke 2,5% pada Oktober')).toBe('inflasi-turun-ke-25-pada-oktober');
    expect(slugifyTitle('Café & Résumé: Kerja Sama')).toBe('cafe-dan-resume-kerja-sama');
  });

  it('cuts long titles at a word boundary and returns nothing for titles without letters or digits', () => {
    const slug = slugifyTitle('kata '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slugifyTitle('!!! ???')).toBe('');
  });

  it('appends -2, -3 … until the slug is free', () => {
    expect(uniqueSlug('banjir', new Set())).toBe('banjir');
    expect(uniqueSlug('banjir', new Set(['banjir', 'banjir-2']))).toBe('banjir-3');
    expect(uniqueSlug('a'.repeat(80), new Set(['a'.repeat(80)])).length).toBeLessThanOrEqual(80);
  });
});
