/**
 * Fixed-window rate limits shared by every web process through the database: one upsert per
 * hit increments the bucket's counter atomically (or restarts it in a new window). Buckets
 * are keyed by a keyed hash of the client trait (IP address, account), so the table never
 * holds raw addresses. A window boundary can let up to 2 × max through in a short burst;
 * that is acceptable for abuse control and costs one small write per request.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.js';
import { hitRateLimitBucket } from '../../db/queries/rate-limits/hit-rate-limit-bucket.js';
import type { Keyring } from '../keys/keyring.js';

export interface RateLimitRule {
  /** Names the limit (and the bucket family): 'login-ip', 'comments-ip'. */
  name: string;
  max: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  hits: number;
  retryAfterSeconds: number;
}

export interface RateLimiter {
  hit(rule: RateLimitRule, clientKey: string): Promise<RateLimitResult>;
}

export function createRateLimiter(db: Queryable, keyring: Keyring, now: () => number = Date.now): RateLimiter {
  return {
    async hit(rule, clientKey) {
      const windowMs = rule.windowSeconds * 1000;
      const time = now();
      const windowStart = new Date(Math.floor(time / windowMs) * windowMs);
      const digest = crypto.createHmac('sha256', keyring.hmacKey('rate-limit')).update(clientKey).digest('base64url').slice(0, 22);
      const hits = await hitRateLimitBucket(db, `${rule.name}:${digest}`, windowStart);
      const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - time) / 1000));
      return { allowed: hits <= rule.max, hits, retryAfterSeconds };
    },
  };
}
