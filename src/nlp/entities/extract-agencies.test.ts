import { describe, expect, it } from 'vitest';
import { createAgencyExtractor, extractAgencies } from './extract-agencies.js';

const ids = (text: string) => extractAgencies(text).map((a) => a.id);

describe('extractAgencies', () => {
  it('maps names, abbreviations and minister titles to one agency code', () => {
    expect(ids('Menkes bilang Kementerian Kesehatan dan Kemenkes siap')).toEqual(['kemenkes']);
  });
  it('maps the former name Kominfo to Komdigi', () => {
    expect(ids('situsnya diblokir Kominfo')).toEqual(['komdigi']);
  });
  it('identifies regional governments by region code', () => {
    expect(extractAgencies('Pemkot Bandung menjawab')).toEqual([{ id: '32.73', name: 'Pemerintah Kota Bandung' }]);
  });
  it('does not read lower-case everyday words as abbreviations', () => {
    expect(ids('bi inah ke pasar')).toEqual([]);
    expect(ids('Kata BI suku bunga tetap')).toEqual(['bi']);
  });
  it('maps deployment-configured officials to their agency', () => {
    const extract = createAgencyExtractor({ officials: [{ alias: 'Budi Santoso', agencyCode: 'kemensos' }] });
    expect(extract('Budi Santoso meninjau dapur umum').map((a) => a.id)).toEqual(['kemensos']);
  });
});
