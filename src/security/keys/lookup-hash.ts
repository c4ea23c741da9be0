/**
 * Keyed hashes for finding personal data without storing it in the clear: the same e-mail
 * always gives the same hash under one lookup key, and nobody without the key can test
 * guesses against the table. E-mails are normalised (trimmed, lower-cased, NFKC) first.
 */
import crypto from 'node:crypto';
import type { Keyring } from './keyring.js';

export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

export function lookupHash(keyring: Keyring, kind: string, value: string): Buffer {
  return crypto.createHmac('sha256', keyring.hmacKey('lookup')).update(`${kind}\u0000${value}`).digest();
}

export function emailLookupHash(keyring: Keyring, email: string): Buffer {
  return lookupHash(keyring, 'email', normalizeEmail(email));
}
