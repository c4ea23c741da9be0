/** The NLP pieces the CLI commands use, imported in one place. */
export { createAnalyzer, normalizeTokens, tokenize } from '../../nlp/index.js';
export { getSentimentModel } from '../../nlp/sentiment/sentiment-model.js';
