import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUTHOR_TYPES, PLATFORMS, type RawMention } from '../domain/mention.js';
import { estimateSimilarity, minhashSignature } from './dedupe/minhash.js';
import { unscoredEnricher } from './enrich/enricher.js';
import { createIssueMatcher } from './enrich/issue-matcher.js';
import { extractSignals } from './normalize/extract-signals.js';
import { normalizeText } from './normalize/normalize-text.js';
import { processRawMention, type ProcessContext } from './process-raw-mention.js';

const ctx: ProcessContext = {
  enricher: unscoredEnricher,
  matchIssue: createIssueMatcher([
    { id: 1, keywords: ['bansos', 'bantuan sosial', '#bansoscair'] },
    { id: 2, keywords: ['banjir', 'genangan'] },
  ]),
  agencyIdOf: () => null,
};

const arbitraryRaw: fc.Arbitrary<RawMention> = fc.record({
  platform: fc.constantFrom(...PLATFORMS),
  externalId: fc.string({ minLength: 1 }),
  url: fc.option(fc.webUrl(), { nil: null }),
  publishedAt: fc.date({ min: new Date('2001-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
  author: fc.record({
    handle: fc.option(fc.string(), { nil: null }),
    name: fc.option(fc.string(), { nil: null }),
    followers: fc.option(fc.nat(), { nil: null }),
    type: fc.constantFrom(...AUTHOR_TYPES),
  }),
  title: fc.option(fc.string({ unit: 'binary' }), { nil: null }),
  text: fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constant('NIK 3273015208900001 #BansosCair @kemensos 😡 https://x.com/a?utm_source=b')),
  metrics: fc.record({ likes: fc.nat(), replies: fc.nat(), shares: fc.nat(), views: fc.option(fc.nat(), { nil: null }) }),
  lang: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
});

describe('pipeline stages', () => {
  it('normalize never throws and is idempotent on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(/[\u0000\n\t]/);
      }),
      { numRuns: 3000 },
    );
  });

  it('processes any raw item without throwing, deterministically, and never stores a planted NIK', () => {
    fc.assert(
      fc.property(arbitraryRaw, (raw) => {
        const a = processRawMention(raw, 7, null, ctx);
        const b = processRawMention(raw, 7, null, ctx);
        expect(a).toEqual(b);
        expect(a.text).not.toContain('3273015208900001');
        expect(a.sentiment).toBeNull();
        expect(a.modelVersion).toBe('none');
      }),
      { numRuns: 1500 },
    );
  });

  it('extracts hashtags, handles, links and emoji, keeping emoji in the text', () => {
    const text = normalizeText('Ｈａｌｏ\u200b  @Kemensos_RI #BansosCair 😡 🇮🇩 lihat https://Example.COM/a?utm_source=x&id=3. email [EMAIL]');
    expect(text).toBe('Halo @Kemensos_RI #BansosCair 😡 🇮🇩 lihat https://example.com/a?id=3. email [EMAIL]');
    expect(extractSignals(text)).toEqual({ links: ['https://example.com/a?id=3'], handles: ['kemensos_ri'], hashtags: ['bansoscair'], emojis: ['😡', '🇮🇩'] });
  });

  it('assigns the issue with the most distinct keyword hits, phrases and hashtags included', () => {
    expect(ctx.matchIssue('bantuan sosial belum cair, bansos mana', [])).toBe(1);
    expect(ctx.matchIssue('genangan di mana mana', ['bansoscair'])).toBe(1);
    expect(ctx.matchIssue('banjir dan genangan', [])).toBe(2);
    expect(ctx.matchIssue('cuaca cerah', [])).toBeNull();
  });

  it('gives copies of one post a high MinHash similarity and unrelated posts a low one', () => {
    const base = 'Rakyat sudah susah, harga BBM malah dinaikkan. Kami menolak kenaikan harga Pertalite dan menuntut pemerintah membatalkan kebijakan ini';
    const a = minhashSignature(`RT ${base} #TolakKenaikanBBM 😡`)!;
    const b = minhashSignature(`Setuju! ${base} #BBMNaik`)!;
    const c = minhashSignature('jalan di depan rumah saya rusak parah sudah tiga bulan tidak ada perbaikan dari dinas')!;
    expect(estimateSimilarity(a, b)).toBeGreaterThan(0.7);
    expect(estimateSimilarity(a, c)).toBeLessThan(0.2);
    expect(minhashSignature('mantap 👍')).toBeNull();
  });
});
