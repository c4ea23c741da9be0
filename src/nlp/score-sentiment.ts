/** Sentiment of one raw text with the committed model: tokenize, normalize, score. */
import { normalizeTokens } from './normalize.js';
import type { Sentiment } from './sentiment-label.js';
import { getSentimentModel } from './sentiment/sentiment-model.js';
import { tokenize } from './tokenize.js';

export function scoreSentiment(text: string): Sentiment {
  return getSentimentModel().score(normalizeTokens(tokenize(text)));
}

/** Version of the committed sentiment model, to store beside every score it produced. */
export function getSentimentModelVersion(): string {
  return getSentimentModel().version;
}
