import { describe, expect, it } from 'vitest';
import { detectSpikes, type TimedItem } from './detect-spikes.js';

const HOUR = 3_600_000;
const start = Date.UTC(2026, 0, 1);

function steady(key: string, buckets: number, perBucket: number): TimedItem[] {
  const items: TimedItem[] = [];
  for (let b = 0; b < buckets; b += 1) for (let k = 0; k < perBucket; k += 1) items.push({ key, publishedAt: new Date(start + b * 3 * HOUR + k) });
  return items;
}

describe('detectSpikes', () => {
  it('raises no alert on a steady series', () => {
    expect(detectSpikes(steady('bansos', 60, 4))).toEqual([]);
  });
  it('alerts on a burst far above the baseline, with a high severity', () => {
    const items = steady('bansos', 60, 2);
    for (let k = 0; k < 40; k += 1) items.push({ key: 'bansos', publishedAt: new Date(start + 50 * 3 * HOUR + k) });
    const alerts = detectSpikes(items);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.key).toBe('bansos');
    expect(alerts[0]?.bucketStart.getTime()).toBe(start + 50 * 3 * HOUR);
    expect(alerts[0]?.severity).toBe('high');
  });
  it('does not alert on a handful of posts in a quiet series', () => {
    const items = steady('bpom', 60, 0);
    for (let k = 0; k < 3; k += 1) items.push({ key: 'bpom', publishedAt: new Date(start + 40 * 3 * HOUR + k) });
    items.push({ key: 'bpom', publishedAt: new Date(start) });
    expect(detectSpikes(items)).toEqual([]);
  });
  it('ignores items without a key', () => {
    expect(detectSpikes([{ key: null, publishedAt: new Date(start) }])).toEqual([]);
  });
});
