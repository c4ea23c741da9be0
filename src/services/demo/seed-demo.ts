/**
 * `humas seed --demo`: agencies, staff, sources, tracked issues, published news, and N
 * mentions of public conversation fed through the listening pipeline (so stored text is
 * redacted and enriched like any other). Resumable and never half-done: the reference data
 * goes in one transaction; generated items are queued in chunks whose progress is recorded
 * in the same transaction as the chunk; the pipeline drains the queue (crash-safe by itself);
 * the run is marked done only at the end. A run killed at any moment resumes where it was.
 */
import type { Db, Tx } from '../../db/db.js';
import { upsertAgency } from '../../db/queries/agencies/upsert-agency.js';
import { insertArticle } from '../../db/queries/articles/insert-article.js';
import { getJobRun } from '../../db/queries/jobs/get-job-run.js';
import { saveJobRun } from '../../db/queries/jobs/save-job-run.js';
import { rebuildRollups } from '../../db/queries/pipeline/rebuild-rollups.js';
import { upsertIssue } from '../../db/queries/pipeline/upsert-issue.js';
import { upsertSource } from '../../db/queries/sources/upsert-source.js';
import { addMembership } from '../../db/queries/users/add-membership.js';
import { upsertUser } from '../../db/queries/users/upsert-user.js';
import { DEMO_AGENCIES } from '../../demo/demo-agencies.js';
import { DEMO_ARTICLES, renderDemoArticleBody } from '../../demo/demo-articles.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../demo/demo-users.js';
import { DEMO_TRACKED_ISSUES } from '../../demo/demo-tracked-issues.js';
import { DEFAULT_DEMO_SEED, generateDemoMentions, type DemoMention } from '../../demo/generate-demo-mentions.js';
import { PLATFORMS, type Platform } from '../../domain/mention.js';
import { enqueueRawMentions } from '../../pipeline/enqueue-raw-mentions.js';
import type { Enricher } from '../../pipeline/enrich/enricher.js';
import { createPipelineWorker } from '../../pipeline/worker/pipeline-worker.js';
import { hashPassword } from '../../security/password-hash.js';
import { seedNewsroomDemo } from './seed-newsroom-demo.js';

export const DEMO_SEED_JOB = 'demo-seed';
const DAY = 86_400_000;

export interface SeedDemoOptions {
  mentions: number;
  /** End of the 30-day window; defaults to the start of the next hour. */
  end?: Date;
  seed?: number | string;
  chunkSize?: number;
  /** Called as mentions are stored by the pipeline. */
  onProgress?: (done: number, total: number) => void;
  /** The enricher the pipeline runs (defaults to the pipeline's default). */
  enricher?: Enricher;
}

export interface SeedDemoResult {
  status: 'created' | 'resumed' | 'already-done';
  mentions: number;
}

interface SeedParams {
  mentions: number;
  end: string;
  seed: number | string;
}

export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<SeedDemoResult> {
  return db.withExclusiveLock('humas:seed', async () => {
    const existing = await getJobRun(db, DEMO_SEED_JOB);
    if (existing?.status === 'done') return { status: 'already-done', mentions: Number(existing.params.mentions ?? 0) };

    const requested: SeedParams = {
      mentions: options.mentions,
      end: (options.end ?? nextHour(new Date())).toISOString(),
      seed: options.seed ?? DEFAULT_DEMO_SEED,
    };
    let params = requested;
    let done = 0;
    const resuming = existing?.status === 'running' && Number(existing.params.mentions) === requested.mentions;
    if (resuming) {
      // Resume with the interrupted run's window, so both halves belong to one conversation.
      params = existing.params as unknown as SeedParams;
      done = existing.progress;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const sourceIds = await db.transaction(async (tx) => {
      const ids = await seedReferenceData(tx, passwordHash, new Date(params.end));
      if (!resuming) await deleteDemoMentions(tx, Object.values(ids));
      await saveJobRun(tx, { name: DEMO_SEED_JOB, status: 'running', params: { ...params }, progress: done });
      return ids;
    });

    const chunkSize = options.chunkSize ?? 5000;
    const generator = generateDemoMentions({ count: params.mentions, end: new Date(params.end), seed: params.seed }, done);
    const worker = createPipelineWorker(db, options.enricher ? { enricher: options.enricher } : {});
    const total = params.mentions;
    let stored = await countDemoMentions(db, Object.values(sourceIds));
    options.onProgress?.(stored, total);
    const drain = async () => {
      await worker.drain({ onBatch: (t) => options.onProgress?.(Math.min(total, stored + t.stored), total) });
      stored = await countDemoMentions(db, Object.values(sourceIds));
      options.onProgress?.(stored, total);
    };
    let chunk: DemoMention[] = [];
    const flush = async () => {
      const next = done + chunk.length;
      const byPlatform = new Map<Platform, DemoMention['item'][]>();
      for (const m of chunk) byPlatform.set(m.item.platform, [...(byPlatform.get(m.item.platform) ?? []), m.item]);
      await db.transaction(async (tx) => {
        for (const [platform, items] of byPlatform) await enqueueRawMentions(tx, sourceIds[platform], items);
        await saveJobRun(tx, { name: DEMO_SEED_JOB, status: 'running', params: { ...params }, progress: next });
      });
      done = next;
      chunk = [];
      // Let the pipeline catch up after each chunk, so the queue (raw, unredacted text) stays small.
      await drain();
    };
    for (const mention of generator) {
      chunk.push(mention);
      if (chunk.length >= chunkSize) await flush();
    }
    if (chunk.length > 0) await flush();
    await drain();
    await saveJobRun(db, { name: DEMO_SEED_JOB, status: 'done', params: { ...params }, progress: done });
    return { status: resuming ? 'resumed' : 'created', mentions: stored };
  });
}

async function countDemoMentions(db: Db, sourceIds: number[]): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM mention_keys WHERE source_id = ANY($1::bigint[])', [sourceIds]);
  return rows[0]?.n ?? 0;
}

