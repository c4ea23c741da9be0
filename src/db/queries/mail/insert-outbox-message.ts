/** Stores a development e-mail (recipient and body already encrypted). */
import type { Queryable } from '../../db.js';

export async function insertOutboxMessage(db: Queryable, message: { toEnc: Buffer; subject: string; bodyEnc: Buffer }): Promise<void> {
  await db.query('/* insertOutboxMessage */ INSERT INTO mail_outbox (to_enc, subject, body_enc) VALUES ($1, $2, $3)', [
    message.toEnc,
    message.subject,
    message.bodyEnc,
  ]);
}
