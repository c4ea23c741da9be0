/**
 * Adapts the NLP library's analyzer (`createAnalyzer()` from src/nlp) to the enrich port, so
 * plugging it in is one line where the pipeline's enricher is chosen (default-enricher.ts).
 */
import { SENTIMENT_LABELS, type SentimentLabel } from '../../domain/sentiment.js';
import type { Enricher, Enrichment } from './enricher.js';

/** The shape the NLP library's analyzer is planned to have. */
export interface TextAnalyzer {
  readonly modelVersion: string;
  analyze(text: string): {
    language: string | null;
    sentiment: { label: string; scores: Partial<Record<string, number>> } | null;
    agencies: readonly { id: string | number; name: string }[];
    regions: readonly { code: string; name: string; level: string }[];
  };
}

const LEVELS = new Set(['province', 'regency', 'city', 'district', 'village']);

export function createAnalyzerEnricher(analyzer: TextAnalyzer): Enricher {
  return {
    modelVersion: analyzer.modelVersion,
    enrich(text, hints): Enrichment {
      let result: ReturnType<TextAnalyzer['analyze']>;
      try {
        result = analyzer.analyze(text);
      } catch {
        // A model failure on one odd text must not stop the pipeline: the item stays unscored.
        return { language: hints.lang, sentiment: null, agencies: [], regions: [] };
      }
      const label = result.sentiment?.label;
      const sentiment =
        label && (SENTIMENT_LABELS as readonly string[]).includes(label)
          ? { label: label as SentimentLabel, score: clamp(result.sentiment?.scores[label] ?? 0) }
          : null;
      return {
        language: result.language ?? hints.lang,
        sentiment,
        agencies: result.agencies.map((a) => String(a.id)),
        regions: result.regions
          .filter((r) => LEVELS.has(r.level))
          .map((r) => ({ code: r.code, level: r.level as Enrichment['regions'][number]['level'] })),
      };
    },
  };
}

function clamp(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
