/**
 * The enrich stage's port: what the pipeline needs from language understanding (language,
 * sentiment with the model that produced it, agencies and regions named in the text). The
 * NLP library plugs in through `createAnalyzerEnricher`; until it does, `unscoredEnricher`
 * runs, which claims nothing — it never labels anything with a sentiment.
 */
import type { SentimentLabel } from '../../domain/sentiment.js';

export interface Enrichment {
  /** ISO 639-1 code ('id', 'en', 'jv', 'su', 'ms', …) or null when unknown. */
  language: string | null;
  /** Null when not scored: counted apart, never as neutral. */
  sentiment: { label: SentimentLabel; score: number } | null;
  /** Agencies named in the text, most salient first, by agency code or slug. */
  agencies: string[];
  /** Regions named in the text, most specific first, by Kemendagri code ('32.73'). */
  regions: { code: string; level: 'province' | 'regency' | 'city' | 'district' | 'village' }[];
}

export interface EnrichHints {
  /** The platform's own language tag, if it gave one. */
  lang: string | null;
}

export interface Enricher {
  /** Recorded on every mention, so rows can be found and recomputed when the model changes. */
  readonly modelVersion: string;
  enrich(text: string, hints: EnrichHints): Enrichment;
}

/** The placeholder until the NLP library lands: no language, no sentiment, no entities. */
export const unscoredEnricher: Enricher = {
  modelVersion: 'none',
  enrich: () => ({ language: null, sentiment: null, agencies: [], regions: [] }),
};
