/**
 * A real server on a fresh test database, with random keys, the outbox mail transport and a
 * log captured in memory (so tests can scan every line), plus a small fixture of agencies
 * and staff: agency A (Pemprov Jabar) with sub-agency A1 (Kota Bandung), and agency B
 * (Kemenkes), with admins, writers and a national admin.
 */
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import type { Db } from '../../src/db/db.js';
import { createLogger } from '../../src/lib/logger.js';
import type { Role } from '../../src/domain/role.js';
import { hashPassword } from '../../src/security/password-hash.js';
import { createSecurityContext, type SecurityContext } from '../../src/security/security-context.js';
import { buildServer } from '../../src/web/server.js';
import { openTestDb, type TestDatabase } from './test-db.js';
import { createTestKeyring } from './test-keys.js';

export const TEST_PASSWORD = 'uji-coba kata sandi 2026';

export interface Fixture {
  agencyA: number;
  agencyA1: number;
  agencyB: number;
  users: Record<FixtureUser, number>;
}

export type FixtureUser = 'nationalAdmin' | 'adminA' | 'writerA' | 'analystA1' | 'adminB' | 'writerB';

export const FIXTURE_EMAILS: Record<FixtureUser, string> = {
  nationalAdmin: 'nasional@uji.test',
  adminA: 'admin.a@uji.test',
  writerA: 'penulis.a@uji.test',
  analystA1: 'analis.a1@uji.test',
  adminB: 'admin.b@uji.test',
  writerB: 'penulis.b@uji.test',
};

export interface StaffServer {
  t: TestDatabase;
  db: Db;
  app: FastifyInstance;
  security: SecurityContext;
  fixture: Fixture;
  /** Every log line written so far. */
  logLines: string[];
  close(): Promise<void>;
}

export async function startStaffServer(env: Record<string, string> = {}): Promise<StaffServer> {
  const t = await openTestDb();
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      callback();
    },
  });
  const logger = createLogger({ level: 'debug', destination });
  const config = loadConfig({ HUMAS_DATA_DIR: '/nonexistent-test-dir', ...env });
  const security = createSecurityContext({ config, db: t.db, logger }, { keyring: createTestKeyring() });
  const fixture = await seedFixture(t.db);
  const app = await buildServer({ config, db: t.db, logger, security });
  await app.ready();
  return {
    t,
    db: t.db,
    app,
    security,
    fixture,
    logLines,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

async function insertAgency(db: Db, code: string, name: string, level: string, kind: string, parentId: number | null): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `INSERT INTO agencies (code, slug, name, abbreviation, level, kind, parent_id) VALUES ($1, $1, $2, $1, $3, $4, $5) RETURNING id`,
    [code, name, level, kind, parentId],
  );
  return Number(rows[0]!.id);
}

export async function insertUser(db: Db, email: string, name: string, memberships: [number, Role, boolean][], passwordHash?: string): Promise<number> {
  const { rows } = await db.query<{ id: number }>('INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id', [
    email,
    name,
    passwordHash ?? (await hashPassword(TEST_PASSWORD)),
  ]);
  const id = Number(rows[0]!.id);
  for (const [agencyId, role, sub] of memberships) {
    await db.query('INSERT INTO memberships (user_id, agency_id, role, includes_sub_agencies) VALUES ($1, $2, $3, $4)', [id, agencyId, role, sub]);
  }
  return id;
}

async function seedFixture(db: Db): Promise<Fixture> {
  const agencyB = await insertAgency(db, 'kemenkes', 'Kementerian Kesehatan', 'national', 'ministry', null);
  const agencyA = await insertAgency(db, 'pemprov-jabar', 'Pemerintah Provinsi Jawa Barat', 'province', 'regional_government', null);
  const agencyA1 = await insertAgency(db, 'pemkot-bandung', 'Pemerintah Kota Bandung', 'city', 'regional_government', agencyA);
  const hash = await hashPassword(TEST_PASSWORD);
  const users = {
    nationalAdmin: await insertUser(db, FIXTURE_EMAILS.nationalAdmin, 'Rina Nasional', [[agencyB, 'national_admin', true]], hash),
    adminA: await insertUser(db, FIXTURE_EMAILS.adminA, 'Asep Admin', [[agencyA, 'agency_admin', true]], hash),
    writerA: await insertUser(db, FIXTURE_EMAILS.writerA, 'Dewi Penulis', [[agencyA, 'writer', false]], hash),
    analystA1: await insertUser(db, FIXTURE_EMAILS.analystA1, 'Fajar Analis', [[agencyA1, 'analyst', false]], hash),
    adminB: await insertUser(db, FIXTURE_EMAILS.adminB, 'Maya Admin', [[agencyB, 'agency_admin', false]], hash),
    writerB: await insertUser(db, FIXTURE_EMAILS.writerB, 'Andi Penulis', [[agencyB, 'writer', false]], hash),
  };
  return { agencyA, agencyA1, agencyB, users };
}
