/**
 * Where keys come from: the environment when configured (required in production); otherwise
 * a development key file in the data directory, created on first run, so `npm start` works
 * with nothing set and keys never live in the repository.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../lib/logger.js';
import { createKeyring, generateKeyBase64, type Keyring } from './keyring.js';

export const DEV_KEY_FILE = 'dev-keys.json';

const ZKeyFile = z.object({
  dataKeys: z.array(z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/), key: z.string() })).min(1),
  lookupKey: z.string(),
});
export type DevKeyFile = z.infer<typeof ZKeyFile>;

export function loadKeyring(config: Pick<Config, 'security' | 'dataDir' | 'env'>, logger: Logger): Keyring {
  if (config.security.keys) return createKeyring(config.security.keys.dataKeys, config.security.keys.lookupKey);
  if (config.env === 'production') throw new Error('data keys are required in production');
  const file = devKeyFilePath(config.dataDir);
  let keys = readDevKeyFile(file);
  if (!keys) {
    keys = { dataKeys: [{ id: `dev${Date.now().toString(36)}`, key: generateKeyBase64() }], lookupKey: generateKeyBase64() };
    writeDevKeyFile(file, keys);
    logger.warn({ file }, 'generated development data-protection keys; set HUMAS_DATA_KEYS and HUMAS_LOOKUP_KEY in production');
  }
  return keyringFromFile(keys);
}

export function devKeyFilePath(dataDir: string): string {
  return path.join(dataDir, DEV_KEY_FILE);
}

export function readDevKeyFile(file: string): DevKeyFile | undefined {
  if (!fs.existsSync(file)) return undefined;
  return ZKeyFile.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export function writeDevKeyFile(file: string, keys: DevKeyFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written beside and renamed, so a crash never leaves a half-written key file; owner-only.
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temp, file);
}

export function keyringFromFile(keys: DevKeyFile): Keyring {
  return createKeyring(
    keys.dataKeys.map((k) => ({ id: k.id, key: Buffer.from(k.key, 'base64') })),
    Buffer.from(keys.lookupKey, 'base64'),
  );
}
