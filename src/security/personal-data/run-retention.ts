/**
 * The retention job: for every kind of expiring data, removes what is older than its period
 * (HUMAS_RETENTION), each kind in its own transaction, and records a summary in the audit log
 * when anything was removed. Safe to run from several processes at once (deletes are idempotent).
 */
import type { Db } from '../../db/db.js';
import { applyRetention } from '../../db/queries/retention/apply-retention.js';
import { RETENTION_TYPES, type RetentionType } from '../../domain/retention.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Keyring } from '../keys/keyring.js';

export async function runRetention(db: Db, keyring: Keyring, retention: Record<RetentionType, number>): Promise<Record<RetentionType, number>> {
  const removed = {} as Record<RetentionType, number>;
  for (const type of RETENTION_TYPES) removed[type] = await db.transaction((tx) => applyRetention(tx, type, retention[type]));
  if (Object.values(removed).some((n) => n > 0)) {
    await recordAudit(db, keyring, { action: 'retention.applied', actorLabel: 'system', details: { ...removed } });
  }
  return removed;
}
