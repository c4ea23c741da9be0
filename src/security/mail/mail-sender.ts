/**
 * Sending e-mail (password resets, invitations, data-subject confirmations). Production uses
 * SMTP; development keeps messages in an encrypted outbox in the database that the console
 * shows at /console/dev/outbox. Message bodies carry secret links: never log them.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config/config.js';
import type { Db } from '../../db/db.js';
import { insertOutboxMessage } from '../../db/queries/mail/insert-outbox-message.js';
import { encryptPersonalData } from '../keys/data-cipher.js';
import { AAD } from '../keys/encrypted-columns.js';
import type { Keyring } from '../keys/keyring.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface MailSender {
  readonly kind: 'outbox' | 'smtp';
  send(message: MailMessage): Promise<void>;
}

export function createMailSender(mail: Config['mail'], db: Db, keyring: Keyring): MailSender {
  if (mail.transport === 'smtp') {
    const transport = nodemailer.createTransport(mail.smtpUrl);
    return {
      kind: 'smtp',
      async send(message) {
        await transport.sendMail({ from: mail.from, to: message.to, subject: message.subject, text: message.text });
      },
    };
  }
  return {
    kind: 'outbox',
    async send(message) {
      await insertOutboxMessage(db, {
        toEnc: encryptPersonalData(keyring, message.to, AAD.outboxTo),
        subject: message.subject,
        bodyEnc: encryptPersonalData(keyring, message.text, AAD.outboxBody),
      });
    },
  };
}
