/** Reads the development outbox in tests: the newest message to an address, decrypted. */
import type { Db } from '../../src/db/db.js';
import { listOutboxMessages } from '../../src/db/queries/mail/list-outbox-messages.js';
import { decryptPersonalData } from '../../src/security/keys/data-cipher.js';
import { AAD } from '../../src/security/keys/encrypted-columns.js';
import type { Keyring } from '../../src/security/keys/keyring.js';

export async function lastMailTo(db: Db, keyring: Keyring, to: string): Promise<{ subject: string; text: string; link: string } | null> {
  for (const m of await listOutboxMessages(db, 200)) {
    if (decryptPersonalData(keyring, m.toEnc, AAD.outboxTo) === to) {
      const text = decryptPersonalData(keyring, m.bodyEnc, AAD.outboxBody);
      const link = /https?:\/\/\S+/.exec(text)?.[0] ?? '';
      return { subject: m.subject, text, link };
    }
  }
  return null;
}

/** The path and query of a link, for app.inject. */
export function localPath(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
