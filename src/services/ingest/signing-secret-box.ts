/**
 * Keeps webhook signing secrets encrypted at rest (in sources.config). HMAC verification
 * needs the secret itself, so it is sealed (AES-256-GCM, bound to its source), not hashed.
 *
 * INTERIM: until the security module's keyring (issue 3) is merged, the key comes from
 * HUMAS_WEBHOOK_KEY (32 bytes, base64) or, outside production, a development key file in
 * the data directory. At merge, implement SigningSecretBox with the keyring's
 * encryptPersonalData/decryptPersonalData and delete `loadInterimSecretBox`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
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

export const DEV_WEBHOOK_KEY_FILE = 'webhook-dev.key';

export function loadInterimSecretBox(env: Record<string, string | undefined> = process.env): SigningSecretBox {
  const fromEnv = env.HUMAS_WEBHOOK_KEY?.trim();
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length !== 32) throw new AppError('validation_failed', 'Invalid configuration: HUMAS_WEBHOOK_KEY must be 32 bytes in base64.');
    return createAesSecretBox(key);
  }
  if (env.NODE_ENV === 'production') {
    throw new AppError('validation_failed', 'Invalid configuration: HUMAS_WEBHOOK_KEY is required in production.');
  }
  const file = path.resolve(env.HUMAS_DATA_DIR || './data', DEV_WEBHOOK_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(temp, crypto.randomBytes(32).toString('base64'), { mode: 0o600 });
    fs.renameSync(temp, file);
  }
  return createAesSecretBox(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64'));
}
