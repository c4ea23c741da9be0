/** The three sentiment classes, in the fixed order every model and score object uses. */

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;

export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** Probability per class; the three values sum to 1. */
export type SentimentScores = Record<SentimentLabel, number>;

export interface Sentiment {
  label: SentimentLabel;
  scores: SentimentScores;
}
