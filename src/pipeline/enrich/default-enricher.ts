/**
 * The enricher the pipeline runs. Still the unscored placeholder: the NLP analyzer (src/nlp,
 * now on main) plugs in as `createAnalyzerEnricher(createAnalyzer())` — measured at ~0.8 ms
 * per mention here, it would dominate pipeline time (see docs/pipeline.md), so switching is
 * the lead's call at merge.
 */
import { unscoredEnricher, type Enricher } from './enricher.js';

export function getDefaultEnricher(): Enricher {
  return unscoredEnricher;
}
