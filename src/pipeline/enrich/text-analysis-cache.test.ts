import { describe, expect, it } from 'vitest';
import { analyzeText, type TextAnalysis } from '../process-raw-mention.js';
import { unscoredEnricher } from './enricher.js';
import { TextAnalysisCache } from './text-analysis-cache.js';

const analyze = (text: string, title: string | null = null, lang: string | null = null) => () => analyzeText(text, title, lang, unscoredEnricher);

describe('TextAnalysisCache', () => {
  it('reuses the analysis of an exact copy and gives what analysing it again would', () => {
    const cache = new TextAnalysisCache();
    const text = 'NIK saya 3273015208900001, bansos belum cair #BansosCair';
    const first = cache.get(text, null, 'id', analyze(text, null, 'id'));
    const second = cache.get(text, null, 'id', () => {
      throw new Error('analysed twice');
    });
    expect(second).toBe(first);
    expect(second).toEqual(analyzeText(text, null, 'id', unscoredEnricher));
    expect(second.text).not.toContain('3273015208900001');
    expect([cache.hits, cache.misses]).toEqual([1, 1]);
  });

  it('tells apart language tag, title and text, including null and empty', () => {
    const cache = new TextAnalysisCache();
    const seen = new Set<TextAnalysis>();
    for (const [text, title, lang] of [
      ['ab', null, null], ['ab', '', null], ['b', 'a', null], ['ab', null, ''], ['b', null, 'a'], ['ab', null, 'id'],
    ] as const) {
      seen.add(cache.get(text, title, lang, analyze(text, title, lang)));
    }
    expect(seen.size).toBe(6);
    expect(cache.hits).toBe(0);
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new TextAnalysisCache(2);
    cache.get('satu', null, null, analyze('satu'));
    cache.get('dua', null, null, analyze('dua'));
    cache.get('satu', null, null, analyze('satu'));
    cache.get('tiga', null, null, analyze('tiga'));
    expect(cache.hits).toBe(1);
    cache.get('satu', null, null, analyze('satu'));
    cache.get('dua', null, null, analyze('dua'));
    expect([cache.hits, cache.misses]).toEqual([2, 4]);
  });

  it('does not keep very long texts', () => {
    const cache = new TextAnalysisCache();
    const long = 'kata '.repeat(2000);
    cache.get(long, null, null, analyze(long));
    cache.get(long, null, null, analyze(long));
    expect([cache.hits, cache.misses]).toEqual([0, 2]);
  });
});
