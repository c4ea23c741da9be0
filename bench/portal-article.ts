/**
 * Article page throughput with read counting on: autocannon (in a worker thread) against the
 * real server in this process, first the same HTML served as a static file by the same
 * Fastify server (the ceiling), then the article page. Each connection makes a fixed number
 * of requests, so every request is answered before the run ends; afterwards the read counter
 * is flushed and the stored read count must equal the number of 200 responses exactly.
 * Usage: node bin/run-ts.js bench/portal-article.ts [--requests N] [--connections C] [--postgres]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import fastifyStatic from '@fastify/static';
import { loadConfig } from '../src/config/config.js';
import { insertArticle } from '../src/db/queries/articles/insert-article.js';
import { upsertAgency } from '../src/db/queries/agencies/upsert-agency.js';
import { DEMO_AGENCIES } from '../src/demo/demo-agencies.js';
import { DEMO_ARTICLES, renderDemoArticleBody } from '../src/demo/demo-articles.js';
import { createLogger } from '../src/lib/logger.js';
import { buildServer } from '../src/web/server.js';
import { openBenchPglite, openBenchPostgres, printTable } from './lib/bench-db.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg('--requests', 100_000);
const CONNECTIONS = arg('--connections', 50);
const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36';

interface LoadResult {
  requestsPerSecond: number;
  total: number;
  ok2xx: number;
  non2xx: number;
  status200: number;
  errors: number;
  timeouts: number;
  latencyP50: number;
  latencyP99: number;
  durationSeconds: number;
}

/**
 * Runs the load and measures how busy the server's event loop was meanwhile: on a shared
 * machine the load generator (or other processes) can leave the server idle, so req/s divided
 * by the busy fraction says what one fully used core would serve.
 */
async function load(url: string, amount: number): Promise<LoadResult & { busy: number }> {
  const before = performance.eventLoopUtilization();
  const result = await runWorker(url, amount);
  return { ...result, busy: performance.eventLoopUtilization(before).utilization };
}

function runWorker(url: string, amount: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lib/autocannon-worker.mjs', import.meta.url), {
      workerData: { url, amount, connections: CONNECTIONS, headers: { 'user-agent': BROWSER_UA } },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const target = process.argv.includes('--postgres') ? await openBenchPostgres() : await openBenchPglite();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-bench-portal-'));
try {
  const demo = DEMO_ARTICLES[1]!;
  const agency = DEMO_AGENCIES.find((a) => a.slug === demo.agencySlug)!;
  const agencyId = await upsertAgency(target.db, { ...agency, parentId: null });
  const articleId = await insertArticle(target.db, {
    agencyId,
    slug: demo.slug,
    title: demo.title,
    summary: demo.summary,
    bodySource: demo.paragraphs.join('\n\n'),
    bodyHtml: renderDemoArticleBody(demo),
    bodyText: demo.paragraphs.join('\n\n'),
    status: 'published',
    tags: demo.tags,
    authorUserId: null,
    publishedAt: new Date(Date.now() - 86_400_000),
    readCount: 0,
  });
  const config = loadConfig({
    HUMAS_DATA_KEYS: `b1:${crypto.randomBytes(32).toString('base64')}`,
    HUMAS_LOOKUP_KEY: crypto.randomBytes(32).toString('base64'),
    HUMAS_DATA_DIR: dir,
    LOG_LEVEL: 'silent',
    PORT: '0',
  });
  let inMemory = '';
  const app = await buildServer({ config, db: target.db, logger: createLogger({ level: 'silent' }) });
  // The ceiling: the same bytes from disk through @fastify/static in the same server.
  await app.register(async (child) => {
    await child.register(fastifyStatic, { root: dir, serve: false });
    child.get('/static/article.html', { config: { access: { kind: 'public' } } }, (_request, reply) => reply.type('text/html; charset=utf-8').sendFile('article.html'));
    // The same bytes from memory through the same hooks (headers, access control, logging):
    // what the framework and the security plugins cost before any page work.
    child.get('/static/in-memory.html', { config: { access: { kind: 'public' } } }, (_request, reply) => reply.type('text/html; charset=utf-8').send(inMemory));
  });
  const base = await app.listen({ host: '127.0.0.1', port: 0 });
  const articleUrl = `${base}/berita/${agency.slug}/${demo.slug}`;
  // A crawler's fetch: gives the HTML without counting a read.
  const html = await (await fetch(articleUrl, { headers: { 'user-agent': 'bench-setup-bot' } })).text();
  fs.writeFileSync(path.join(dir, 'article.html'), html);
  inMemory = html;

  const storedReads = async () => {
    const { rows } = await target.db.query<{ read_count: number }>('SELECT read_count FROM articles WHERE id = $1', [articleId]);
    return Number(rows[0]!.read_count);
  };
  // Warm both paths (JIT, page cache), then start from a flushed, known count.
  await load(`${base}/static/article.html`, Math.max(CONNECTIONS, Math.floor(REQUESTS / 10)));
  await load(articleUrl, Math.max(CONNECTIONS, Math.floor(REQUESTS / 10)));
  await app.portal.readCounter.flush();
  const before = await storedReads();

  const staticRun = await load(`${base}/static/article.html`, REQUESTS);
  const memoryRun = await load(`${base}/static/in-memory.html`, REQUESTS);
  const articleRun = await load(articleUrl, REQUESTS);
  const flushStarted = performance.now();
  await app.portal.readCounter.flush();
  const flushMs = performance.now() - flushStarted;
  const counted = (await storedReads()) - before;

  const row = (name: string, r: LoadResult & { busy: number }) => [
    name,
    Math.round(r.requestsPerSecond),
    `${Math.round(r.busy * 100)}%`,
    Math.round(r.requestsPerSecond / r.busy),
    r.total,
    r.status200,
    r.non2xx + r.errors + r.timeouts,
    r.latencyP50,
    r.latencyP99,
  ];
  printTable(
    `Article page on one server process (${target.name}, ${CONNECTIONS} connections, ${REQUESTS.toLocaleString('en-US')} requests each, ${Buffer.byteLength(html)} bytes, ${os.cpus().length} CPUs on this machine)`,
    ['what', 'req/s', 'server busy', 'req/s per busy core', 'requests', '200s', 'failed', 'p50 ms', 'p99 ms'],
    [row('static file (ceiling)', staticRun), row('same bytes from memory', memoryRun), row('article page, read counting on', articleRun)],
  );
  printTable('Read counting after the run', ['200 responses', 'reads stored', 'equal', 'final flush ms'], [[articleRun.status200, counted, counted === articleRun.status200 ? 'yes' : 'NO', Math.round(flushMs)]]);
  await app.close();
  if (counted !== articleRun.status200) {
    process.stderr.write(`stored read count ${counted} differs from the ${articleRun.status200} responses with status 200\n`);
    process.exitCode = 1;
  }
} finally {
  await target.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
