import { describe, expect, it } from 'vitest';
import { engagementRate, netSentiment, relativeChange, shareOf } from './analytics-metrics.js';

describe('analytics metrics', () => {
  it('computes net sentiment over all mentions, unscored ones included', () => {
    expect(netSentiment({ mentions: 10, positive: 5, negative: 2 })).toBeCloseTo(0.3);
    expect(netSentiment({ mentions: 0, positive: 0, negative: 0 })).toBeNull();
  });

  it('answers null instead of dividing by zero', () => {
    expect(engagementRate({ reach: 0, engagement: 5 })).toBeNull();
    expect(engagementRate({ reach: 200, engagement: 5 })).toBe(0.025);
    expect(shareOf(1, 0)).toBeNull();
    expect(relativeChange(10, 0)).toBeNull();
    expect(relativeChange(15, 10)).toBe(0.5);
    expect(relativeChange(5, 10)).toBe(-0.5);
  });
});
