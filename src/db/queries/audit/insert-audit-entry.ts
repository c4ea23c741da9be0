/** Appends one audit entry with an id taken from the table's own sequence. */
import type { Queryable } from '../../db.js';
import type { AuditEntry } from '../../../security/audit/audit-entry.js';

export async function nextAuditId(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ id: number }>("/* nextAuditId */ SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id");
  return Number(rows[0]!.id);
}

export async function insertAuditEntry(tx: Queryable, entry: AuditEntry): Promise<void> {
  await tx.query(
    `/* insertAuditEntry */ INSERT INTO audit_log
       (id, at, actor_user_id, actor_api_key_id, actor_label, agency_id, action, target_type, target_id, details, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      entry.id,
      entry.at,
      entry.actorUserId,
      entry.actorApiKeyId,
      entry.actorLabel,
      entry.agencyId,
      entry.action,
      entry.targetType,
      entry.targetId,
      JSON.stringify(entry.details),
      entry.prevHash,
      entry.hash,
    ],
  );
}
