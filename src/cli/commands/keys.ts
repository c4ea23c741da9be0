/**
 * `humas keys generate` prints new key values for HUMAS_DATA_KEYS / HUMAS_LOOKUP_KEY;
 * `humas keys rotate` re-encrypts stored personal data with the newest data key. With the
 * development key file (no keys in the environment), `rotate --new-key` first adds a new key
 * to that file. In production, put the new key first in HUMAS_DATA_KEYS, then run rotate,
 * then remove the old key once rotate reports nothing left.
 */
import type { Command } from 'commander';
import { AppError } from '../../lib/app-error.js';
import { generateKeyBase64 } from '../../security/keys/keyring.js';
import { devKeyFilePath, keyringFromFile, readDevKeyFile, writeDevKeyFile } from '../../security/keys/load-keyring.js';
import { rotateKeys } from '../../security/keys/rotate-keys.js';
import { withRuntime } from '../runtime.js';

export function registerKeysCommand(program: Command): void {
  const keys = program.command('keys').description('data-protection keys');
  keys
    .command('generate')
    .description('print a new data key and lookup key (to put in the environment)')
    .action(() => {
      const id = `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
      process.stdout.write(`HUMAS_DATA_KEYS=${id}:${generateKeyBase64()}\nHUMAS_LOOKUP_KEY=${generateKeyBase64()}\n`);
      process.stdout.write('# Keep these secret. To rotate, prepend the new data key: HUMAS_DATA_KEYS=new:...,old:...\n');
    });
  keys
    .command('rotate')
    .description('re-encrypt stored personal data with the newest data key')
    .option('--new-key', 'add a new key to the development key file first (not for keys from the environment)')
    .action(async (options: { newKey?: boolean }) => {
      await withRuntime(async ({ db, config, logger, keyring: runtimeKeyring }) => {
        let keyring = runtimeKeyring();
        if (options.newKey) {
          if (config.security.keys) throw new AppError('validation_failed', '--new-key only works with the development key file; prepend a key to HUMAS_DATA_KEYS instead');
          const file = devKeyFilePath(config.dataDir);
          const current = readDevKeyFile(file)!;
          const next = { ...current, dataKeys: [{ id: `dev${Date.now().toString(36)}`, key: generateKeyBase64() }, ...current.dataKeys] };
          writeDevKeyFile(file, next);
          keyring = keyringFromFile(next);
        }
        const result = await rotateKeys(db, keyring);
        logger.info({ activeKeyId: result.activeKeyId, reencrypted: result.reencrypted }, 'key rotation complete');
        process.stdout.write(`re-encrypted ${result.total} values with key ${result.activeKeyId}\n`);
      });
    });
}
