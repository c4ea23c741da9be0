/**
 * Issue grouping and spike detection against the demo generator's planted truth: purity and
 * recall of the clusters, and which planted bursts raised an alert. Prints tables.
 * Run: node bin/run-ts.js bench/nlp-issues.ts [count]
 */
import { generateDemoMentions } from '../src/demo/generate-demo-mentions.js';
import { PLANTED_ISSUES } from '../src/demo/demo-issues.js';
import { detectSpikes } from '../src/nlp/issues/detect-spikes.js';
import { groupIssues, type IssueDocument } from '../src/nlp/issues/group-issues.js';
import { tokenize } from '../src/nlp/tokenize.js';

const count = Number(process.argv[2] ?? 20_000);
const end = new Date('2026-11-27T00:00:00Z');
const mentions = [...generateDemoMentions({ count, end })];
const docs: IssueDocument[] = mentions.map((m) => ({ id: String(m.index), text: m.item.text, publishedAt: m.item.publishedAt, agencyCode: m.truth.agencyCode }));
const truth = new Map(mentions.map((m) => [String(m.index), m.truth.issueKey ?? '(none)']));

// Baseline measured in the same run: a tokenize-only pass over the same texts.
let t = process.hrtime.bigint();
for (const d of docs) tokenize(d.text);
const tokenizeSeconds = Number(process.hrtime.bigint() - t) / 1e9;
t = process.hrtime.bigint();
const grouping = groupIssues(docs);
const groupSeconds = Number(process.hrtime.bigint() - t) / 1e9;

// Purity: share of clustered posts whose cluster's majority issue is theirs.
let majoritySum = 0;
let clustered = 0;
const majorityOf = new Map<number, string>();
for (const c of grouping.clusters) {
  const tally = new Map<string, number>();
  for (const id of c.documentIds) tally.set(truth.get(id) as string, (tally.get(truth.get(id) as string) ?? 0) + 1);
  const [major, n] = [...tally].sort((a, b) => b[1] - a[1])[0] as [string, number];
  majorityOf.set(c.id, major);
  majoritySum += n;
  clustered += c.documentIds.length;
}
process.stdout.write(`issue grouping over ${docs.length} demo mentions: ${grouping.clusters.length} clusters, ${clustered} posts clustered\n`);
process.stdout.write(`purity (majority share, clustered posts): ${(majoritySum / Math.max(clustered, 1)).toFixed(3)}\n\n`);
process.stdout.write(`${'planted issue'.padEnd(14)} ${'posts'.padStart(6)} ${'recall'.padStart(7)} ${'clusters'.padStart(8)}  largest cluster label\n`);
for (const issue of PLANTED_ISSUES) {
  const ids = [...truth].filter(([, k]) => k === issue.key).map(([id]) => id);
  const clusterIds = new Set<number>();
  let recalled = 0;
  for (const id of ids) {
    const c = grouping.assignments.get(id);
    if (c !== undefined && majorityOf.get(c) === issue.key) {
      recalled += 1;
      clusterIds.add(c);
    }
  }
  const largest = grouping.clusters.filter((c) => clusterIds.has(c.id)).sort((a, b) => b.documentIds.length - a.documentIds.length)[0];
  process.stdout.write(`${issue.key.padEnd(14)} ${String(ids.length).padStart(6)} ${(recalled / Math.max(ids.length, 1)).toFixed(3).padStart(7)} ${String(clusterIds.size).padStart(8)}  ${largest?.label ?? '-'}\n`);
}

// Spikes per planted issue (via cluster majority) against the planted bursts.
const start = end.getTime() - 30 * 86_400_000;
const alerts = detectSpikes(docs.map((d) => {
  const c = grouping.assignments.get(d.id);
  return { key: c === undefined ? null : majorityOf.get(c), publishedAt: d.publishedAt };
}));
process.stdout.write(`\n${'planted burst'.padEnd(22)} ${'alerted'.padStart(8)}  first alert (severity, z)\n`);
for (const issue of PLANTED_ISSUES) {
  for (const burst of issue.bursts) {
    const at = start + burst.day * 86_400_000;
    const near = alerts.filter((a) => a.key === issue.key && Math.abs(a.bucketStart.getTime() - at) <= 2 * burst.hours * 3_600_000);
    const firstAlert = near[0];
    process.stdout.write(`${`${issue.key} day ${burst.day}`.padEnd(22)} ${(near.length > 0 ? 'yes' : 'no').padStart(8)}  ${firstAlert ? `${firstAlert.bucketStart.toISOString()} (${firstAlert.severity}, ${firstAlert.zScore})` : '-'}\n`);
  }
}
const agencyAlerts = detectSpikes(docs.map((d) => ({ key: d.agencyCode, publishedAt: d.publishedAt })));
process.stdout.write(`\nalerts: ${alerts.length} per issue, ${agencyAlerts.length} per agency\n`);
process.stdout.write(`\n${'pass'.padEnd(28)} ${'docs/s'.padStart(10)} ${'ratio'.padStart(7)}\n`);
process.stdout.write(`${'tokenize only (baseline)'.padEnd(28)} ${Math.round(docs.length / tokenizeSeconds).toString().padStart(10)} ${'1.00'.padStart(7)}\n`);
process.stdout.write(`${'groupIssues'.padEnd(28)} ${Math.round(docs.length / groupSeconds).toString().padStart(10)} ${(tokenizeSeconds / groupSeconds).toFixed(2).padStart(7)}\n`);
