/**
 * Syndication rules as pure functions: the channel kinds, how long to wait before the next
 * attempt (exponential backoff, honouring a platform's Retry-After), and which failures are
 * worth retrying (rate limits, server errors, network trouble) and which are not (a request
 * the platform refuses as wrong: retrying would fail the same way).
 */
export const CHANNEL_KINDS = ['webhook', 'x', 'facebook', 'telegram'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export type AttemptOutcome = 'delivered' | 'retry' | 'gave_up';

export const SYNDICATION_EVENTS = ['article.published', 'article.corrected', 'article.unpublished'] as const;
export type SyndicationEvent = (typeof SYNDICATION_EVENTS)[number];

/** Which channels hear of an event: a social post cannot be corrected or withdrawn by an API call we make, so they get publications only. */
export function channelKindsFor(event: SyndicationEvent): readonly ChannelKind[] {
  return event === 'article.published' ? CHANNEL_KINDS : ['webhook'];
}

export interface BackoffPolicy {
  /** Wait after the first failed attempt. */
  baseMs: number;
  /** The wait never grows past this. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 30_000, maxMs: 6 * 3_600_000 };

/** Wait before attempt `attempt + 1` after `attempt` failed: base · 2^(attempt−1), capped; a longer Retry-After wins. */
export function backoffDelayMs(attempt: number, policy: BackoffPolicy, retryAfterMs: number | null = null): number {
  const exponential = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return retryAfterMs !== null && retryAfterMs > exponential ? Math.min(retryAfterMs, policy.maxMs) : exponential;
}

/** What a send attempt came to, as the adapter reads the platform's answer. */
export type SendResult =
  | { ok: true; externalId: string | null; httpStatus: number }
  | { ok: false; retryable: boolean; httpStatus: number | null; error: string; retryAfterMs: number | null };

/** Retry on 408, 429 and 5xx; other 4xx mean the request itself is wrong. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

export interface AttemptDecision {
  outcome: AttemptOutcome;
  nextAttemptAt: Date | null;
}

export function decideAfterAttempt(result: SendResult, attempt: number, maxAttempts: number, now: Date, policy: BackoffPolicy): AttemptDecision {
  if (result.ok) return { outcome: 'delivered', nextAttemptAt: null };
  if (!result.retryable || attempt >= maxAttempts) return { outcome: 'gave_up', nextAttemptAt: null };
  return { outcome: 'retry', nextAttemptAt: new Date(now.getTime() + backoffDelayMs(attempt, policy, result.retryAfterMs)) };
}
