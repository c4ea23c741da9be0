/**
 * Every column that holds encrypted personal data, with the AAD its values are bound to.
 * `humas keys rotate` re-encrypts exactly these, so a capability that stores encrypted data
 * adds its column here (and uses the same AAD when it calls encryptPersonalData).
 */
export interface EncryptedColumn {
  table: string;
  idColumn: string;
  column: string;
  aad: string;
}

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'comments', idColumn: 'id', column: 'author_email_enc', aad: 'comments.author_email' },
  { table: 'users', idColumn: 'id', column: 'totp_secret_enc', aad: 'users.totp_secret' },
  { table: 'mail_outbox', idColumn: 'id', column: 'to_enc', aad: 'mail_outbox.to' },
  { table: 'mail_outbox', idColumn: 'id', column: 'body_enc', aad: 'mail_outbox.body' },
  { table: 'data_subject_requests', idColumn: 'id', column: 'email_enc', aad: 'data_subject_requests.email' },
  { table: 'syndication_channels', idColumn: 'id', column: 'secret_enc', aad: 'syndication_channels.secret' },
  { table: 'alert_rules', idColumn: 'id', column: 'webhook_secret_enc', aad: 'alert_rules.webhook_secret' },
];

/**
 * Secrets sealed with the data keys inside JSON columns (base64 text at `path`), each bound to
 * an AAD made from its row id. They must be recovered in the clear (HMAC needs the secret), so
 * `humas keys rotate` re-seals them too.
 */
export interface SealedJsonSecret {
  table: string;
  idColumn: string;
  jsonColumn: string;
  path: readonly string[];
  aadFor(id: number): string;
}

export const SEALED_JSON_SECRETS: readonly SealedJsonSecret[] = [
  { table: 'sources', idColumn: 'id', jsonColumn: 'config', path: ['webhook', 'secret'], aadFor: (id) => `sources.webhook:${id}` },
];

export const AAD = {
  commentEmail: 'comments.author_email',
  totpSecret: 'users.totp_secret',
  outboxTo: 'mail_outbox.to',
  outboxBody: 'mail_outbox.body',
  dataSubjectEmail: 'data_subject_requests.email',
  syndicationSecret: 'syndication_channels.secret',
} as const;