function nextHour(now: Date): Date {
  return new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);
}

/** Agencies, staff, sources and published news; idempotent, so a resumed run re-runs it harmlessly. */
async function seedReferenceData(tx: Tx, passwordHash: string, end: Date): Promise<Record<Platform, number>> {
  const agencyIds = new Map<string, number>();
  for (const agency of DEMO_AGENCIES) {
    const parentId = agency.parentCode ? (agencyIds.get(agency.parentCode) ?? null) : null;
    agencyIds.set(agency.code, await upsertAgency(tx, { ...agency, parentId }));
  }
  const bySlug = new Map(DEMO_AGENCIES.map((a) => [a.slug, agencyIds.get(a.code)!]));
  const userIds = new Map<string, number>();
  for (const user of DEMO_USERS) {
    const userId = await upsertUser(tx, { email: user.email, displayName: user.displayName, passwordHash });
    userIds.set(user.email, userId);
    await addMembership(tx, { userId, agencyId: bySlug.get(user.agencySlug)!, role: user.role, includesSubAgencies: user.includesSubAgencies });
  }
  for (const article of DEMO_ARTICLES) {
    const bodyHtml = renderDemoArticleBody(article);
    await insertArticle(tx, {
      agencyId: bySlug.get(article.agencySlug)!,
      slug: article.slug,
      title: article.title,
      summary: article.summary,
      bodySource: article.paragraphs.join('\n\n'),
      bodyHtml,
      bodyText: article.paragraphs.join('\n\n'),
      status: 'published',
      tags: article.tags,
      authorUserId: article.authorEmail ? (userIds.get(article.authorEmail) ?? null) : null,
      publishedAt: new Date(end.getTime() - article.daysAgo * DAY + 3 * 3_600_000),
      readCount: article.readCount,
    });
  }
  await seedNewsroomDemo(tx, bySlug, userIds, end);
  for (const issue of DEMO_TRACKED_ISSUES) await upsertIssue(tx, issue);
  const sources = {} as Record<Platform, number>;
  for (const platform of PLATFORMS) {
    sources[platform] = await upsertSource(tx, { kind: 'demo', platform, name: `Demo ${platform}` });
  }
  return sources;
}

async function deleteDemoMentions(tx: Tx, sourceIds: number[]): Promise<void> {
  const { rowCount } = await tx.query('DELETE FROM pipeline_queue WHERE source_id = ANY($1::bigint[])', [sourceIds]);
  const existing = await tx.query<{ n: number }>('SELECT count(*)::int8 AS n FROM mention_keys WHERE source_id = ANY($1::bigint[])', [sourceIds]);
  if ((existing.rows[0]?.n ?? 0) === 0 && rowCount === 0) return;
  await tx.query(
    `DELETE FROM mention_clusters WHERE id IN (
       SELECT DISTINCT cluster_id FROM mentions WHERE source_id = ANY($1::bigint[]) AND cluster_id IS NOT NULL)`,
    [sourceIds],
  );
  await tx.query('UPDATE mentions SET cluster_id = NULL WHERE cluster_id IS NOT NULL AND cluster_id NOT IN (SELECT id FROM mention_clusters)');
  await tx.query('DELETE FROM mention_keys WHERE source_id = ANY($1::bigint[])', [sourceIds]);
  await tx.query('DELETE FROM mentions WHERE source_id = ANY($1::bigint[])', [sourceIds]);
  // Rollups count what was just deleted; recount from what remains.
  await rebuildRollups(tx);
}
