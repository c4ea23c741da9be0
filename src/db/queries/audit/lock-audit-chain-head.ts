/** Locks the chain head row until the transaction ends; appends queue behind this lock. */
import type { Queryable } from '../../db.js';

export interface AuditChainHead {
  lastId: number | null;
  lastHash: string | null;
  entries: number;
}

export async function lockAuditChainHead(tx: Queryable): Promise<AuditChainHead> {
  const { rows } = await tx.query<{ last_id: number | null; last_hash: string | null; entries: number }>(
    '/* lockAuditChainHead */ SELECT last_id, last_hash, entries FROM audit_chain_head WHERE id = 1 FOR UPDATE',
  );
  const row = rows[0];
  if (!row) throw new Error('audit_chain_head row is missing (migration 0100 not applied?)');
  return { lastId: row.last_id === null ? null : Number(row.last_id), lastHash: row.last_hash, entries: Number(row.entries) };
}
