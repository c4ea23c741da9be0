import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptPersonalData, encryptPersonalData, ciphertextKeyId } from '../../src/security/keys/data-cipher.js';
import { AAD, ENCRYPTED_COLUMNS } from '../../src/security/keys/encrypted-columns.js';
import { createKeyring } from '../../src/security/keys/keyring.js';
import { createKeyringSecretBox } from '../../src/security/keys/keyring-secret-box.js';
import { rotateKeys } from '../../src/security/keys/rotate-keys.js';
import { runCli } from '../helpers/cli.js';
import { openTestDb, type TestDatabase } from '../helpers/test-db.js';

let t: TestDatabase;
const lookupKey = crypto.randomBytes(32);
const k1 = { id: 'k1', key: crypto.randomBytes(32) };
const k2 = { id: 'k2', key: crypto.randomBytes(32) };
const k3 = { id: 'k3', key: crypto.randomBytes(32) };
const oldRing = createKeyring([k1], lookupKey);
const EMAILS = Array.from({ length: 25 }, (_, i) => `warga${i}@contoh.id`);

beforeAll(async () => {
  t = await openTestDb();
  await t.db.query("INSERT INTO agencies (code, slug, name, abbreviation, level, kind) VALUES ('a', 'a', 'A', 'A', 'national', 'agency')");
  const { rows } = await t.db.query<{ id: number }>("INSERT INTO articles (agency_id, slug, title) SELECT id, 'x', 'X' FROM agencies RETURNING id");
  for (const email of EMAILS) {
    await t.db.query('INSERT INTO comments (article_id, author_name, author_email_enc, body) VALUES ($1, $2, $3, $4)', [
      rows[0]!.id,
      'Warga',
      encryptPersonalData(oldRing, email, AAD.commentEmail),
      'isi',
    ]);
  }
  await t.db.query('INSERT INTO comments (article_id, author_name, body) VALUES ($1, $2, $3)', [rows[0]!.id, 'Tanpa email', 'isi']);
  await t.db.query("INSERT INTO users (email, display_name, totp_secret_enc) VALUES ('staf@uji.test', 'Staf', $1)", [encryptPersonalData(oldRing, 'JBSWY3DPEHPK3PXPJBSWY3DP', AAD.totpSecret)]);
  await t.db.query('INSERT INTO mail_outbox (to_enc, subject, body_enc) VALUES ($1, $2, $3)', [
    encryptPersonalData(oldRing, 'warga0@contoh.id', AAD.outboxTo),
    'Subjek',
    encryptPersonalData(oldRing, 'Isi surat', AAD.outboxBody),
  ]);
  // A webhook source's signing secret, sealed inside sources.config.
  const { rows: src } = await t.db.query<{ id: number }>("INSERT INTO sources (kind, platform, name) VALUES ('webhook', 'web', 'Uji webhook') RETURNING id");
  webhookSourceId = Number(src[0]!.id);
  const sealed = createKeyringSecretBox(oldRing).seal(WEBHOOK_SECRET, `sources.webhook:${webhookSourceId}`);
  await t.db.query(`UPDATE sources SET config = jsonb_build_object('webhook', jsonb_build_object('secret', $2::text)) WHERE id = $1`, [webhookSourceId, sealed]);
});
afterAll(async () => t?.close());

const WEBHOOK_SECRET = 'rahasia-webhook-uji-0123456789';
let webhookSourceId = 0;

async function sealedWebhookSecret(): Promise<string> {
  const { rows } = await t.db.query<{ s: string }>("SELECT config #>> '{webhook,secret}' AS s FROM sources WHERE id = $1", [webhookSourceId]);
  return rows[0]!.s;
}

async function storedKeyIds(): Promise<string[]> {
  const ids: string[] = [];
  for (const c of ENCRYPTED_COLUMNS) {
    const { rows } = await t.db.query<{ v: Uint8Array }>(`SELECT ${c.column} AS v FROM ${c.table} WHERE ${c.column} IS NOT NULL`);
    ids.push(...rows.map((r) => ciphertextKeyId(Buffer.from(r.v))));
  }
  return ids;
}

describe('key rotation', () => {
  it('keeps old ciphertexts readable after a new key is added, and re-encrypts them all with it', async () => {
    const ring = createKeyring([k2, k1], lookupKey);
    const { rows: before } = await t.db.query<{ v: Uint8Array }>('SELECT author_email_enc AS v FROM comments WHERE author_email_enc IS NOT NULL ORDER BY id');
    expect(decryptPersonalData(ring, Buffer.from(before[0]!.v), AAD.commentEmail)).toBe('warga0@contoh.id');
    const result = await rotateKeys(t.db, ring, { batchSize: 7 });
    expect(result.reencrypted).toMatchObject({
      'comments.author_email_enc': 25,
      'users.totp_secret_enc': 1,
      'mail_outbox.to_enc': 1,
      'mail_outbox.body_enc': 1,
      'sources.config.webhook.secret': 1,
    });
    expect(new Set(await storedKeyIds())).toEqual(new Set(['k2']));
    // The webhook secret is re-sealed too and opens with the new key alone.
    const box = createKeyringSecretBox(createKeyring([k2], lookupKey));
    expect(box.open(await sealedWebhookSecret(), `sources.webhook:${webhookSourceId}`)).toBe(WEBHOOK_SECRET);

    // The old key can now be dropped: a keyring with only k2 reads everything.
    const onlyNew = createKeyring([k2], lookupKey);
    const { rows } = await t.db.query<{ v: Uint8Array }>('SELECT author_email_enc AS v FROM comments WHERE author_email_enc IS NOT NULL ORDER BY id');
    expect(rows.map((r) => decryptPersonalData(onlyNew, Buffer.from(r.v), AAD.commentEmail))).toEqual(EMAILS);
    expect(() => decryptPersonalData(oldRing, Buffer.from(rows[0]!.v), AAD.commentEmail)).toThrow(/not configured/);
    expect((await rotateKeys(t.db, ring)).total).toBe(0);
  });

  it('`humas keys rotate` re-encrypts with the key first in HUMAS_DATA_KEYS (PostgreSQL: as a real process)', async () => {
    if (!t.url) {
      // PGlite's database lives in this process; the command's work is the function above.
      expect((await rotateKeys(t.db, createKeyring([k3, k2], lookupKey))).total).toBe(29);
    } else {
      const env = {
        DATABASE_URL: t.url,
        LOG_LEVEL: 'warn',
        HUMAS_DATA_KEYS: [k3, k2].map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
        HUMAS_LOOKUP_KEY: lookupKey.toString('base64'),
      };
      const result = await runCli(['keys', 'rotate'], env);
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain('re-encrypted 29 values with key k3');
    }
    expect(new Set(await storedKeyIds())).toEqual(new Set(['k3']));
    expect(ciphertextKeyId(Buffer.from(await sealedWebhookSecret(), 'base64'))).toBe('k3');
  });
});
