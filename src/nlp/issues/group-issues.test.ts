import { describe, expect, it } from 'vitest';
import { groupIssues, type IssueDocument } from './group-issues.js';

const day = (d: number, h = 0) => new Date(Date.UTC(2026, 0, 1 + d, h));

function docs(): IssueDocument[] {
  const out: IssueDocument[] = [];
  const bansos = ['bansos belum cair di desa kami', 'kapan bansos cair, sudah lama menunggu', 'bansos tidak cair juga, data dtks salah', 'bansos cair terlambat lagi', 'data dtks penerima bansos kacau', 'bansos cair hanya separuh'];
  const banjir = ['banjir setinggi lutut di perumahan', 'banjir lagi, rumah terendam air', 'air banjir masuk rumah warga', 'banjir rendam jalan utama', 'warga mengungsi karena banjir', 'banjir belum surut sejak pagi'];
  bansos.forEach((text, i) => out.push({ id: `b${i}`, text, publishedAt: day(1, i) }));
  banjir.forEach((text, i) => out.push({ id: `f${i}`, text, publishedAt: day(1, i) }));
  return out;
}

describe('groupIssues', () => {
  it('puts posts about the same topic in one cluster and different topics apart', () => {
    const { clusters, assignments } = groupIssues(docs(), { minSize: 3 });
    expect(clusters.length).toBe(2);
    const bansos = new Set(['b0', 'b1', 'b2', 'b3', 'b4', 'b5'].map((id) => assignments.get(id)));
    const banjir = new Set(['f0', 'f1', 'f2', 'f3', 'f4', 'f5'].map((id) => assignments.get(id)));
    expect(bansos.size).toBe(1);
    expect(banjir.size).toBe(1);
    expect([...bansos][0]).not.toBe([...banjir][0]);
  });
  it('labels a cluster with its key phrases', () => {
    const { clusters } = groupIssues(docs(), { minSize: 3 });
    const labels = clusters.map((c) => c.label).join(' | ');
    expect(labels).toMatch(/bansos/);
    expect(labels).toMatch(/banjir/);
  });
  it('starts a new cluster when a topic returns after the time window, if merging is off', () => {
    const late = docs().map((d, i) => (d.id.startsWith('b') && i >= 3 ? { ...d, publishedAt: day(20) } : d));
    const { assignments } = groupIssues(late, { minSize: 1, windowMs: 86_400_000, mergeThreshold: 2 });
    expect(assignments.get('b0')).not.toBe(assignments.get('b5'));
  });
  it('merges the two halves of a topic that the time window split', () => {
    const late = docs().map((d, i) => (d.id.startsWith('b') && i >= 3 ? { ...d, publishedAt: day(20) } : d));
    const { assignments } = groupIssues(late, { minSize: 3, windowMs: 86_400_000 });
    expect(assignments.get('b0')).toBe(assignments.get('b5'));
    expect(assignments.get('b0')).not.toBe(assignments.get('f0'));
  });
  it('gives the same result for the same input', () => {
    expect(JSON.stringify(groupIssues(docs()))).toBe(JSON.stringify(groupIssues(docs())));
  });
});
