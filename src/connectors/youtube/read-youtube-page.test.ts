import { describe, expect, it } from 'vitest';
import { computeEngagement, computeReach } from '../../domain/metrics.js';
import { readJsonFixture } from '../shared/read-fixture.js';
import { readYoutubePage } from './read-youtube-page.js';

describe('readYoutubePage', () => {
  const { batch, next } = readYoutubePage(readJsonFixture(import.meta.url, 'comment-threads.json'), 'ct.json');

  it('maps top-level comments and included replies with links to the comment', () => {
    expect(batch.items.map((i) => i.externalId)).toEqual([
      'UgzQ2nq3rV5d0Yl8w7p4AaABAg',
      'UgzQ2nq3rV5d0Yl8w7p4AaABAg.9zX1reply01',
      'UgyA1b2C3d4E5f6G7h8i9j',
    ]);
    const top = batch.items[0]!;
    expect(top).toMatchObject({
      platform: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&lc=UgzQ2nq3rV5d0Yl8w7p4AaABAg',
      author: { handle: 'warga_kota', name: '@warga_kota', followers: null },
      text: 'Mantap pak wali, lanjutkan perbaikan trotoarnya & taman kota!\n👍',
      metrics: { likes: 58, replies: 2, shares: 0, views: null },
    });
    expect(computeReach(top)).toBe(0);
    expect(computeEngagement(top)).toBe(60);
    expect(batch.items[1]!.author).toMatchObject({ handle: null, name: 'Budi Santoso' });
  });

  it('falls back to textDisplay as plain text when textOriginal is absent', () => {
    expect(batch.items[2]!.text).toBe('Kapan "jalan" di RW 05 diperbaiki?');
  });

  it('rejects a comment without publishedAt and returns the next page token', () => {
    expect(batch.rejected).toEqual([{ at: 'ct.json items[2].snippet.topLevelComment', reason: expect.stringMatching(/^snippet\.publishedAt: /) }]);
    expect(next).toBe('QURTSl9pM2ZYMm5GQ3FsQ0F3');
  });
});
