/** The three sentiment classes, in the fixed order every model and score object uses. */

import type { SentimentLabel } from '../domain/sentiment.js';

export { SENTIMENT_LABELS, type SentimentLabel } from '../domain/sentiment.js';

/** Probability per class; the three values sum to 1. */
export type SentimentScores = Record<SentimentLabel, number>;

export interface Sentiment {
  label: SentimentLabel;
  scores: SentimentScores;
}
