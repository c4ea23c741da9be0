/**
 * Data-subject requests (UU PDP): a citizen asks for an export or erasure of their data by
 * e-mail address; a single-use link (24 h) sent to that address proves they control it; then
 * the export is produced or the data erased — in one transaction with its audit entry. A
 * confirmation is only sent when data exists, so the form cannot be used to mail strangers.
 */
import { completeDataSubjectRequest } from '../../db/queries/data-subject/complete-data-subject-request.js';
import { findOpenDataSubjectRequest } from '../../db/queries/data-subject/find-open-data-subject-request.js';
import { insertDataSubjectRequest } from '../../db/queries/data-subject/insert-data-subject-request.js';
import { recordAudit } from '../../security/audit/record-audit.js';
import { encryptPersonalData } from '../../security/keys/data-cipher.js';
import { AAD } from '../../security/keys/encrypted-columns.js';
import { emailLookupHash } from '../../security/keys/lookup-hash.js';
import { listPersonalDataHandlers } from '../../security/personal-data/personal-data-handlers.js';
import type { SecurityContext } from '../../security/security-context.js';
import { generateSecretToken, hashSecretToken, looksLikeSecretToken } from '../../security/sessions/secret-token.js';
import type { LinkMail } from '../accounts/request-password-reset.js';

export type DataSubjectKind = 'export' | 'erasure';

export async function requestDataSubjectAction(security: SecurityContext, email: string, kind: DataSubjectKind, compose: LinkMail, linkSuffix = ''): Promise<boolean> {
  const { db, keyring } = security;
  const emailHash = emailLookupHash(keyring, email);
  let found = 0;
  for (const handler of listPersonalDataHandlers()) found += (await handler.exportData(db, keyring, emailHash)).length;
  if (found === 0) return false;
  const token = generateSecretToken();
  await db.transaction(async (tx) => {
    const id = await insertDataSubjectRequest(tx, {
      kind,
      emailHash,
      emailEnc: encryptPersonalData(keyring, email.trim(), AAD.dataSubjectEmail),
      tokenHash: hashSecretToken(token),
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    await recordAudit(tx, keyring, { action: 'data_subject.requested', actorLabel: 'citizen', targetType: 'data_subject_request', targetId: id, details: { kind } });
  });
  await security.mail.send({ to: email.trim(), ...compose(`${security.config.http.publicUrl}/privasi/konfirmasi?token=${token}${linkSuffix}`) });
  return true;
}

export async function findDataSubjectRequest(security: SecurityContext, token: string): Promise<{ kind: DataSubjectKind } | null> {
  if (!looksLikeSecretToken(token)) return null;
  return findOpenDataSubjectRequest(security.db, hashSecretToken(token));
}

export type DataSubjectOutcome =
  | { kind: 'export'; data: Record<string, unknown[]> }
  | { kind: 'erasure'; counts: Record<string, number> };

export async function completeDataSubjectAction(security: SecurityContext, token: string): Promise<DataSubjectOutcome | null> {
  if (!looksLikeSecretToken(token)) return null;
  const { db, keyring } = security;
  return db.transaction(async (tx) => {
    const open = await findOpenDataSubjectRequest(tx, hashSecretToken(token), true);
    if (!open) return null;
    let outcome: DataSubjectOutcome;
    const counts: Record<string, number> = {};
    if (open.kind === 'export') {
      const data: Record<string, unknown[]> = {};
      for (const handler of listPersonalDataHandlers()) {
        data[handler.name] = await handler.exportData(tx, keyring, open.emailHash);
        counts[handler.name] = data[handler.name]!.length;
      }
      outcome = { kind: 'export', data };
    } else {
      for (const handler of listPersonalDataHandlers()) counts[handler.name] = await handler.erase(tx, open.emailHash);
      outcome = { kind: 'erasure', counts };
    }
    await completeDataSubjectRequest(tx, open.id, counts);
    await recordAudit(tx, keyring, {
      action: open.kind === 'export' ? 'data_subject.exported' : 'data_subject.erased',
      actorLabel: 'citizen',
      targetType: 'data_subject_request',
      targetId: open.id,
      details: counts,
    });
    return outcome;
  });
}
