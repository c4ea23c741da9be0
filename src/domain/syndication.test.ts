import { describe, expect, it } from 'vitest';
import { backoffDelayMs, decideAfterAttempt, isRetryableStatus } from './syndication.js';

const policy = { baseMs: 1000, maxMs: 10_000 };

describe('syndication retry rules', () => {
  it('doubles the wait after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((a) => backoffDelayMs(a, policy))).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
  });

  it("waits for a platform's Retry-After when it is longer, still capped", () => {
    expect(backoffDelayMs(1, policy, 5000)).toBe(5000);
    expect(backoffDelayMs(3, policy, 10)).toBe(4000);
    expect(backoffDelayMs(1, policy, 60_000)).toBe(10_000);
  });

  it('retries rate limits and server errors, not other client errors', () => {
    expect([408, 429, 500, 502, 503].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 422].some(isRetryableStatus)).toBe(false);
  });

  it('gives up on a permanent failure or on the last attempt', () => {
    const now = new Date(0);
    const transient = { ok: false as const, retryable: true, httpStatus: 503, error: 'x', retryAfterMs: null };
    expect(decideAfterAttempt(transient, 1, 3, now, policy)).toEqual({ outcome: 'retry', nextAttemptAt: new Date(1000) });
    expect(decideAfterAttempt(transient, 3, 3, now, policy)).toEqual({ outcome: 'gave_up', nextAttemptAt: null });
    expect(decideAfterAttempt({ ...transient, retryable: false, httpStatus: 400 }, 1, 3, now, policy).outcome).toBe('gave_up');
    expect(decideAfterAttempt({ ok: true, externalId: '1', httpStatus: 201 }, 1, 3, now, policy).outcome).toBe('delivered');
  });
});
