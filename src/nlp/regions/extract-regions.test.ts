import { describe, expect, it } from 'vitest';
import { evaluateRegions } from '../training/evaluate-regions.js';
import { getRegionTestSet } from '../training/region-test-set.js';
import { extractRegions } from './extract-regions.js';

const codes = (text: string) => extractRegions(text).map((r) => r.code);

describe('extractRegions', () => {
  it('tells Kota Bandung from Kabupaten Bandung and Bandung Barat', () => {
    expect(codes('Kota Bandung dan Kabupaten Bandung')).toEqual(['32.73', '32.04']);
    expect(codes('Bupati Bandung Barat')).toEqual(['32.17']);
  });
  it('reads a bare shared name as the city', () => {
    expect(extractRegions('Bandung macet lagi')).toEqual([{ code: '32.73', name: 'Kota Bandung', level: 'city' }]);
  });
  it('maps government aliases and province abbreviations', () => {
    expect(codes('Pemprov Jabar dan Pemkab Bogor')).toEqual(['32', '32.01']);
  });
  it('never reads the island "Jawa" as a region', () => {
    expect(codes('cuaca panas di pulau Jawa')).toEqual([]);
  });
  it('ignores place names used as everyday words in lower case', () => {
    expect(codes('nasib malang, tertimpa batu')).toEqual([]);
    expect(codes('Warga Malang protes')).toEqual(['35.73']);
  });
  it('reads a sentence-initial everyday word as the word when the next word says so', () => {
    expect(codes('Batu besar menutup jalan.')).toEqual([]);
    expect(codes('Medan perang itu kini sunyi.')).toEqual([]);
    expect(codes('Banjir lagi. Malang benar nasib warga.')).toEqual([]);
    expect(codes('Malang diguyur hujan deras sejak sore.')).toEqual(['35.73']);
  });
  it('reads "Roh Kudus" as the Holy Spirit, not the regency', () => {
    expect(codes('Kami berdoa kepada Roh Kudus.')).toEqual([]);
    expect(codes('Warga Kudus menggelar dandangan.')).toEqual(['33.19']);
  });
  it('keeps precision and recall on the labelled set at 0.95 or more', () => {
    const set = getRegionTestSet();
    expect(set.length).toBeGreaterThanOrEqual(200);
    const scores = evaluateRegions(set);
    expect(scores.precision).toBeGreaterThanOrEqual(0.95);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
  });
});
