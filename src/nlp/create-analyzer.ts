/**
 * The analyzer the pipeline's enrich stage calls: language, sentiment (Indonesian and
 * code-mixed text only), agencies and regions for one document, plus the model version to
 * store beside them. Models load lazily on first use and are shared.
 */
import { createAgencyExtractor, type AgencyMention, type OfficialAlias } from './entities/extract-agencies.js';
import { getMatchTokens } from './entities/match-tokens.js';
import { getLanguageModel } from './language/detect-language.js';
import type { Language } from './language/language-label.js';
import { normalizeTokens } from './normalize.js';
import { extractRegions, type RegionMention } from './regions/extract-regions.js';
import type { Sentiment } from './sentiment-label.js';
import { getSentimentModel } from './sentiment/sentiment-model.js';
import { tokenize } from './tokenize.js';

export interface Analysis {
  language: Language;
  /** null when the text is not Indonesian (the model is trained on Indonesian only). */
  sentiment: Sentiment | null;
  agencies: AgencyMention[];
  regions: RegionMention[];
}

export interface AnalyzerOptions {
  /** Deployment-specific names mapped to agencies (officials, programme names). */
  officials?: readonly OfficialAlias[];
  /** Languages whose text gets a sentiment score. Default: Indonesian only. */
  sentimentLanguages?: readonly Language[];
}

export interface Analyzer {
  analyze(text: string): Analysis;
  /** "<sentiment version>;<language version>": store it with every enriched row. */
  readonly modelVersion: string;
}

export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const sentimentModel = getSentimentModel();
  const languageModel = getLanguageModel();
  const extractAgencies = createAgencyExtractor({ officials: options.officials ?? [] });
  const scored = new Set<Language>(options.sentimentLanguages ?? ['id']);
  return {
    modelVersion: `${sentimentModel.version};${languageModel.version}`,
    analyze(text: string): Analysis {
      const tokens = tokenize(text);
      const language = languageModel.detectTokens(tokens);
      // Empty text is neutral by contract; any other text is scored only in a scored language.
      const sentiment = tokens.length === 0 ? sentimentModel.score([]) : scored.has(language) ? sentimentModel.score(normalizeTokens(tokens)) : null;
      const matchTokens = getMatchTokens(text);
      return { language, sentiment, agencies: extractAgencies(matchTokens), regions: extractRegions(matchTokens) };
    },
  };
}
