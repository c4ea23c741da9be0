import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDb, type TestDatabase } from '../../../test/helpers/test-db.js';
import { createTestKeyring } from '../../../test/helpers/test-keys.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditChain } from './verify-audit-chain.js';

let t: TestDatabase;
const keyring = createTestKeyring();

beforeAll(async () => {
  t = await openTestDb();
});
afterAll(async () => t?.close());

async function resetLog(): Promise<void> {
  await t.db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  await t.db.query('DELETE FROM audit_log');
  await t.db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
  await t.db.query('UPDATE audit_chain_head SET last_id = NULL, last_hash = NULL, entries = 0');
}

async function writeEntries(n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const entry = await recordAudit(t.db, keyring, { action: 'auth.login', actorUserId: i + 1, details: { method: 'password', n: i } });
    ids.push(entry.id);
  }
  return ids;
}

/** What an attacker with database owner rights does: switch off the append-only trigger. */
async function asAttacker(sql: string, params: unknown[] = []): Promise<void> {
  await t.db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  await t.db.query(sql, params);
  await t.db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
}

describe('audit log hash chain', () => {
  beforeEach(resetLog);

  it('verifies an intact chain, each entry linking to the previous hash', async () => {
    const ids = await writeEntries(5);
    const result = await verifyAuditChain(t.db, keyring);
    expect(result).toEqual({ ok: true, checked: 5 });
    const { rows } = await t.db.query<{ id: number; prev_hash: string | null; hash: string }>('SELECT id, prev_hash, hash FROM audit_log ORDER BY id');
    expect(rows[0]!.prev_hash).toBeNull();
    expect(rows[1]!.prev_hash).toBe(rows[0]!.hash);
    expect(rows.map((r) => Number(r.id))).toEqual(ids);
  });

  it('refuses UPDATE and DELETE through the append-only trigger', async () => {
    await writeEntries(1);
    await expect(t.db.query("UPDATE audit_log SET action = 'x.y'")).rejects.toThrow(/append-only/);
    await expect(t.db.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
  });

  it('names an edited entry', async () => {
    const ids = await writeEntries(5);
    await asAttacker(`UPDATE audit_log SET details = '{"method":"password","n":99}' WHERE id = $1`, [ids[2]]);
    const result = await verifyAuditChain(t.db, keyring);
    expect(result.ok).toBe(false);
    expect(result.firstBad).toMatchObject({ id: ids[2], problem: 'edited' });
  });

  it('names an entry edited together with a recomputed unkeyed hash', async () => {
    const ids = await writeEntries(3);
    await asAttacker(`UPDATE audit_log SET actor_user_id = 77, hash = md5(hash) WHERE id = $1`, [ids[0]]);
    expect((await verifyAuditChain(t.db, keyring)).firstBad).toMatchObject({ id: ids[0], problem: 'edited' });
  });

  it('names the entry after a deleted one', async () => {
    const ids = await writeEntries(5);
    await asAttacker('DELETE FROM audit_log WHERE id = $1', [ids[1]]);
    const result = await verifyAuditChain(t.db, keyring);
    expect(result.firstBad).toMatchObject({ id: ids[2], problem: 'deleted_before' });
  });

  it('notices entries deleted from the end through the chain head', async () => {
    const ids = await writeEntries(4);
    await asAttacker('DELETE FROM audit_log WHERE id = $1', [ids[3]]);
    expect((await verifyAuditChain(t.db, keyring)).firstBad).toMatchObject({ id: ids[2], problem: 'deleted_at_end' });
  });

  it('names an inserted entry, in the middle and at the end', async () => {
    const ids = await writeEntries(3);
    const { rows } = await t.db.query<{ hash: string }>('SELECT hash FROM audit_log WHERE id = $1', [ids[0]]);
    // A forged entry with a high id sorts after the three real entries: an insertion at the end.
    await asAttacker(
      `INSERT INTO audit_log (id, at, action, details, prev_hash, hash) VALUES (999, now(), 'auth.login', '{}', $1, md5('x'))`,
      [rows[0]!.hash],
    );
    let result = await verifyAuditChain(t.db, keyring);
    expect(result.firstBad).toMatchObject({ id: 999, problem: 'inserted' });
    await asAttacker('DELETE FROM audit_log WHERE id = 999');
    // Make room after the first entry, then forge one there: an insertion in the middle.
    await asAttacker(`UPDATE audit_log SET id = id * 10 WHERE id <> $1`, [ids[0]]);
    await asAttacker(
      `INSERT INTO audit_log (id, at, action, details, prev_hash, hash) VALUES ($1, now(), 'role.granted', '{}', $2, md5('y'))`,
      [ids[0]! + 1, rows[0]!.hash],
    );
    result = await verifyAuditChain(t.db, keyring);
    expect(result.firstBad).toMatchObject({ id: ids[0]! + 1, problem: 'inserted' });
  });

  it('keeps one unbroken chain when many writers append at once', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => recordAudit(t.db, keyring, { action: 'api_key.used', actorApiKeyId: i })));
    const result = await verifyAuditChain(t.db, keyring, 7);
    expect(result).toEqual({ ok: true, checked: 30 });
  });

  it('rejects a chain checked with another key', async () => {
    await writeEntries(2);
    expect((await verifyAuditChain(t.db, createTestKeyring())).ok).toBe(false);
  });
});
