/**
 * One vote per reader per article without cookies or stored addresses: the voter hash is
 * HMAC-SHA256 under a key derived from the server's lookup key, over the day's random salt,
 * the article id, the client IP and its User-Agent. The salt lives in the database (so every
 * process agrees) and is deleted after a day, after which nobody can recompute a hash from
 * an address; the article id keeps hashes from linking one reader across articles.
 * Consequences (docs/portal.md): a reader may vote again on the next WIB day, and readers
 * sharing an IP and browser (an office NAT) share one vote per article per day.
 */
import crypto from 'node:crypto';
import type { Queryable } from '../../db/db.js';
import { getDailySalt } from '../../db/queries/portal/get-daily-salt.js';
import { wibDay } from '../../domain/wib-day.js';
import type { Keyring } from '../../security/keys/keyring.js';

export interface VoterHasher {
  hash(articleId: number, ip: string, userAgent: string): Promise<Buffer>;
}

export function createVoterHasher(db: Queryable, keyring: Keyring, now: () => number = Date.now): VoterHasher {
  let cached: { day: string; salt: Buffer } | null = null;
  return {
    async hash(articleId, ip, userAgent) {
      const day = wibDay(now());
      if (cached?.day !== day) cached = { day, salt: await getDailySalt(db, day, crypto.randomBytes(32)) };
      return crypto
        .createHmac('sha256', keyring.hmacKey('reader-vote'))
        .update(cached.salt)
        .update(`\u0000${articleId}\u0000${ip}\u0000${userAgent.slice(0, 512)}`)
        .digest();
    },
  };
}
