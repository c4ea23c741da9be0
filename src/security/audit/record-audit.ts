/**
 * Appends to the audit log. Call it inside the transaction that does the action (pass the
 * Tx), so the action and its record commit together; given a Db it opens its own. The chain
 * head row is locked FOR UPDATE, which serialises appends across all processes.
 */
import type { Db, Queryable, Tx } from '../../db/db.js';
import { advanceAuditChainHead } from '../../db/queries/audit/advance-audit-chain-head.js';
import { insertAuditEntry, nextAuditId } from '../../db/queries/audit/insert-audit-entry.js';
import { lockAuditChainHead } from '../../db/queries/audit/lock-audit-chain-head.js';
import type { Keyring } from '../keys/keyring.js';
import { AUDIT_ACTION, type AuditEntry, type AuditInput } from './audit-entry.js';
import { computeAuditHash } from './audit-hash.js';

export async function recordAudit(db: Db | Tx, keyring: Keyring, input: AuditInput): Promise<AuditEntry> {
  if (!AUDIT_ACTION.test(input.action)) throw new Error(`invalid audit action name: ${input.action}`);
  if (isDb(db)) return db.transaction((tx) => append(tx, keyring, input));
  return append(db, keyring, input);
}

function isDb(value: Db | Tx): value is Db {
  return typeof (value as Db).transaction === 'function';
}

async function append(tx: Queryable, keyring: Keyring, input: AuditInput): Promise<AuditEntry> {
  const head = await lockAuditChainHead(tx);
  const id = await nextAuditId(tx);
  const partial = {
    id,
    // Millisecond precision, so the value read back is exactly the one hashed.
    at: new Date(),
    actorUserId: input.actorUserId ?? null,
    actorApiKeyId: input.actorApiKeyId ?? null,
    actorLabel: input.actorLabel ?? null,
    agencyId: input.agencyId ?? null,
    action: input.action,
    targetType: input.targetType ?? null,
    targetId: input.targetId === undefined || input.targetId === null ? null : String(input.targetId),
    details: sanitizeDetails(input.details ?? {}),
    prevHash: head.lastHash,
  };
  const entry: AuditEntry = { ...partial, hash: computeAuditHash(keyring.hmacKey('audit'), partial) };
  await insertAuditEntry(tx, entry);
  await advanceAuditChainHead(tx, id, entry.hash!);
  return entry;
}

/** jsonb cannot hold U+0000 and normalises numbers; keep details to what round-trips exactly. */
function sanitizeDetails(details: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(details, (_key, value: unknown) => (typeof value === 'string' ? value.replace(/\u0000/g, '') : value))) as Record<
    string,
    unknown
  >;
}
