/**
 * Re-encrypts every stored ciphertext that an older key made with the active key, in small
 * transactions, so a rotation can be interrupted and run again. Afterwards the old key can be
 * removed from HUMAS_DATA_KEYS.
 */
import type { Db } from '../../db/db.js';
import { listStaleCiphertexts } from '../../db/queries/keys/list-stale-ciphertexts.js';
import { replaceCiphertext } from '../../db/queries/keys/replace-ciphertext.js';
import { listSealedJsonSecrets } from '../../db/queries/keys/list-sealed-json-secrets.js';
import { replaceSealedJsonSecret } from '../../db/queries/keys/replace-sealed-json-secret.js';
import { ciphertextKeyId, decryptPersonalData, encryptPersonalData } from './data-cipher.js';
import { ENCRYPTED_COLUMNS, SEALED_JSON_SECRETS, type EncryptedColumn, type SealedJsonSecret } from './encrypted-columns.js';
import type { Keyring } from './keyring.js';

export interface RotationResult {
  activeKeyId: string;
  reencrypted: Record<string, number>;
  total: number;
}

export async function rotateKeys(
  db: Db,
  keyring: Keyring,
  options: { columns?: readonly EncryptedColumn[]; sealedSecrets?: readonly SealedJsonSecret[]; batchSize?: number } = {},
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
  for (const target of options.sealedSecrets ?? SEALED_JSON_SECRETS) {
    const count = await resealJsonSecrets(db, keyring, target, options.batchSize ?? 500);
    reencrypted[`${target.table}.${target.jsonColumn}.${target.path.join('.')}`] = count;
    total += count;
  }
  return { activeKeyId: keyring.active.id, reencrypted, total };
}

async function resealJsonSecrets(db: Db, keyring: Keyring, target: SealedJsonSecret, batchSize: number): Promise<number> {
  let afterId = 0;
  let count = 0;
  for (;;) {
    const batch = await listSealedJsonSecrets(db, target, afterId, batchSize);
    if (batch.length === 0) return count;
    const stale = batch.filter((row) => ciphertextKeyId(Buffer.from(row.sealed, 'base64')) !== keyring.active.id);
    await db.transaction(async (tx) => {
      for (const row of stale) {
        const aad = target.aadFor(row.id);
        const next = encryptPersonalData(keyring, decryptPersonalData(keyring, Buffer.from(row.sealed, 'base64'), aad), aad).toString('base64');
        if (await replaceSealedJsonSecret(tx, target, row.id, row.sealed, next)) count++;
      }
    });
    afterId = batch[batch.length - 1]!.id;
  }
}
