import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../domain/mention.js';
import { PLANTED_CAMPAIGNS } from './demo-campaigns.js';
import { generateDemoMentions } from './generate-demo-mentions.js';

const end = new Date('2026-11-28T00:00:00Z');

describe('generateDemoMentions', () => {
  it('produces the same items for the same options', () => {
    const a = [...generateDemoMentions({ count: 2000, end })];
    const b = [...generateDemoMentions({ count: 2000, end })];
    expect(b).toEqual(a);
    const other = [...generateDemoMentions({ count: 2000, end, seed: 'other' })];
    expect(other.map((m) => m.item.text)).not.toEqual(a.map((m) => m.item.text));
  });

  it('resumes at any index with exactly what a full run produces from there', () => {
    const full = [...generateDemoMentions({ count: 3000, end })];
    const resumed = [...generateDemoMentions({ count: 3000, end }, 1234)];
    expect(resumed).toEqual(full.slice(1234));
  });

  it('keeps every item inside the 30-day window with a unique external id per platform', () => {
    const items = [...generateDemoMentions({ count: 20_000, end })];
    const start = end.getTime() - 30 * 86_400_000;
    const keys = new Set<string>();
    for (const { item } of items) {
      expect(item.publishedAt.getTime()).toBeGreaterThanOrEqual(start);
      expect(item.publishedAt.getTime()).toBeLessThan(end.getTime());
      expect(PLATFORMS).toContain(item.platform);
      expect(item.text.length).toBeGreaterThan(10);
      keys.add(`${item.platform}:${item.externalId}`);
    }
    expect(keys.size).toBe(items.length);
  });

  it('plants every campaign at its size, within hours of its peak', () => {
    const items = [...generateDemoMentions({ count: 100_000, end })];
    const start = end.getTime() - 30 * 86_400_000;
    for (const campaign of PLANTED_CAMPAIGNS) {
      const posts = items.filter((m) => m.truth.campaignId === campaign.id);
      expect(posts).toHaveLength(campaign.sizePer100k);
      const peak = start + campaign.day * 86_400_000;
      const offHours = posts.map((m) => Math.abs(m.item.publishedAt.getTime() - peak) / 3_600_000);
      expect(Math.max(...offHours)).toBeLessThan(campaign.hours * 6);
    }
  });

  it('has heavy-tailed reach: the top 1% of items hold a large share of views', () => {
    const views = [...generateDemoMentions({ count: 20_000, end })]
      .map((m) => m.item.metrics.views ?? 0)
      .sort((a, b) => b - a);
    const total = views.reduce((s, v) => s + v, 0);
    const top = views.slice(0, 200).reduce((s, v) => s + v, 0);
    expect(top / total).toBeGreaterThan(0.3);
  });

  it('mixes languages and plants personal data in a few citizen posts', () => {
    const items = [...generateDemoMentions({ count: 20_000, end })];
    const languages = new Set(items.map((m) => m.truth.language));
    expect([...languages].sort()).toEqual(['en', 'id', 'jv', 'su']);
    const withPii = items.filter((m) => Object.keys(m.truth.pii).length > 0).length;
    expect(withPii / items.length).toBeGreaterThan(0.01);
    expect(withPii / items.length).toBeLessThan(0.04);
  });
});
