/**
 * Issue grouping and spike detection against the demo generator's planted truth, on the default
 * seed (thresholds were tuned on the `tune` seed by scripts/tune-issues.ts, never on this one):
 * purity, recall and clusters per planted issue with and without the merge step, and which
 * planted bursts raised an alert. Run: node bin/run-ts.js bench/nlp-issues.ts [count]
 */
import { groupIssues } from '../src/nlp/issues/group-issues.js';
import { tokenize } from '../src/nlp/tokenize.js';
import { evaluateIssues, getDemoSample, type IssueEvaluation } from '../src/nlp/training/evaluate-issues.js';

const count = Number(process.argv[2] ?? 20_000);
const sample = getDemoSample(count);

function printGrouping(title: string, e: IssueEvaluation): void {
  process.stdout.write(`${title}: ${e.clusters} clusters, ${e.clustered} of ${e.documents} posts clustered, purity ${e.purity.toFixed(3)}\n`);
  process.stdout.write(`${'planted issue'.padEnd(22)} ${'posts'.padStart(6)} ${'recall'.padStart(7)} ${'clusters'.padStart(8)}  largest cluster label\n`);
  for (const i of e.issues) {
    process.stdout.write(`${i.key.padEnd(22)} ${String(i.posts).padStart(6)} ${i.recall.toFixed(3).padStart(7)} ${String(i.clusters).padStart(8)}  ${i.largestLabel}\n`);
  }
  process.stdout.write('\n');
}

printGrouping('without merging (online pass only)', evaluateIssues(sample, { mergeThreshold: 2 }));
const merged = evaluateIssues(sample);
printGrouping('with merging (defaults)', merged);

process.stdout.write(`${'planted burst'.padEnd(28)} ${'alerted'.padStart(8)}  first alert (severity, z)\n`);
for (const b of merged.bursts) {
  const a = b.firstAlert;
  process.stdout.write(`${b.name.padEnd(28)} ${(b.alerted ? 'yes' : 'no').padStart(8)}  ${a ? `${a.bucketStart.toISOString()} (${a.severity}, ${a.zScore})` : '-'}\n`);
}
process.stdout.write(`alerts on issue series: ${merged.alerts}, of which near no planted burst: ${merged.falseAlerts}\n\n`);

// Throughput against a tokenize-only pass over the same texts, CPU time.
const cpu = (fn: () => void): number => {
  const started = process.cpuUsage();
  fn();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
};
const tokenizeSeconds = cpu(() => {
  for (const d of sample.docs) tokenize(d.text);
});
const groupSeconds = cpu(() => groupIssues(sample.docs));
process.stdout.write(`${'pass'.padEnd(28)} ${'docs/s'.padStart(10)} ${'ratio'.padStart(7)}\n`);
process.stdout.write(`${'tokenize only (baseline)'.padEnd(28)} ${Math.round(sample.docs.length / tokenizeSeconds).toString().padStart(10)} ${'1.00'.padStart(7)}\n`);
process.stdout.write(`${'groupIssues'.padEnd(28)} ${Math.round(sample.docs.length / groupSeconds).toString().padStart(10)} ${(tokenizeSeconds / groupSeconds).toFixed(3).padStart(7)}\n`);
