import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAuditVerify } from '../../src/cli/commands/audit.js';
import { loadConfig } from '../../src/config/config.js';
import { recordAudit } from '../../src/security/audit/record-audit.js';
import { createKeyring } from '../../src/security/keys/keyring.js';
import { runCli } from '../helpers/cli.js';
import { openTestDb, type TestDatabase } from '../helpers/test-db.js';
import { testKeyEnv } from '../helpers/test-keys.js';

let t: TestDatabase;
const env = testKeyEnv();
const keys = loadConfig(env).security.keys!;
const keyring = createKeyring(keys.dataKeys, keys.lookupKey);
let ids: number[] = [];

beforeAll(async () => {
  t = await openTestDb();
  for (let i = 0; i < 6; i++) ids.push((await recordAudit(t.db, keyring, { action: 'user.role_granted', actorUserId: 1, agencyId: 2, details: { role: 'writer', i } })).id);
});
afterAll(async () => t?.close());

async function asAttacker(sql: string, params: unknown[] = []): Promise<void> {
  await t.db.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
  await t.db.query(sql, params);
  await t.db.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
}

/**
 * `humas audit verify`: with `asProcess` on PostgreSQL, the real command in a child process
 * (slow: a few seconds per start); otherwise its function in-process (PGlite's database lives
 * in this process).
 */
async function verify(asProcess = false): Promise<{ code: number; output: string }> {
  if (asProcess && t.url) {
    const result = await runCli(['audit', 'verify'], { ...env, DATABASE_URL: t.url, LOG_LEVEL: 'warn' });
    return { code: result.code ?? -1, output: result.stdout + result.stderr };
  }
  const lines: string[] = [];
  const code = await runAuditVerify(t.db, keyring, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

describe('humas audit verify', () => {
  it('exits 0 on an intact log', async () => {
    const result = await verify(true);
    expect(result.code).toBe(0);
    expect(result.output).toContain('audit log intact: 6 entries verified');
  });

  it('exits non-zero naming an entry edited in the database', async () => {
    await asAttacker(`UPDATE audit_log SET details = '{"role": "national_admin", "i": 2}' WHERE id = $1`, [ids[2]]);
    const result = await verify(true);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`entry #${ids[2]} (edited)`);
    await asAttacker(`UPDATE audit_log SET details = '{"role": "writer", "i": 2}' WHERE id = $1`, [ids[2]]);
    expect((await verify()).code).toBe(0);
  });

  it('exits non-zero naming the entry after one deleted from the database', async () => {
    const { rows } = await t.db.query('SELECT * FROM audit_log WHERE id = $1', [ids[3]]);
    await asAttacker('DELETE FROM audit_log WHERE id = $1', [ids[3]]);
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.output).toContain(`entry #${ids[4]} (deleted_before)`);
    const r = rows[0] as Record<string, unknown>;
    await asAttacker(
      'INSERT INTO audit_log (id, at, actor_user_id, actor_api_key_id, actor_label, agency_id, action, target_type, target_id, details, prev_hash, hash) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)',
      [r.id, r.at, r.actor_user_id, r.actor_api_key_id, r.actor_label, r.agency_id, r.action, r.target_type, r.target_id, JSON.stringify(r.details), r.prev_hash, r.hash],
    );
    expect((await verify()).code).toBe(0);
  });

  it('exits non-zero naming an entry inserted into the database', async () => {
    const { rows } = await t.db.query<{ hash: string }>('SELECT hash FROM audit_log WHERE id = $1', [ids[5]]);
    await asAttacker(
      `INSERT INTO audit_log (id, at, action, actor_user_id, details, prev_hash, hash) VALUES ($1, now(), 'user.role_granted', 666, '{"role":"national_admin"}', $2, encode(sha256('forged'), 'hex'))`,
      [ids[5]! + 1000, rows[0]!.hash],
    );
    const result = await verify();
    expect(result.code).toBe(1);
    expect(result.output).toContain(`entry #${ids[5]! + 1000} (inserted)`);
  });
});
