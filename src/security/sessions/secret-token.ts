/**
 * Random bearer secrets (session cookies, reset and invitation links, confirmation tokens):
 * 32 random bytes in base64url. Only a SHA-256 of a token is ever stored — the tokens are
 * high-entropy, so an unsalted fast hash is enough and allows lookup by hash.
 */
import crypto from 'node:crypto';

export function generateSecretToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

export function hashSecretToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token, 'utf8').digest();
}

/** Cheap shape check before touching the database (43 base64url characters). */
export function looksLikeSecretToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}
