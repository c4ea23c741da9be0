/**
 * The security services one server (or CLI command) shares: keys, mail, rate limits and the
 * session timeouts. Built once at start-up from the configuration and passed down.
 */
import type { Config } from '../config/config.js';
import type { Db } from '../db/db.js';
import type { Logger } from '../lib/logger.js';
import type { Keyring } from './keys/keyring.js';
import { loadKeyring } from './keys/load-keyring.js';
import { createMailSender, type MailSender } from './mail/mail-sender.js';
import { createRateLimiter, type RateLimiter } from './rate-limit/rate-limiter.js';
import type { SessionTimeouts } from './sessions/session-store.js';

export interface SecurityContext {
  db: Db;
  config: Config;
  keyring: Keyring;
  mail: MailSender;
  rateLimiter: RateLimiter;
  sessions: SessionTimeouts;
}

export function createSecurityContext(
  deps: { config: Config; db: Db; logger: Logger },
  overrides: { keyring?: Keyring; mail?: MailSender } = {},
): SecurityContext {
  const keyring = overrides.keyring ?? loadKeyring(deps.config, deps.logger);
  return {
    db: deps.db,
    config: deps.config,
    keyring,
    mail: overrides.mail ?? createMailSender(deps.config.mail, deps.db, keyring),
    rateLimiter: createRateLimiter(deps.db, keyring),
    sessions: { idleMinutes: deps.config.security.sessionIdleMinutes, absoluteHours: deps.config.security.sessionAbsoluteHours },
  };
}
