import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, computeNextPoll, parseRetryAfter } from './compute-next-poll.js';

const now = new Date('2026-11-27T00:00:00Z');
const mid = () => 0.5;
const minutesAfter = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

describe('computeNextPoll', () => {
  it('waits the interval after a success', () => {
    expect(minutesAfter(computeNextPoll({ now, intervalMinutes: 15, consecutiveFailures: 0, random: mid }))).toBe(15);
  });

  it('doubles the wait per consecutive failure, capped at a day', () => {
    const waits = [1, 2, 3].map((f) => minutesAfter(computeNextPoll({ now, intervalMinutes: 15, consecutiveFailures: f, random: mid })));
    expect(waits).toEqual([30, 60, 120]);
    expect(computeNextPoll({ now, intervalMinutes: 15, consecutiveFailures: 30, random: () => 1 }).getTime() - now.getTime()).toBe(MAX_BACKOFF_MS);
  });

  it('jitters within ±10%', () => {
    expect(minutesAfter(computeNextPoll({ now, intervalMinutes: 10, consecutiveFailures: 0, random: () => 0 }))).toBe(9);
    expect(minutesAfter(computeNextPoll({ now, intervalMinutes: 10, consecutiveFailures: 0, random: () => 1 }))).toBe(11);
  });

  it('honours a longer Retry-After', () => {
    expect(minutesAfter(computeNextPoll({ now, intervalMinutes: 15, consecutiveFailures: 1, retryAfterSeconds: 7200, random: mid }))).toBe(120);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Fri, 27 Nov 2026 01:00:00 GMT', now)).toBe(3600);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(undefined, now)).toBeNull();
  });
});
