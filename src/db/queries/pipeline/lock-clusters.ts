/**
 * Serialises cluster assignment across workers until the transaction ends, so two workers
 * never open two clusters for one campaign at the same moment.
 */
import { advisoryLockKey, type Queryable } from '../../db.js';

const KEY = advisoryLockKey('humas:pipeline:clusters');

export async function lockClusters(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [KEY]);
}
