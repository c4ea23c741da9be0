import { describe, expect, it } from 'vitest';
import { computeEngagement, computeReach } from '../../domain/metrics.js';
import { readJsonFixture } from '../shared/read-fixture.js';
import { readTiktokPage } from './read-tiktok-page.js';

describe('readTiktokPage', () => {
  it('maps videos with exact 64-bit ids, views as reach and favourites as saves', () => {
    const { batch, next } = readTiktokPage(readJsonFixture(import.meta.url, 'video-query.json'), 'v.json');
    expect(batch.items.map((i) => i.externalId)).toEqual(['7441234567890123456', '7441234567890123457']);
    const video = batch.items[0]!;
    expect(video).toMatchObject({
      platform: 'tiktok',
      url: 'https://www.tiktok.com/@dinsos.contoh/video/7441234567890123456',
      author: { handle: 'dinsos.contoh' },
      metrics: { likes: 15400, replies: 820, shares: 3100, views: 402000, saves: 960 },
    });
    expect(video.publishedAt.toISOString()).toBe('2026-11-27T07:05:00.000Z');
    expect(computeReach(video)).toBe(402000);
    expect(computeEngagement(video)).toBe(15400 + 820 + 3100 + 960);
    expect(batch.items[1]!.text).toBe('halo warga, posyandu buka jam delapan pagi');
    expect(batch.rejected).toEqual([{ at: 'v.json data.videos[2]', reason: expect.stringMatching(/^id: /) }]);
    expect(next).toBe('100');
  });

  it('maps comments and rejects one without text', () => {
    const { batch, next } = readTiktokPage(readJsonFixture(import.meta.url, 'video-comments.json'), 'c.json');
    expect(batch.items.map((i) => [i.externalId, i.metrics.likes, i.metrics.replies])).toEqual([
      ['comment:7441239999000000001', 120, 4],
      ['comment:7441239999000000002', 33, 0],
    ]);
    expect(batch.rejected.map((r) => r.reason)).toEqual([expect.stringMatching(/^text: /)]);
    expect(next).toBeNull();
  });

  it('refuses an error response', () => {
    const error = { data: { videos: [] }, error: { code: 'access_token_invalid', message: 'token expired' } };
    expect(() => readTiktokPage(error, 'e.json')).toThrow('error.code access_token_invalid');
  });
});
