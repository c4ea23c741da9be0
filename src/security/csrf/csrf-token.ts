/**
 * CSRF tokens (synchronizer pattern without server state): the token is a keyed hash of what
 * identifies the browser's session — the session token's hash once signed in, otherwise a
 * random pre-session cookie. A page from another origin can neither read the token nor
 * compute it, and a token from one session is useless in another.
 */
import crypto from 'node:crypto';
import type { Keyring } from '../keys/keyring.js';

export function csrfTokenFor(keyring: Keyring, binding: string): string {
  return crypto.createHmac('sha256', keyring.hmacKey('csrf')).update(binding).digest('base64url');
}

export function csrfTokenMatches(keyring: Keyring, binding: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length !== 43) return false;
  const expected = Buffer.from(csrfTokenFor(keyring, binding));
  const given = Buffer.from(token);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
