/**
 * The enricher the pipeline runs: the Indonesian NLP analyzer (language, sentiment with its
 * model version, agencies, regions). Loaded once per process, on first use.
 */
import { createAnalyzer } from '../../nlp/index.js';
import { createAnalyzerEnricher } from './analyzer-enricher.js';
import type { Enricher } from './enricher.js';

let cached: Enricher | undefined;

export function getDefaultEnricher(): Enricher {
  cached ??= createAnalyzerEnricher(createAnalyzer());
  return cached;
}
