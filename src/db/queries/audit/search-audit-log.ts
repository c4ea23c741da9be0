/** Audit entries for the console viewer: filtered, scoped to agencies, newest first, paged by id. */
import type { Queryable } from '../../db.js';
import { toAuditEntry, type AuditRow } from './list-audit-entries.js';
import type { AuditEntry } from '../../../security/audit/audit-entry.js';

export interface AuditSearch {
  /** null: every agency and entries without one (national scope). */
  agencyIds: number[] | null;
  agencyId?: number | undefined;
  actionPrefix?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export async function searchAuditLog(db: Queryable, s: AuditSearch): Promise<AuditEntry[]> {
  const { rows } = await db.query<AuditRow>(
    `/* searchAuditLog */ SELECT * FROM audit_log
      WHERE ($1::bigint[] IS NULL OR agency_id = ANY($1::bigint[]))
        AND ($2::bigint IS NULL OR agency_id = $2)
        AND ($3::text IS NULL OR starts_with(action, $3))
        AND ($4::timestamptz IS NULL OR at >= $4)
        AND ($5::timestamptz IS NULL OR at < $5)
        AND ($6::bigint IS NULL OR id < $6)
      ORDER BY id DESC LIMIT $7`,
    [s.agencyIds, s.agencyId ?? null, s.actionPrefix ?? null, s.from ?? null, s.to ?? null, s.beforeId ?? null, s.limit],
  );
  return rows.map(toAuditEntry);
}
