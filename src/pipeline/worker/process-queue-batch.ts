/**
 * One unit of pipeline work, all in ONE transaction: claim queued items (deleting them from
 * the queue), run the stages, drop exact duplicates, group near-duplicates, store mentions,
 * add rollups. A worker killed anywhere in here leaves the queue as it was (the transaction
 * rolls back, the deleted rows come back); nothing is stored twice because the queue
 * deletion, the mention keys and the rollups commit together.
 */
import type { Db, Tx } from '../../db/db.js';
import { claimQueueBatch, type QueueCursor, type QueueRow } from '../../db/queries/pipeline/claim-queue-batch.js';
import { copyPipelineMentions } from '../../db/queries/pipeline/copy-pipeline-mentions.js';
import { countClusters } from '../../db/queries/pipeline/count-clusters.js';
import { findChangedClusters } from '../../db/queries/pipeline/find-changed-clusters.js';
import { findClusterCandidates } from '../../db/queries/pipeline/find-cluster-candidates.js';
import { insertClusters } from '../../db/queries/pipeline/insert-clusters.js';
import { insertMentionKeys } from '../../db/queries/pipeline/insert-mention-keys.js';
import { lockClusters } from '../../db/queries/pipeline/lock-clusters.js';
import { insertPipelineFailures } from '../../db/queries/pipeline/insert-pipeline-failures.js';
import { loadRecentClusters } from '../../db/queries/pipeline/load-recent-clusters.js';
import { setMentionClusters } from '../../db/queries/pipeline/set-mention-clusters.js';
import { updateClusterStats, type ClusterMember } from '../../db/queries/pipeline/update-cluster-stats.js';
import { upsertAuthorRollups } from '../../db/queries/pipeline/upsert-author-rollups.js';
import { upsertMentionRollups } from '../../db/queries/pipeline/upsert-mention-rollups.js';
import type { RawMention } from '../../domain/mention.js';
import { ClusterMemory, type ClusterRow } from '../dedupe/cluster-memory.js';
import { authorKey, bandKeys } from '../dedupe/minhash.js';
import type { NearDuplicateIndex } from '../dedupe/near-duplicate-index.js';
import { MAX_SPAN_MS, planClusters, type ClusterDoc, type ClusterPlan, type OpenCluster } from '../dedupe/plan-clusters.js';
import type { TextAnalysisCache } from '../enrich/text-analysis-cache.js';
import { processRawMention, type ProcessedMention } from '../process-raw-mention.js';
import type { PipelineContext } from './pipeline-context.js';
import { aggregateRollups } from '../rollup/aggregate-rollups.js';
import type { StageClock } from './stage-clock.js';

export interface BatchDeps {
  db: Db;
  index: NearDuplicateIndex;
  /** This worker's copy of the clusters (synced from the database in each write phase). */
  clusters: ClusterMemory;
  /** Current reference data (issues, agencies, source agencies). */
  context: () => Promise<PipelineContext>;
  /** Where this worker's last claim ended (shared by its batches in flight). */
  queueCursor?: QueueCursor;
  /** Analyses of recently seen texts, reused for exact copies. */
  textCache?: TextAnalysisCache;
  clock?: StageClock;
}

export interface BatchResult {
  claimed: number;
  stored: number;
  duplicates: number;
  /** Items whose payload could not be read (moved to pipeline_failures). */
  unreadable: number;
}

const YIELD_EVERY = 32;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A cluster in the worker's copy was deleted from the database (the batch is retried on a fresh copy). */
class StaleClusterMemoryError extends Error {}

/** Processes one batch; `onlyId` restricts the claim to one queue row (used to isolate a failure). */
export async function processQueueBatch(deps: BatchDeps, batchSize: number, onlyId?: number): Promise<BatchResult> {
  try {
    return await processOnce(deps, batchSize, onlyId);
  } catch (error) {
    if (!(error instanceof StaleClusterMemoryError)) throw error;
    deps.clusters.reset();
    return processOnce(deps, batchSize, onlyId);
  }
}

