import { describe, expect, it } from 'vitest';
import { computeEngagement, computeReach } from '../../domain/metrics.js';
import { readJsonFixture } from '../shared/read-fixture.js';
import { readMetaPage } from './read-meta-page.js';

describe('readMetaPage', () => {
  it('maps Facebook page posts (reactions, comments, shares, insights) and their inline comments', () => {
    const { batch, next } = readMetaPage(readJsonFixture(import.meta.url, 'page-posts.json'), 'page-posts.json');
    expect(batch.items.map((i) => i.externalId)).toEqual(['104729381200_881920331', '881920331_5501', '104729381200_881920332']);
    const [post, comment, second] = batch.items;
    expect(post).toMatchObject({ platform: 'facebook', url: 'https://www.facebook.com/104729381200/posts/881920331', author: { name: 'Pemprov Contoh' } });
    expect(post!.metrics).toEqual({ likes: 1520, replies: 96, shares: 210, views: 48210 });
    expect(computeReach(post!)).toBe(48210);
    expect(computeEngagement(post!)).toBe(1520 + 96 + 210);
    expect(comment!.metrics).toEqual({ likes: 4, replies: 1, shares: 0, views: null });
    expect(computeReach(second!)).toBe(250000);
    expect(post!.publishedAt.toISOString()).toBe('2026-11-27T02:00:00.000Z');
    expect(next).toBe('https://graph.facebook.com/v21.0/104729381200/posts?fields=id%2Cmessage&limit=4&after=QVFIUmFmdGVy');
  });

  it('skips a story without message and a record with a bad date, saying why', () => {
    const { batch } = readMetaPage(readJsonFixture(import.meta.url, 'page-posts.json'), 'p.json');
    expect(batch.rejected).toEqual([
      { at: 'p.json data[2]', reason: 'no message, caption or text' },
      { at: 'p.json data[3]', reason: 'created_time: missing or not a date' },
    ]);
  });

  it('maps post comments and rejects a negative like count', () => {
    const { batch, next } = readMetaPage(readJsonFixture(import.meta.url, 'post-comments.json'), 'c.json');
    expect(batch.items.map((i) => [i.externalId, i.metrics.likes, i.metrics.replies])).toEqual([
      ['881920331_5502', 11, 0],
      ['881920331_5503', 27, 3],
    ]);
    expect(batch.items[1]!.url).toBe('https://www.facebook.com/881920331_5503');
    expect(batch.rejected).toHaveLength(1);
    expect(batch.rejected[0]!.reason).toMatch(/^like_count: /);
    expect(next).toBeNull();
  });

  it('maps Instagram media (views and saves from insights) and comments', () => {
    const { batch } = readMetaPage(readJsonFixture(import.meta.url, 'instagram-media.json'), 'ig.json');
    const [media, comment] = batch.items;
    expect(media).toMatchObject({ platform: 'instagram', author: { handle: 'polres_contoh' }, url: 'https://www.instagram.com/p/DCxAmPlE01/' });
    expect(media!.metrics).toEqual({ likes: 842, replies: 31, shares: 0, views: 12040, saves: 57 });
    expect(computeEngagement(media!)).toBe(842 + 31 + 57);
    expect(comment).toMatchObject({ platform: 'instagram', url: null, author: { handle: 'warga.sekitar' }, metrics: { likes: 2, replies: 0 } });
  });

  it('refuses a document without data', () => {
    expect(() => readMetaPage({ error: { message: 'Invalid OAuth access token' } }, 'e.json')).toThrow('not a Meta Graph API list response');
  });
});
