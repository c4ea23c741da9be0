/** Data-protection keys for tests: random per run, never written to disk. */
import crypto from 'node:crypto';
import { createKeyring, type Keyring } from '../../src/security/keys/keyring.js';

export function createTestKeyring(ids: string[] = ['t1']): Keyring {
  return createKeyring(
    ids.map((id) => ({ id, key: crypto.randomBytes(32) })),
    crypto.randomBytes(32),
  );
}

/** Environment variables that configure keys, for loadConfig in tests. */
export function testKeyEnv(): Record<string, string> {
  return {
    HUMAS_DATA_KEYS: `t1:${crypto.randomBytes(32).toString('base64')}`,
    HUMAS_LOOKUP_KEY: crypto.randomBytes(32).toString('base64'),
  };
}
