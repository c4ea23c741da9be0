/**
 * Walks the audit log in id order and recomputes every link. Reports the first entry where
 * the chain breaks and what most likely happened there:
 *  - edited: the entry's content no longer matches its hash, and the next entry still
 *    points at its stored hash;
 *  - inserted: the entry's hash is not valid and the next entry points past it;
 *  - deleted: a valid entry whose previous-hash does not match the entry before it (one or
 *    more entries in between were removed), or entries missing after the last one.
 */
import type { Queryable } from '../../db/db.js';
import { getAuditChainHead } from '../../db/queries/audit/get-audit-chain-head.js';
import { listAuditEntries } from '../../db/queries/audit/list-audit-entries.js';
import type { Keyring } from '../keys/keyring.js';
import type { AuditEntry } from './audit-entry.js';
import { computeAuditHash } from './audit-hash.js';

export type AuditProblem = 'edited' | 'inserted' | 'deleted_before' | 'deleted_at_end';

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The entry where the chain first breaks (for deleted_at_end: the last entry that remains). */
  firstBad?: { id: number | null; problem: AuditProblem; message: string };
}

export async function verifyAuditChain(db: Queryable, keyring: Keyring, pageSize = 1000): Promise<AuditVerification> {
  const key = keyring.hmacKey('audit');
  let previous: AuditEntry | null = null;
  let checked = 0;
  let afterId = 0;
  const buffer: AuditEntry[] = [];
  let exhausted = false;
  let retried = false;
  const fill = async () => {
    if (exhausted) return;
    const page = await listAuditEntries(db, afterId, pageSize);
    if (page.length < pageSize) exhausted = true;
    afterId = page.at(-1)?.id ?? afterId;
    buffer.push(...page);
  };
  for (;;) {
    // Keep one entry of look-ahead: it tells an edited entry from an inserted one.
    if (buffer.length < 2) await fill();
    const entry = buffer.shift();
    if (!entry) {
      // Entries appended while we walked move the head on; read them before judging the end.
      const head = await getAuditChainHead(db);
      if (head.lastId !== null && head.lastId > afterId && !retried) {
        retried = true;
        exhausted = false;
        continue;
      }
      if (head.lastHash !== (previous?.hash ?? null)) return broken(checked, previous?.id ?? null, 'deleted_at_end');
      return { ok: true, checked };
    }
    retried = false;
    const expectedPrev = previous?.hash ?? null;
    if (computeAuditHash(key, entry) !== entry.hash) {
      if (buffer.length === 0) await fill();
      const next = buffer[0];
      const skippedOver = next ? next.prevHash === expectedPrev : (await getAuditChainHead(db)).lastHash === expectedPrev;
      return broken(checked, entry.id, skippedOver ? 'inserted' : 'edited');
    }
    if (entry.prevHash !== expectedPrev) return broken(checked, entry.id, 'deleted_before');
    previous = entry;
    checked++;
  }
}

function broken(checked: number, id: number | null, problem: AuditProblem): AuditVerification {
  const messages: Record<AuditProblem, string> = {
    edited: `entry #${id} was edited after it was written`,
    inserted: `entry #${id} was inserted into the log (it is not part of the chain)`,
    deleted_before: `one or more entries before #${id} were deleted`,
    deleted_at_end: id === null ? 'entries were deleted (the log is empty but the chain head is not)' : `entries after #${id} were deleted`,
  };
  return { ok: false, checked, firstBad: { id, problem, message: messages[problem] } };
}
