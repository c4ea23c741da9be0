/**
 * Scores issue grouping and spike detection against the demo generator's planted truth: purity,
 * per-issue recall and cluster count, and which planted bursts raised an alert versus how many
 * alerts fell near no burst. Used by bench/nlp-issues.ts and scripts/tune-issues.ts.
 */
import { PLANTED_ISSUES } from '../../demo/demo-issues.js';
import { generateDemoMentions } from '../../demo/generate-demo-mentions.js';
import { detectSpikes, type DetectSpikesOptions, type SpikeAlert } from '../issues/detect-spikes.js';
import { groupIssues, type GroupIssuesOptions, type IssueDocument, type IssueGrouping } from '../issues/group-issues.js';

export interface IssueScore {
  key: string;
  posts: number;
  /** Share of the issue's posts in clusters whose majority is this issue. */
  recall: number;
  /** Clusters whose majority is this issue. */
  clusters: number;
  largestLabel: string;
}

export interface BurstScore {
  name: string;
  alerted: boolean;
  firstAlert: SpikeAlert | undefined;
}

export interface IssueEvaluation {
  documents: number;
  clusters: number;
  clustered: number;
  /** Share of clustered posts whose cluster's majority issue is theirs. */
  purity: number;
  issues: IssueScore[];
  bursts: BurstScore[];
  alerts: number;
  /** Alerts on an issue's series more than two burst widths from any of its planted bursts. */
  falseAlerts: number;
  groupSeconds: number;
}

export interface DemoSample {
  docs: IssueDocument[];
  truth: Map<string, string>;
  /** Start of the 30-day window, for burst times. */
  start: number;
}

export function getDemoSample(count: number, seed?: string | number): DemoSample {
  const end = new Date('2026-11-27T00:00:00Z');
  const mentions = [...generateDemoMentions({ count, end, ...(seed === undefined ? {} : { seed }) })];
  return {
    docs: mentions.map((m) => ({ id: String(m.index), text: m.item.text, publishedAt: m.item.publishedAt, agencyCode: m.truth.agencyCode })),
    truth: new Map(mentions.map((m) => [String(m.index), m.truth.issueKey ?? '(none)'])),
    start: end.getTime() - 30 * 86_400_000,
  };
}

function getMajorities(grouping: IssueGrouping, truth: ReadonlyMap<string, string>): Map<number, [string, number]> {
  const majorityOf = new Map<number, [string, number]>();
  for (const c of grouping.clusters) {
    const tally = new Map<string, number>();
    for (const id of c.documentIds) tally.set(truth.get(id) as string, (tally.get(truth.get(id) as string) ?? 0) + 1);
    majorityOf.set(c.id, [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] as [string, number]);
  }
  return majorityOf;
}

export function evaluateIssues(sample: DemoSample, groupOptions: GroupIssuesOptions = {}, spikeOptions: DetectSpikesOptions = {}): IssueEvaluation {
  const { docs, truth, start } = sample;
  const started = process.hrtime.bigint();
  const grouping = groupIssues(docs, groupOptions);
  const groupSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const majorityOf = getMajorities(grouping, truth);
  let majoritySum = 0;
  let clustered = 0;
  for (const c of grouping.clusters) {
    majoritySum += (majorityOf.get(c.id) as [string, number])[1];
    clustered += c.documentIds.length;
  }
  const issues: IssueScore[] = PLANTED_ISSUES.map((issue) => {
    const ids = [...truth].filter(([, k]) => k === issue.key).map(([id]) => id);
    const clusterIds = new Set<number>();
    let recalled = 0;
    for (const id of ids) {
      const c = grouping.assignments.get(id);
      if (c !== undefined && majorityOf.get(c)?.[0] === issue.key) {
        recalled += 1;
        clusterIds.add(c);
      }
    }
    const largest = grouping.clusters.filter((c) => clusterIds.has(c.id)).sort((a, b) => b.documentIds.length - a.documentIds.length)[0];
    return { key: issue.key, posts: ids.length, recall: recalled / Math.max(ids.length, 1), clusters: clusterIds.size, largestLabel: largest?.label ?? '-' };
  });
  // Spikes per issue, read through the clusters (a post counts for its cluster's majority issue).
  const alerts = detectSpikes(
    docs.map((d) => {
      const c = grouping.assignments.get(d.id);
      return { key: c === undefined ? null : majorityOf.get(c)?.[0], publishedAt: d.publishedAt };
    }),
    spikeOptions,
  );
  const bursts: BurstScore[] = [];
  const explained = new Set<SpikeAlert>();
  for (const issue of PLANTED_ISSUES) {
    for (const burst of issue.bursts) {
      const at = start + burst.day * 86_400_000;
      const near = alerts.filter((a) => a.key === issue.key && Math.abs(a.bucketStart.getTime() - at) <= 2 * burst.hours * 3_600_000);
      for (const a of near) explained.add(a);
      bursts.push({ name: `${issue.key} day ${burst.day}`, alerted: near.length > 0, firstAlert: near[0] });
    }
  }
  const falseAlerts = alerts.filter((a) => !explained.has(a) && a.key !== '(none)').length;
  return { documents: docs.length, clusters: grouping.clusters.length, clustered, purity: majoritySum / Math.max(clustered, 1), issues, bursts, alerts: alerts.length, falseAlerts, groupSeconds };
}
