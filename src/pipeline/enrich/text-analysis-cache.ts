/**
 * A worker's memory of the texts it analysed last (normalize, protect, signals, enrich,
 * MinHash are pure functions of title, text and language tag): an exact copy — a copy-paste
 * campaign, a retweet, a syndicated article — reuses the analysis instead of running the NLP
 * again. Bounded, least recently used first out; per worker, so it never goes stale across
 * model versions (a worker runs one enricher). Very long texts are not kept: they rarely
 * repeat, and would hold memory.
 */
import type { TextAnalysis } from '../process-raw-mention.js';

const MAX_CACHED_TEXT = 4000;

export class TextAnalysisCache {
  private readonly entries = new Map<string, TextAnalysis>();
  hits = 0;
  misses = 0;

  constructor(private readonly capacity = 20_000) {}

  get(text: string, title: string | null, lang: string | null, analyze: () => TextAnalysis): TextAnalysis {
    if (text.length + (title?.length ?? 0) > MAX_CACHED_TEXT) {
      this.misses++;
      return analyze();
    }
    // The lengths make the key unambiguous whatever characters the parts hold (null ≠ '').
    const key = `${lang?.length ?? -1}:${title?.length ?? -1}:${lang ?? ''}${title ?? ''}${text}`;
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const analysis = analyze();
    this.entries.set(key, analysis);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return analysis;
  }
}
