/** Stores a data-subject request waiting for e-mail confirmation. */
import type { Queryable } from '../../db.js';

export async function insertDataSubjectRequest(
  db: Queryable,
  r: { kind: 'export' | 'erasure'; emailHash: Buffer; emailEnc: Buffer; tokenHash: Buffer; expiresAt: Date },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `/* insertDataSubjectRequest */ INSERT INTO data_subject_requests (kind, email_hash, email_enc, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [r.kind, r.emailHash, r.emailEnc, r.tokenHash, r.expiresAt],
  );
  return Number(rows[0]!.id);
}
