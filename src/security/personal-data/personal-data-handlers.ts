/**
 * Where a citizen's personal data lives, for data-subject requests (UU PDP): each handler
 * exports and erases one kind of data found by the keyed hash of the citizen's e-mail.
 * Capabilities that store citizen data (the inbox's contact details, for example) register a
 * handler here, so export and erasure cover them without changes elsewhere.
 *
 * Reactions need no handler: they are stored only under a daily-salted hash of request
 * traits and cannot be linked to a person.
 */
import type { Queryable } from '../../db/db.js';
import { anonymizeCommentsByEmailHash } from '../../db/queries/comments/anonymize-comments-by-email-hash.js';
import { listCommentsByEmailHash } from '../../db/queries/comments/list-comments-by-email-hash.js';
import { decryptPersonalData } from '../keys/data-cipher.js';
import { AAD } from '../keys/encrypted-columns.js';
import type { Keyring } from '../keys/keyring.js';

export interface PersonalDataHandler {
  /** Names the section in the export and the count in the erasure result. */
  name: string;
  exportData(db: Queryable, keyring: Keyring, emailHash: Buffer): Promise<unknown[]>;
  /** Erases (or anonymises) inside the caller's transaction; returns how many records changed. */
  erase(tx: Queryable, emailHash: Buffer): Promise<number>;
}

const handlers: PersonalDataHandler[] = [];

export function registerPersonalDataHandler(handler: PersonalDataHandler): void {
  if (!handlers.some((h) => h.name === handler.name)) handlers.push(handler);
}

export function listPersonalDataHandlers(): readonly PersonalDataHandler[] {
  return handlers;
}

registerPersonalDataHandler({
  name: 'comments',
  async exportData(db, keyring, emailHash) {
    const comments = await listCommentsByEmailHash(db, emailHash);
    return comments.map((c) => ({
      article: c.articleTitle,
      name: c.authorName,
      email: c.authorEmailEnc ? decryptPersonalData(keyring, c.authorEmailEnc, AAD.commentEmail) : null,
      comment: c.body,
      status: c.status,
      createdAt: c.createdAt.toISOString(),
    }));
  },
  erase: (tx, emailHash) => anonymizeCommentsByEmailHash(tx, emailHash, { name: 'Anonim', body: '[Komentar dihapus atas permintaan penulisnya]' }),
});
