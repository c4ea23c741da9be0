/**
 * AES-256-GCM for personal data at rest. A ciphertext names the key that made it, so old
 * keys keep decrypting after rotation, and is bound to where it is stored (the AAD, e.g.
 * 'comments.author_email'), so a value copied into another column will not decrypt.
 *
 * Layout: 0x01 | key-id length (1 byte) | key id | 12-byte IV | 16-byte tag | ciphertext.
 */
import crypto from 'node:crypto';
import { AppError } from '../../lib/app-error.js';
import type { Keyring } from './keyring.js';

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encryptPersonalData(keyring: Keyring, plaintext: string, aad: string): Buffer {
  const { id, key } = keyring.active;
  const iv = crypto.randomBytes(IV_BYTES);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const idBytes = Buffer.from(id, 'utf8');
  return Buffer.concat([Buffer.from([VERSION, idBytes.length]), idBytes, iv, cipher.getAuthTag(), body]);
}

/** The id of the key a ciphertext was made with (rotation re-encrypts the others). */
export function ciphertextKeyId(value: Buffer): string {
  if (value.length < 2 || value[0] !== VERSION) throw new AppError('unprocessable', 'Not a Humas ciphertext.');
  return value.subarray(2, 2 + value[1]!).toString('utf8');
}

export function decryptPersonalData(keyring: Keyring, value: Buffer, aad: string): string {
  const keyId = ciphertextKeyId(value);
  const key = keyring.dataKey(keyId);
  if (!key) throw new AppError('internal', `Data key "${keyId}" is not configured; it is needed to decrypt stored personal data.`);
  let offset = 2 + value[1]!;
  const iv = value.subarray(offset, (offset += IV_BYTES));
  const tag = value.subarray(offset, (offset += TAG_BYTES));
  const decipher = crypto.createDecipheriv('aes-256-gcm', key.key, iv);
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(value.subarray(offset)), decipher.final()]).toString('utf8');
  } catch (error) {
    throw new AppError('internal', 'Stored personal data failed its integrity check.', { cause: error });
  }
}
