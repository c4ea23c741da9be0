/**
 * Syndication settings from the environment, checked once: the platforms' API base URLs
 * (defaults are the real platforms; tests and staging point them at a local server), retry
 * limits and backoff, and whether webhooks may target private addresses.
 */
import { z } from 'zod';
import { DEFAULT_PLATFORM_BASE_URLS, type PlatformBaseUrls } from '../../connectors/syndication/channel-adapters.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from '../../domain/syndication.js';
import { AppError } from '../../lib/app-error.js';

const ZSyndicationEnv = z.object({
  HUMAS_X_API_BASE_URL: z.string().url().default(DEFAULT_PLATFORM_BASE_URLS.x),
  HUMAS_FACEBOOK_GRAPH_BASE_URL: z.string().url().default(DEFAULT_PLATFORM_BASE_URLS.facebook),
  HUMAS_TELEGRAM_API_BASE_URL: z.string().url().default(DEFAULT_PLATFORM_BASE_URLS.telegram),
  HUMAS_SYNDICATION_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  HUMAS_SYNDICATION_BACKOFF_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(DEFAULT_BACKOFF.baseMs),
  HUMAS_SYNDICATION_BACKOFF_MAX_MS: z.coerce.number().int().min(10).max(7 * 86_400_000).default(DEFAULT_BACKOFF.maxMs),
  HUMAS_SYNDICATION_TICK_MS: z.coerce.number().int().min(50).max(3_600_000).default(15_000),
  HUMAS_SYNDICATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  HUMAS_WEBHOOKS_ALLOW_PRIVATE: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
});

export interface SyndicationConfig {
  baseUrls: PlatformBaseUrls;
  maxAttempts: number;
  backoff: BackoffPolicy;
  tickMs: number;
  timeoutMs: number;
  /** Webhook receivers on private or loopback addresses (an agency's intranet): off unless the operator allows it. */
  webhooksAllowPrivate: boolean;
}

export function loadSyndicationConfig(env: Record<string, string | undefined>): SyndicationConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([k, v]) => v !== undefined && v !== '' && k in ZSyndicationEnv.shape));
  const parsed = ZSyndicationEnv.safeParse(cleaned);
  if (!parsed.success) {
    throw new AppError('validation_failed', `Invalid syndication configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    baseUrls: { x: e.HUMAS_X_API_BASE_URL, facebook: e.HUMAS_FACEBOOK_GRAPH_BASE_URL, telegram: e.HUMAS_TELEGRAM_API_BASE_URL },
    maxAttempts: e.HUMAS_SYNDICATION_MAX_ATTEMPTS,
    backoff: { baseMs: e.HUMAS_SYNDICATION_BACKOFF_BASE_MS, maxMs: Math.max(e.HUMAS_SYNDICATION_BACKOFF_BASE_MS, e.HUMAS_SYNDICATION_BACKOFF_MAX_MS) },
    tickMs: e.HUMAS_SYNDICATION_TICK_MS,
    timeoutMs: e.HUMAS_SYNDICATION_TIMEOUT_MS,
    webhooksAllowPrivate: e.HUMAS_WEBHOOKS_ALLOW_PRIVATE,
  };
}
