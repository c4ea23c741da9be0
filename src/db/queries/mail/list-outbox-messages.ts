/** The newest development e-mails (still encrypted). */
import type { Queryable } from '../../db.js';

export interface OutboxRow {
  id: number;
  toEnc: Buffer;
  subject: string;
  bodyEnc: Buffer;
  createdAt: Date;
}

export async function listOutboxMessages(db: Queryable, limit: number): Promise<OutboxRow[]> {
  const { rows } = await db.query<{ id: number; to_enc: Uint8Array; subject: string; body_enc: Uint8Array; created_at: Date }>(
    '/* listOutboxMessages */ SELECT id, to_enc, subject, body_enc, created_at FROM mail_outbox ORDER BY id DESC LIMIT $1',
    [limit],
  );
  return rows.map((r) => ({ id: Number(r.id), toEnc: Buffer.from(r.to_enc), subject: r.subject, bodyEnc: Buffer.from(r.body_enc), createdAt: r.created_at }));
}
