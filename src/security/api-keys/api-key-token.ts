/**
 * API key format: `hk_<public id>_<secret>`. The public id (12 hex) finds the row and is safe
 * to show in lists and logs; the secret (32 random bytes, base64url) is shown once and stored
 * only as SHA-256, compared in constant time.
 */
import crypto from 'node:crypto';

const FORMAT = /^hk_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKey {
  publicId: string;
  secretHash: Buffer;
  /** The full key, to show once. */
  token: string;
}

export function generateApiKey(): NewApiKey {
  const publicId = crypto.randomBytes(6).toString('hex');
  const secret = crypto.randomBytes(32).toString('base64url');
  return { publicId, secretHash: hashApiKeySecret(secret), token: `hk_${publicId}_${secret}` };
}

export function parseApiKey(token: string): { publicId: string; secret: string } | null {
  const match = FORMAT.exec(token.trim());
  return match ? { publicId: match[1]!, secret: match[2]! } : null;
}

export function hashApiKeySecret(secret: string): Buffer {
  return crypto.createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, storedHash: Buffer): boolean {
  const candidate = hashApiKeySecret(secret);
  return candidate.length === storedHash.length && crypto.timingSafeEqual(candidate, storedHash);
}

/** Reads a key from `Authorization: Bearer hk_…` or `X-API-Key: hk_…`. */
export function apiKeyFromHeaders(headers: Record<string, string | string[] | undefined>): string | null {
  const auth = headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+hk_/i.test(auth)) return auth.replace(/^Bearer\s+/i, '');
  const header = headers['x-api-key'];
  return typeof header === 'string' && header.startsWith('hk_') ? header : null;
}
