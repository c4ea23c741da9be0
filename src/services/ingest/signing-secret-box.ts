/**
 * Keeps webhook signing secrets encrypted at rest (in sources.config). HMAC verification
 * needs the secret itself, so it is sealed (AES-256-GCM, bound to its source), not hashed.
 *
 * The server and `humas webhook` seal with the data keys (security/keys/keyring-secret-box.ts);
 * createAesSecretBox with a bare key remains for tests.
 */
import crypto from 'node:crypto';
import { AppError } from '../../lib/app-error.js';

export interface SigningSecretBox {
  seal(secret: string, aad: string): string;
  open(sealed: string, aad: string): string;
}

export function createAesSecretBox(key: Buffer): SigningSecretBox {
  if (key.length !== 32) throw new AppError('internal', 'The webhook secret key must be 32 bytes.');
  return {
    seal(secret, aad) {
      const iv = crypto.randomBytes(12);
      const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(aad));
      const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(sealed, aad) {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(aad));
      decipher.setAuthTag(raw.subarray(12, 28));
      try {
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      } catch (error) {
        throw new AppError('internal', 'A stored webhook signing secret failed its integrity check.', { cause: error });
      }
    },
  };
}
