/**
 * The keys that protect personal data: AES-256-GCM data keys (newest encrypts, every one
 * decrypts) and one lookup key from which purpose-bound HMAC keys are derived, so a CSRF
 * token can never double as an e-mail lookup hash or an audit chain link.
 */
import crypto from 'node:crypto';
import type { DataKey } from '../../config/security-config.js';

export type KeyPurpose = 'lookup' | 'csrf' | 'audit' | 'rate-limit' | 'reader-vote';

export interface Keyring {
  /** The key new ciphertexts use. */
  readonly active: DataKey;
  /** Finds a data key by id; undefined when the key is no longer configured. */
  dataKey(id: string): DataKey | undefined;
  readonly dataKeyIds: readonly string[];
  /** A 32-byte HMAC key for one purpose, derived from the lookup key (HKDF-SHA256). */
  hmacKey(purpose: KeyPurpose): Buffer;
}

export function createKeyring(dataKeys: readonly DataKey[], lookupKey: Buffer): Keyring {
  const first = dataKeys[0];
  if (!first) throw new Error('at least one data key is required');
  const byId = new Map(dataKeys.map((k) => [k.id, k]));
  const derived = new Map<KeyPurpose, Buffer>();
  return {
    active: first,
    dataKeyIds: dataKeys.map((k) => k.id),
    dataKey: (id) => byId.get(id),
    hmacKey(purpose) {
      let key = derived.get(purpose);
      if (!key) {
        key = Buffer.from(crypto.hkdfSync('sha256', lookupKey, Buffer.alloc(0), `humas:${purpose}`, 32));
        derived.set(purpose, key);
      }
      return key;
    },
  };
}

/** A new random 32-byte key in base64, as HUMAS_DATA_KEYS and HUMAS_LOOKUP_KEY expect. */
export function generateKeyBase64(): string {
  return crypto.randomBytes(32).toString('base64');
}
