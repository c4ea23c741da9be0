/**
 * One unit of pipeline work, all in ONE transaction: claim queued items (deleting them from
 * the queue), run the stages, drop exact duplicates, group near-duplicates, store mentions,
 * add rollups. A worker killed anywhere in here leaves the queue as it was (the transaction
 * rolls back, the deleted rows come back); nothing is stored twice because the queue
 * deletion, the mention keys and the rollups commit together.
 */
import type { Db, Tx } from '../../db/db.js';
import { claimQueueBatch, type QueueRow } from '../../db/queries/pipeline/claim-queue-batch.js';
import { copyPipelineMentions } from '../../db/queries/pipeline/copy-pipeline-mentions.js';
import { findClusterCandidates } from '../../db/queries/pipeline/find-cluster-candidates.js';
import { insertClusters } from '../../db/queries/pipeline/insert-clusters.js';
import { insertMentionKeys } from '../../db/queries/pipeline/insert-mention-keys.js';
import { lockClusters } from '../../db/queries/pipeline/lock-clusters.js';
import { insertPipelineFailures } from '../../db/queries/pipeline/insert-pipeline-failures.js';
import { setMentionClusters } from '../../db/queries/pipeline/set-mention-clusters.js';
import { updateClusterStats, type ClusterMember } from '../../db/queries/pipeline/update-cluster-stats.js';
import { upsertAuthorRollups } from '../../db/queries/pipeline/upsert-author-rollups.js';
import { upsertMentionRollups } from '../../db/queries/pipeline/upsert-mention-rollups.js';
import type { RawMention } from '../../domain/mention.js';
import { authorKey, bandKeys } from '../dedupe/minhash.js';
import type { NearDuplicateIndex } from '../dedupe/near-duplicate-index.js';
import { MAX_SPAN_MS, planClusters, type ClusterDoc, type ClusterPlan } from '../dedupe/plan-clusters.js';
import type { TextAnalysisCache } from '../enrich/text-analysis-cache.js';
import { processRawMention, type ProcessedMention } from '../process-raw-mention.js';
import type { PipelineContext } from './pipeline-context.js';
import { aggregateRollups } from '../rollup/aggregate-rollups.js';
import type { StageClock } from './stage-clock.js';

export interface BatchDeps {
  db: Db;
  index: NearDuplicateIndex;
  /** Current reference data (issues, agencies, source agencies). */
  context: () => Promise<PipelineContext>;
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

/** Processes one batch; `onlyId` restricts the claim to one queue row (used to isolate a failure). */
export async function processQueueBatch(deps: BatchDeps, batchSize: number, onlyId?: number): Promise<BatchResult> {
  const { db, index } = deps;
  const clock = deps.clock;
  let committedPlan: ClusterPlan | null = null;
  let release: (() => void) | undefined;
  // Read before the transaction: on PGlite the transaction holds the only connection.
  const loaded = await deps.context();
  const ctx = deps.textCache ? { ...loaded, textCache: deps.textCache } : loaded;
  try {
    return await db.transaction(async (tx) => {
    const t0 = clock?.now();
    const rows = await claimQueueBatch(tx, batchSize, onlyId);
    clock?.add('claim', t0);
    if (rows.length === 0) return { claimed: 0, stored: 0, duplicates: 0, unreadable: 0 };

    const items: { row: QueueRow; mention: ProcessedMention }[] = [];
    const unreadable: QueueRow[] = [];
    for (const row of rows) {
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

    const { clusterIds, plan } = await assignClusters(tx, index, stored, clock);
    committedPlan = plan;

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
    // Only after the commit is it safe to remember this batch's singletons: their rows exist.
    if (committedPlan && release) applyPlan(index, committedPlan);
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

async function assignClusters(
  tx: Tx,
  index: NearDuplicateIndex,
  stored: readonly { id: number; mention: ProcessedMention }[],
  clock: StageClock | undefined,
): Promise<{ clusterIds: (number | null)[]; plan: ClusterPlan | null }> {
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
  if (docs.length === 0) return { clusterIds: [], plan: null };
  clock?.add('cluster-plan', t);
  t = clock?.now();
  const candidates = await findClusterCandidates(
    tx,
    docs.flatMap((d) => d.bands.map((bandKey) => ({ bandKey, at: new Date(d.publishedAt) }))),
    MAX_SPAN_MS,
  );
  clock?.add('cluster-find', t);
  t = clock?.now();
  const plan = planClusters(
    docs,
    candidates.map((c) => ({ id: c.id, bandKeys: c.band_keys, signature: c.signature, firstSeen: c.first_seen.getTime(), lastSeen: c.last_seen.getTime() })),
    index,
    stored.length,
  );
  clock?.add('cluster-plan', t);
  t = clock?.now();
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
  await updateClusterStats(tx, members);
  await setMentionClusters(
    tx,
    earlier.map((c) => ({ mentionId: c.representative.mentionId, publishedAt: new Date(c.representative.publishedAt), clusterId: byTemp.get(c.tempId)! })),
  );
  clock?.add('cluster-write', t);
  return { clusterIds, plan };
}

function applyPlan(index: NearDuplicateIndex, plan: ClusterPlan): void {
  for (const s of plan.usedSingletons) index.forget(s);
  for (const s of plan.newSingletons) index.add(s);
}
