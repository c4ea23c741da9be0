import { describe, expect, it } from 'vitest';
import { computeEngagement, computeReach } from '../../domain/metrics.js';
import { readJsonFixture } from '../shared/read-fixture.js';
import { readXPage } from './read-x-page.js';

describe('readXPage', () => {
  const { batch, next } = readXPage(readJsonFixture(import.meta.url, 'search-recent.json'), 'search-recent.json');

  it('joins posts to includes.users and maps public_metrics', () => {
    expect(batch.items).toHaveLength(3);
    const first = batch.items[0]!;
    expect(first).toMatchObject({
      platform: 'x',
      externalId: '1861234567890123456',
      url: 'https://x.com/warga_bdg/status/1861234567890123456',
      author: { handle: 'warga_bdg', name: 'Warga Bandung', followers: 830, type: 'unknown' },
      metrics: { likes: 140, replies: 3, shares: 12, quotes: 2, saves: 5, views: 8210 },
      lang: 'id',
    });
    expect(first.publishedAt.toISOString()).toBe('2026-11-27T07:05:00.000Z');
  });

  it('uses impressions as reach when present, else followers, and sums all interactions as engagement', () => {
    const [withViews, withoutViews, gov] = batch.items;
    expect(computeReach(withViews!)).toBe(8210);
    expect(computeEngagement(withViews!)).toBe(140 + 3 + 12 + 2 + 5);
    expect(computeReach(withoutViews!)).toBe(15200);
    expect(gov!.author.type).toBe('government');
  });

  it('prefers the full note_tweet text over the truncated text', () => {
    expect(batch.items[1]!.text).toMatch(/Mohon perhatiannya\.$/);
  });

  it('reports bad records with position and reason, and skips them', () => {
    expect(batch.rejected).toEqual([
      { at: 'search-recent.json data[3]', reason: expect.stringMatching(/^public_metrics\.retweet_count: /) },
      { at: 'search-recent.json data[4]', reason: expect.stringMatching(/^id: /) },
    ]);
  });

  it('returns the next_token for paging', () => {
    expect(next).toBe('b26v89c19zqg8o3fr5');
  });

  it('reads a single-post lookup whose data is an object', () => {
    const single = readXPage(readJsonFixture(import.meta.url, 'post-lookup.json'), 'post-lookup.json');
    expect(single.batch.items.map((i) => i.externalId)).toEqual(['1861234567890129999']);
    expect(single.batch.items[0]!.metrics.views).toBeNull();
    expect(single.next).toBeNull();
  });

  it('refuses a document that is not an X response', () => {
    expect(() => readXPage({ items: [] }, 'x.json')).toThrow('x.json: not an X API v2 response');
  });
});
