/** Public API of Indonesian language understanding: what the pipeline and the CLI import. */
export { createAnalyzer, type Analysis, type Analyzer, type AnalyzerOptions } from './create-analyzer.js';
export { tokenize } from './tokenize.js';
export { normalize, normalizeTokens } from './normalize.js';
export { detectLanguage } from './language/detect-language.js';
export { LANGUAGES, type Language } from './language/language-label.js';
export { scoreSentiment, getSentimentModelVersion } from './score-sentiment.js';
export { SENTIMENT_LABELS, type Sentiment, type SentimentLabel, type SentimentScores } from './sentiment-label.js';
export { extractAgencies, createAgencyExtractor, type AgencyMention, type OfficialAlias } from './entities/extract-agencies.js';
export { NATIONAL_AGENCIES, type AgencyEntry } from './entities/agency-gazetteer.js';
export { extractRegions, type RegionMention } from './regions/extract-regions.js';
export { getRegions, type Region, type RegionLevel } from './regions/read-area-data.js';
