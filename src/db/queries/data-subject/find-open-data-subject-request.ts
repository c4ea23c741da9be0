/** An unconfirmed, unexpired request by token; `lock` in the completing transaction. */
import type { Queryable } from '../../db.js';

export interface OpenDataSubjectRequest {
  id: number;
  kind: 'export' | 'erasure';
  emailHash: Buffer;
}

export async function findOpenDataSubjectRequest(db: Queryable, tokenHash: Buffer, lock = false): Promise<OpenDataSubjectRequest | null> {
  const { rows } = await db.query<{ id: number; kind: 'export' | 'erasure'; email_hash: Uint8Array }>(
    `/* findOpenDataSubjectRequest */ SELECT id, kind, email_hash FROM data_subject_requests
      WHERE token_hash = $1 AND completed_at IS NULL AND expires_at > now() ${lock ? 'FOR UPDATE' : ''}`,
    [tokenHash],
  );
  const r = rows[0];
  return r ? { id: Number(r.id), kind: r.kind, emailHash: Buffer.from(r.email_hash) } : null;
}
