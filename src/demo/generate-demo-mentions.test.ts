import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../domain/mention.js';
import { PLANTED_CAMPAIGNS } from './demo-campaigns.js';
import { generateDemoMentions } from './generate-demo-mentions.js';

const end = new Date('2026-11-28T00:00:00Z');
// One 100,000-item run (the size campaigns are specified at) shared by the tests of its
// properties: generating it costs seconds, so it is made once.
let hundredThousand: ReturnType<typeof generate> | undefined;
const generate = () => [...generateDemoMentions({ count: 100_000, end })];
const full = () => (hundredThousand ??= generate());

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
    const items = full();
    const start = end.getTime() - 30 * 86_400_000;
    const keys = new Set<string>();
    const misfits: string[] = [];
    for (const { item } of items) {
      const at = item.publishedAt.getTime();
      if (at < start || at >= end.getTime() || !PLATFORMS.includes(item.platform) || item.text.length <= 10) misfits.push(`${item.platform}:${item.externalId}`);
      keys.add(`${item.platform}:${item.externalId}`);
    }
    expect(misfits).toEqual([]);
    expect(keys.size).toBe(items.length);
  });

  it('plants every campaign at its size, within hours of its peak', () => {
    const items = full();
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
    const views = full()
      .map((m) => m.item.metrics.views ?? 0)
      .sort((a, b) => b - a);
    const total = views.reduce((s, v) => s + v, 0);
    const top = views.slice(0, views.length / 100).reduce((s, v) => s + v, 0);
    expect(top / total).toBeGreaterThan(0.3);
  });

  it('mixes languages and plants personal data in a few citizen posts', () => {
    const items = full();
    const languages = new Set(items.map((m) => m.truth.language));
    expect([...languages].sort()).toEqual(['en', 'id', 'jv', 'su']);
    const withPii = items.filter((m) => Object.keys(m.truth.pii).length > 0).length;
    expect(withPii / items.length).toBeGreaterThan(0.01);
    expect(withPii / items.length).toBeLessThan(0.04);
  });
});
