/**
 * `humas serve` runs the web server (and its background workers) on a migrated database;
 * `humas start` is the one-command demo: migrate, seed on the first run, serve, print URLs.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { assertSchemaCurrent, migrate } from '../../db/migrate.js';
import { openDb } from '../../db/open-db.js';
import { getJobRun } from '../../db/queries/jobs/get-job-run.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../demo/demo-users.js';
import { createLogger } from '../../lib/logger.js';
import { DEMO_SEED_JOB, seedDemo } from '../../services/demo/seed-demo.js';
import { startBackgroundTasks } from '../background-tasks.js';
import { createProgress } from '../progress.js';
import { createRuntime, type Runtime } from '../runtime.js';

export function registerServeCommands(program: Command): void {
  program
    .command('serve')
    .description('run the web server and background workers (the database must be migrated)')
    .action(async () => {
      await runServer({ prepare: async ({ db }) => assertSchemaCurrent(db) });
    });

  program
    .command('start')
    .description('migrate, load the demo data on the first run, and serve (what `npm start` runs)')
    .option('--mentions <n>', 'mentions to generate on the first run', '100000')
    .action(async (options: { mentions: string }) => {
      const mentions = Number(options.mentions);
      await runServer({
        prepare: async ({ db, logger }) => {
          await migrate(db);
          const run = await getJobRun(db, DEMO_SEED_JOB);
          if (run?.status !== 'done') {
            const progress = createProgress('demo mentions', logger);
            try {
              await seedDemo(db, { mentions: Number.isInteger(mentions) && mentions >= 0 ? mentions : 100_000, onProgress: (d, t) => progress.update(d, t) });
            } finally {
              progress.stop();
            }
          }
        },
        banner: true,
      });
    });
}

async function runServer(options: { prepare: (runtime: Runtime) => Promise<void>; banner?: boolean }): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  // Loaded here so that other commands do not pay for the web stack at start-up, and started
  // before the database opens so that module loading overlaps PGlite's start (second start < 5 s).
  const webModules = Promise.all([import('../../web/server.js'), import('../../web/serve-http.js'), import('../../security/security-context.js')]);
  webModules.catch(() => {}); // awaited below; this only keeps an early failure from being unhandled
  const db = await openDb(config.database);
  let running;
  try {
    const runtime = createRuntime(config, db, logger);
    await options.prepare(runtime);
    const [{ buildServer }, { serveHttp }, { createSecurityContext }] = await webModules;
    // One keyring for the web server and the background tasks.
    const app = await buildServer({ ...runtime, security: createSecurityContext(runtime, { keyring: runtime.keyring() }) });
    const background = await startBackgroundTasks(runtime);
    running = await serveHttp({
      app,
      db,
      logger,
      host: config.http.host,
      port: config.http.port,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      background,
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  const base = config.http.publicUrl;
  logger.info({ url: running.url, database: db.kind }, 'serving');
  if (options.banner) process.stdout.write(renderBanner(base));
  await running.closed;
}

function renderBanner(base: string): string {
  const lines = [
    '',
    'Humas berjalan / is running:',
    `  Portal publik   ${base}/`,
    `  Konsol staf     ${base}/console`,
    `  Referensi API   ${base}/api/docs`,
    '',
    `Akun demo / demo logins (kata sandi / password: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((u) => `  ${u.email.padEnd(32)} ${u.role.padEnd(15)} ${u.agencySlug}${u.includesSubAgencies ? ' (+ sub-instansi)' : ''}`),
    '',
    'Akun admin wajib verifikasi dua langkah: saat masuk pertama kali, pindai kode QR (atau ketik kuncinya)',
    'di aplikasi autentikator. / Admin accounts must enrol 2FA at first sign-in (QR code or secret shown).',
    `Email (reset kata sandi, undangan) / e-mails in development:  ${base}/console/dev/outbox`,
    `Permintaan data pribadi warga / data-subject requests:          ${base}/privasi`,
    '',
    'Hentikan dengan Ctrl+C / stop with Ctrl+C.',
    '',
  ];
  return `${lines.join('\n')}\n`;
}
