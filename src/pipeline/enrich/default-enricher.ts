/**
 * The enricher the pipeline runs. Until the NLP library (src/nlp) is merged this is the
 * unscored placeholder; at merge it becomes `createAnalyzerEnricher(createAnalyzer())`.
 */
import { unscoredEnricher, type Enricher } from './enricher.js';

export function getDefaultEnricher(): Enricher {
  return unscoredEnricher;
}
