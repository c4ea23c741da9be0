/** Moves the chain head to the entry just appended (inside the appending transaction). */
import type { Queryable } from '../../db.js';

export async function advanceAuditChainHead(tx: Queryable, lastId: number, lastHash: string): Promise<void> {
  await tx.query('/* advanceAuditChainHead */ UPDATE audit_chain_head SET last_id = $1, last_hash = $2, entries = entries + 1 WHERE id = 1', [
    lastId,
    lastHash,
  ]);
}