async function processOnce(deps: BatchDeps, batchSize: number, onlyId?: number): Promise<BatchResult> {
  const { db, index, clusters } = deps;
  const clock = deps.clock;
  let committedPlan: ClusterPlan | null = null;
  let committedClusters: ClusterRow[] = [];
  let release: (() => void) | undefined;
  // Read before the transaction: on PGlite the transaction holds the only connection.
  const loaded = await deps.context();
  const ctx = deps.textCache ? { ...loaded, textCache: deps.textCache } : loaded;
  try {
    return await db.transaction(async (tx) => {
    const t0 = clock?.now();
    const rows = await claimQueueBatch(tx, batchSize, onlyId, deps.queueCursor);
    clock?.add('claim', t0);
    if (rows.length === 0) return { claimed: 0, stored: 0, duplicates: 0, unreadable: 0 };

    const items: { row: QueueRow; mention: ProcessedMention }[] = [];
    const unreadable: QueueRow[] = [];
    for (const [i, row] of rows.entries()) {
      // The stages are synchronous CPU work (~0.3 ms an item): a whole batch at once would hold
      // the event loop for hundreds of ms, stalling the other batch's write phase — which holds
      // the write lock — between its statements. Yielding keeps that phase (the serial part) short.
      if (i > 0 && i % YIELD_EVERY === 0) await yieldToEventLoop();
      const raw = readPayload(row.payload);
      if (!raw) {
        unreadable.push(row);
        continue;
      }
      items.push({ row, mention: processRawMention(raw, row.source_id, ctx.sourceAgencyId(row.source_id), ctx, clock) });
    }

    // The write phase runs one batch at a time — across workers through an advisory lock,
    // within this process through the index's mutex — so cluster decisions see every
    // earlier batch and rollup rows are never locked in conflicting orders.
    let t = clock?.now();
    release = await index.acquire();
    if (db.kind === 'postgres') await lockClusters(tx);
    clock?.add('claim', t);
    t = clock?.now();
    await syncClusterMemory(tx, clusters);
    clock?.add('cluster-find', t);
    await insertPipelineFailures(
      tx,
      unreadable.map((r) => ({ sourceId: r.source_id, externalId: r.external_id, payload: r.payload })),
      'unreadable_payload',
    );

    t = clock?.now();
    const ids = await insertMentionKeys(
      tx,
      items.map(({ mention: m }) => ({ sourceId: m.sourceId, externalId: m.externalId, publishedAt: m.publishedAt })),
    );
    const fresh = items.filter(({ mention: m }) => ids.has(`${m.sourceId}:${m.externalId}`));
    const stored = fresh.map(({ mention }) => ({ id: ids.get(`${mention.sourceId}:${mention.externalId}`)!, mention }));
    clock?.add('dedupe-exact', t);

    const { clusterIds, plan, touched } = await assignClusters(tx, index, clusters, stored, clock);
    committedPlan = plan;
    committedClusters = touched;

    t = clock?.now();
    await copyPipelineMentions(tx, stored.map((s, i) => ({ id: s.id, clusterId: clusterIds[i] ?? null, mention: s.mention })));
    clock?.add('store', t);

    t = clock?.now();
    const rollups = aggregateRollups(stored.map((s) => s.mention));
    await upsertMentionRollups(tx, 'mention_rollups_hourly', rollups.hourly);
    await upsertMentionRollups(tx, 'mention_rollups_daily', rollups.daily);
    await upsertAuthorRollups(tx, rollups.authors);
    clock?.add('rollup', t);

    return { claimed: rows.length, stored: stored.length, duplicates: items.length - stored.length, unreadable: unreadable.length };
    });
  } finally {
    // Only after the commit is it safe to remember this batch's singletons and clusters: their rows exist.
    if (committedPlan && release) {
      applyPlan(index, committedPlan);
      clusters.apply(committedClusters);
    }
    release?.();
  }
}

function readPayload(payload: string): RawMention | null {
  try {
    const value = JSON.parse(payload) as RawMention & { publishedAt: string };
    const publishedAt = new Date(value.publishedAt);
    if (Number.isNaN(publishedAt.getTime()) || typeof value.text !== 'string') return null;
    return { ...value, publishedAt };
  } catch {
    return null;
  }
}

/** Brings the worker's cluster copy up to date: everything on first use, then what changed since. */
async function syncClusterMemory(tx: Tx, clusters: ClusterMemory): Promise<void> {
  if (clusters.changeSeq === null) {
    const { rows, changeSeq } = await loadRecentClusters(tx, clusters.capacity);
    clusters.load(rows, changeSeq, rows.length < clusters.capacity);
  } else {
    clusters.apply(await findChangedClusters(tx, clusters.changeSeq));
  }
}

