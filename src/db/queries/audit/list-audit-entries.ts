/** Audit entries in id order after a given id (verification walks the whole chain in pages). */
import type { Queryable } from '../../db.js';
import type { AuditEntry } from '../../../security/audit/audit-entry.js';

export interface AuditRow {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor_api_key_id: number | null;
  actor_label: string | null;
  agency_id: number | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: Record<string, unknown>;
  prev_hash: string | null;
  hash: string | null;
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    actorUserId: row.actor_user_id === null ? null : Number(row.actor_user_id),
    actorApiKeyId: row.actor_api_key_id === null ? null : Number(row.actor_api_key_id),
    actorLabel: row.actor_label,
    agencyId: row.agency_id === null ? null : Number(row.agency_id),
    action: row.action,
    targetType: row.target_type,
    targetId: row.target_id,
    details: row.details ?? {},
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export async function listAuditEntries(db: Queryable, afterId: number, limit: number): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>('/* listAuditEntries */ SELECT * FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2', [afterId, limit]);
  return rows.map(toAuditEntry);
}
