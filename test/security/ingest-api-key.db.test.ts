/**
 * The ingest webhook with the security module: signing secrets sealed with the data keys,
 * and — when HUMAS_INGEST_REQUIRE_API_KEY is on — an API key with `ingest.write` whose agency
 * scope covers the source's agency.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertApiKey } from '../../src/db/queries/api-keys/insert-api-key.js';
import { generateApiKey } from '../../src/security/api-keys/api-key-token.js';
import { createKeyringSecretBox } from '../../src/security/keys/keyring-secret-box.js';
import { signWebhookBody } from '../../src/services/ingest/webhook-signature.js';
import { createWebhookSource } from '../../src/services/ingest/webhook-sources.js';
import { startStaffServer, type StaffServer } from '../helpers/staff-server.js';

let s: StaffServer;
let source: { sourceId: number; secret: string };
const keys: Record<string, string> = {};

async function key(name: string, agencyId: number, permissions: ('ingest.write' | 'mentions.read')[], includesSubAgencies = false): Promise<string> {
  const k = generateApiKey();
  await insertApiKey(s.db, { ...k, name, agencyId, includesSubAgencies, permissions, createdBy: null });
  return k.token;
}

beforeAll(async () => {
  s = await startStaffServer({ HUMAS_INGEST_REQUIRE_API_KEY: 'true' });
  // The source belongs to Kota Bandung, a sub-agency of Pemprov Jabar.
  source = await createWebhookSource(s.db, createKeyringSecretBox(s.security.keyring), { name: 'Integrasi kota', platform: 'web', agencyId: s.fixture.agencyA1 });
  keys.city = await key('kota', s.fixture.agencyA1, ['ingest.write']);
  keys.provinceWithSubs = await key('provinsi', s.fixture.agencyA, ['ingest.write'], true);
  keys.provinceOnly = await key('provinsi saja', s.fixture.agencyA, ['ingest.write'], false);
  keys.readOnly = await key('baca', s.fixture.agencyA1, ['mentions.read']);
  keys.otherAgency = await key('kemenkes', s.fixture.agencyB, ['ingest.write']);
});
afterAll(async () => s?.close());

let counter = 0;
function send(apiKey: string | undefined) {
  const raw = JSON.stringify({ items: [{ externalId: `x${counter++}`, publishedAt: '2026-05-01T08:30:00+07:00', text: 'jalan rusak', author: { handle: 'warga', type: 'citizen' } }] });
  const timestamp = Math.floor(Date.now() / 1000);
  return s.app.inject({
    method: 'POST',
    url: '/api/v1/ingest',
    headers: {
      'content-type': 'application/json',
      'x-humas-source': String(source.sourceId),
      'x-humas-timestamp': String(timestamp),
      'x-humas-signature': signWebhookBody(source.secret, timestamp, raw),
      ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
    },
    payload: raw,
  });
}

describe('ingest webhook with API keys required', () => {
  it('stores the signing secret sealed with the data keys, not in the clear', async () => {
    const { rows } = await s.db.query<{ config: unknown }>('SELECT config FROM sources WHERE id = $1', [source.sourceId]);
    expect(JSON.stringify(rows[0]!.config)).not.toContain(source.secret);
  });

  it('accepts a signed batch with a key of the source agency or of a parent agency with sub-agencies', async () => {
    expect((await send(keys.city)).statusCode).toBe(202);
    expect((await send(keys.provinceWithSubs)).statusCode).toBe(202);
  });

  it('refuses a missing or unknown key (401), and keys without the permission or the agency (403)', async () => {
    expect((await send(undefined)).statusCode).toBe(401);
    expect((await send('hk_000000000000_' + 'A'.repeat(43))).statusCode).toBe(401);
    expect((await send(keys.readOnly)).statusCode).toBe(403);
    expect((await send(keys.provinceOnly)).statusCode).toBe(403);
    expect((await send(keys.otherAgency)).statusCode).toBe(403);
  });

  it('refuses a revoked key', async () => {
    await s.db.query("UPDATE api_keys SET revoked_at = now() WHERE name = 'kota'");
    expect((await send(keys.city)).statusCode).toBe(401);
  });
});
