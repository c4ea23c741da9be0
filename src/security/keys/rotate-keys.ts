/**
 * Re-encrypts every stored ciphertext that an older key made with the active key, in small
 * transactions, so a rotation can be interrupted and run again. Afterwards the old key can be
 * removed from HUMAS_DATA_KEYS.
 */
import type { Db } from '../../db/db.js';
import { listStaleCiphertexts } from '../../db/queries/keys/list-stale-ciphertexts.js';
import { replaceCiphertext } from '../../db/queries/keys/replace-ciphertext.js';
import { decryptPersonalData, encryptPersonalData } from './data-cipher.js';
import { ENCRYPTED_COLUMNS, type EncryptedColumn } from './encrypted-columns.js';
import type { Keyring } from './keyring.js';

export interface RotationResult {
  activeKeyId: string;
  reencrypted: Record<string, number>;
  total: number;
}

export async function rotateKeys(
  db: Db,
  keyring: Keyring,
  options: { columns?: readonly EncryptedColumn[]; batchSize?: number } = {},
): Promise<RotationResult> {
  const reencrypted: Record<string, number> = {};
  let total = 0;
  for (const target of options.columns ?? ENCRYPTED_COLUMNS) {
    let afterId = 0;
    let count = 0;
    for (;;) {
      const batch = await listStaleCiphertexts(db, target, keyring.active.id, afterId, options.batchSize ?? 500);
      if (batch.length === 0) break;
      await db.transaction(async (tx) => {
        for (const row of batch) {
          const next = encryptPersonalData(keyring, decryptPersonalData(keyring, row.value, target.aad), target.aad);
          if (await replaceCiphertext(tx, target, row.id, row.value, next)) count++;
        }
      });
      afterId = batch[batch.length - 1]!.id;
    }
    reencrypted[`${target.table}.${target.column}`] = count;
    total += count;
  }
  return { activeKeyId: keyring.active.id, reencrypted, total };
}
