/**
 * When to poll a source next: its interval after success (±10% jitter so sources added together
 * drift apart), and exponential backoff after failures — interval × 2^failures, capped at a day —
 * never sooner than a Retry-After the server asked for.
 */

export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

export function computeNextPoll(options: {
  now: Date;
  intervalMinutes: number;
  consecutiveFailures: number;
  retryAfterSeconds?: number | null;
  random?: () => number;
}): Date {
  const random = options.random ?? Math.random;
  const base = options.intervalMinutes * 60_000;
  const backoff = options.consecutiveFailures === 0 ? base : Math.min(MAX_BACKOFF_MS, base * 2 ** Math.min(options.consecutiveFailures, 20));
  const jittered = backoff * (0.9 + 0.2 * random());
  const wait = Math.max(jittered, (options.retryAfterSeconds ?? 0) * 1000);
  return new Date(options.now.getTime() + Math.min(wait, MAX_BACKOFF_MS));
}

/** Retry-After as seconds (delta) or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | string[] | undefined, now: Date): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (!v) return null;
  if (/^\d{1,9}$/.test(v.trim())) return Number(v.trim());
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, Math.round((at - now.getTime()) / 1000));
}
