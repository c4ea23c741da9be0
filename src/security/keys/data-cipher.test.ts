import { describe, expect, it } from 'vitest';
import { createTestKeyring } from '../../../test/helpers/test-keys.js';
import { ciphertextKeyId, decryptPersonalData, encryptPersonalData } from './data-cipher.js';
import { createKeyring } from './keyring.js';
import { emailLookupHash } from './lookup-hash.js';

describe('personal data encryption (AES-256-GCM)', () => {
  const keyring = createTestKeyring(['k1']);

  it('round-trips Unicode text and never repeats a ciphertext', () => {
    const a = encryptPersonalData(keyring, 'Siti Rohmah <siti@contoh.id> ☎ 0812', 'comments.author_email');
    const b = encryptPersonalData(keyring, 'Siti Rohmah <siti@contoh.id> ☎ 0812', 'comments.author_email');
    expect(a.equals(b)).toBe(false);
    expect(decryptPersonalData(keyring, a, 'comments.author_email')).toBe('Siti Rohmah <siti@contoh.id> ☎ 0812');
    expect(a.toString('utf8')).not.toContain('siti');
    expect(ciphertextKeyId(a)).toBe('k1');
  });

  it('refuses a ciphertext moved to another column (AAD) or changed by one bit', () => {
    const value = encryptPersonalData(keyring, 'warga@contoh.id', 'comments.author_email');
    expect(() => decryptPersonalData(keyring, value, 'mail_outbox.to')).toThrow(/integrity/);
    const flipped = Buffer.from(value);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => decryptPersonalData(keyring, flipped, 'comments.author_email')).toThrow(/integrity/);
  });

  it('names a missing key rather than failing obscurely', () => {
    const value = encryptPersonalData(keyring, 'x', 'a.b');
    expect(() => decryptPersonalData(createTestKeyring(['other']), value, 'a.b')).toThrow(/Data key "k1" is not configured/);
  });

  it('gives e-mails the same lookup hash whatever their case or spacing, and a different one under another key', () => {
    expect(emailLookupHash(keyring, ' Warga@Contoh.ID ').equals(emailLookupHash(keyring, 'warga@contoh.id'))).toBe(true);
    expect(emailLookupHash(createKeyring([{ id: 'k1', key: Buffer.alloc(32) }], Buffer.alloc(32, 1)), 'warga@contoh.id').equals(emailLookupHash(keyring, 'warga@contoh.id'))).toBe(false);
  });
});
