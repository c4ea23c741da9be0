/**
 * Seals secrets that must be recovered in the clear (webhook signing secrets: HMAC checks need
 * the secret itself) with the data keys, as base64 text for JSON columns. Same cipher, key
 * rotation and AAD binding as personal data.
 */
import { decryptPersonalData, encryptPersonalData } from './data-cipher.js';
import type { Keyring } from './keyring.js';

export interface SecretBox {
  seal(secret: string, aad: string): string;
  open(sealed: string, aad: string): string;
}

export function createKeyringSecretBox(keyring: Keyring): SecretBox {
  return {
    seal: (secret, aad) => encryptPersonalData(keyring, secret, aad).toString('base64'),
    open: (sealed, aad) => decryptPersonalData(keyring, Buffer.from(sealed, 'base64'), aad),
  };
}
