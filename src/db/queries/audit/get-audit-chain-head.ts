/** Reads the chain head without locking (verification). */
import type { Queryable } from '../../db.js';
import type { AuditChainHead } from './lock-audit-chain-head.js';

export async function getAuditChainHead(db: Queryable): Promise<AuditChainHead> {
  const { rows } = await db.query<{ last_id: number | null; last_hash: string | null; entries: number }>(
    '/* getAuditChainHead */ SELECT last_id, last_hash, entries FROM audit_chain_head WHERE id = 1',
  );
  const row = rows[0];
  return { lastId: row?.last_id == null ? null : Number(row.last_id), lastHash: row?.last_hash ?? null, entries: Number(row?.entries ?? 0) };
}