async function assignClusters(
  tx: Tx,
  index: NearDuplicateIndex,
  clusters: ClusterMemory,
  stored: readonly { id: number; mention: ProcessedMention }[],
  clock: StageClock | undefined,
): Promise<{ clusterIds: (number | null)[]; plan: ClusterPlan | null; touched: ClusterRow[] }> {
  let t = clock?.now();
  const docs: ClusterDoc[] = [];
  stored.forEach(({ id, mention: m }, i) => {
    if (!m.signature) return;
    docs.push({
      index: i,
      mentionId: id,
      publishedAt: m.publishedAt.getTime(),
      signature: m.signature,
      bands: bandKeys(m.signature),
      authorKey: m.authorHandle ? authorKey(m.platform, m.authorHandle) : null,
      reach: m.reach,
      engagement: m.engagement,
    });
  });
  if (docs.length === 0) return { clusterIds: [], plan: null, touched: [] };
  clock?.add('cluster-plan', t);
  t = clock?.now();
  // Open clusters near the batch's posts: from memory, or — for posts older than what memory
  // holds — from the band index in the database.
  const open = new Map<number, OpenCluster & { bandKeys: readonly number[] }>();
  const older: ClusterDoc[] = [];
  for (const d of docs) {
    if (!clusters.covers(d.publishedAt, MAX_SPAN_MS)) {
      older.push(d);
      continue;
    }
    for (const c of clusters.lookup(d.bands, d.publishedAt, MAX_SPAN_MS)) {
      if (!open.has(c.id)) open.set(c.id, { id: c.id, bandKeys: c.bands, signature: c.signature, firstSeen: c.firstSeen, lastSeen: c.lastSeen });
    }
  }
  if (older.length > 0) {
    const candidates = await findClusterCandidates(
      tx,
      older.flatMap((d) => d.bands.map((bandKey) => ({ bandKey, at: new Date(d.publishedAt) }))),
      MAX_SPAN_MS,
    );
    for (const c of candidates) {
      const known = open.get(c.id);
      open.set(c.id, {
        id: c.id,
        bandKeys: known ? [...new Set([...known.bandKeys, ...c.band_keys])] : c.band_keys,
        signature: c.signature,
        firstSeen: c.first_seen.getTime(),
        lastSeen: c.last_seen.getTime(),
      });
    }
  }
  clock?.add('cluster-find', t);
  t = clock?.now();
  const plan = planClusters(docs, [...open.values()], index, stored.length);
  clock?.add('cluster-plan', t);
  t = clock?.now();
  const joined = [...new Set(plan.assignment.filter((id): id is number => id !== null && id > 0))];
  if ((await countClusters(tx, joined)) !== joined.length) throw new StaleClusterMemoryError('a remembered cluster no longer exists');
  const realIds = await insertClusters(
    tx,
    plan.newClusters.map((c) => ({
      representativeMentionId: c.representative.mentionId,
      firstSeen: new Date(c.firstSeen),
      signature: c.representative.signature,
      bandKeys: c.representative.bands,
    })),
  );
  const byTemp = new Map(plan.newClusters.map((c) => [c.tempId, realIds.get(c.representative.mentionId)!]));
  const clusterIds = plan.assignment.map((id) => (id === null ? null : id < 0 ? byTemp.get(id)! : id));

  const members: ClusterMember[] = [];
  const docAt = new Map(docs.map((d) => [d.index, d]));
  stored.forEach(({ mention: m }, i) => {
    const clusterId = clusterIds[i];
    if (clusterId == null) return;
    const doc = docAt.get(i);
    members.push({ clusterId, authorKey: doc?.authorKey ?? null, publishedAt: m.publishedAt, reach: m.reach, engagement: m.engagement });
  });
  const earlier = plan.newClusters.filter((c) => c.representativeIsStored);
  for (const c of earlier) {
    const s = c.representative;
    members.push({ clusterId: byTemp.get(c.tempId)!, authorKey: s.authorKey, publishedAt: new Date(s.publishedAt), reach: s.reach, engagement: s.engagement });
  }
  const updated = await updateClusterStats(tx, members);
  await setMentionClusters(
    tx,
    earlier.map((c) => ({ mentionId: c.representative.mentionId, publishedAt: new Date(c.representative.publishedAt), clusterId: byTemp.get(c.tempId)! })),
  );
  clock?.add('cluster-write', t);
  // What the worker's copy learns once this commits: every cluster the batch opened or joined.
  const signatureOf = new Map<number, ArrayLike<number>>([...open.values()].map((c) => [c.id, c.signature]));
  for (const c of plan.newClusters) signatureOf.set(byTemp.get(c.tempId)!, c.representative.signature);
  const touched = updated.map((r) => ({
    id: r.id,
    signature: signatureOf.get(r.id)!,
    firstSeen: r.first_seen.getTime(),
    lastSeen: r.last_seen.getTime(),
    changeSeq: r.change_seq,
  }));
  return { clusterIds, plan, touched };
}

function applyPlan(index: NearDuplicateIndex, plan: ClusterPlan): void {
  for (const s of plan.usedSingletons) index.forget(s);
  for (const s of plan.newSingletons) index.add(s);
}
