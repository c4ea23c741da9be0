/**
 * The pure part of the pipeline, one item at a time: normalize → protect → extract signals →
 * enrich → issue, giving everything the store needs but the row id and the cluster. Same
 * input and context, same output; nothing here touches the database.
 */
import type { RawMention } from '../domain/mention.js';
import { computeEngagement, computeReach } from '../domain/metrics.js';
import type { PiiCounts } from '../domain/personal-data.js';
import { DEDUPE_VERSION, minhashSignature } from './dedupe/minhash.js';
import type { Enricher, Enrichment } from './enrich/enricher.js';
import type { TextAnalysisCache } from './enrich/text-analysis-cache.js';
import type { IssueMatcher } from './enrich/issue-matcher.js';
import { extractSignals, type TextSignals } from './normalize/extract-signals.js';
import { NORMALIZE_VERSION, normalizeText } from './normalize/normalize-text.js';
import { PROTECT_VERSION, redactPersonalData } from './protect/redact-personal-data.js';
import type { StageClock } from './worker/stage-clock.js';

export const PIPELINE_VERSION = `${NORMALIZE_VERSION}.${PROTECT_VERSION}.${DEDUPE_VERSION}`;

export interface ProcessContext {
  enricher: Enricher;
  matchIssue: IssueMatcher;
  /** Agency id for a code or slug the enricher names; null when unknown. */
  agencyIdOf: (codeOrSlug: string) => number | null;
  /** Reuses the analysis of texts seen recently (a worker's, see TextAnalysisCache). */
  textCache?: TextAnalysisCache;
}

export interface ProcessedMention {
  sourceId: number;
  externalId: string;
  platform: string;
  url: string | null;
  publishedAt: Date;
  authorHandle: string | null;
  authorName: string | null;
  authorType: string;
  authorFollowers: number | null;
  title: string | null;
  text: string;
  language: string | null;
  hashtags: string[];
  handles: string[];
  links: string[];
  emojis: string[];
  likes: number;
  replies: number;
  shares: number;
  views: number | null;
  reach: number;
  engagement: number;
  agencyId: number | null;
  issueId: number | null;
  regionCode: string | null;
  provinceCode: string | null;
  sentiment: string | null;
  sentimentScore: number | null;
  modelVersion: string;
  piiCounts: PiiCounts | null;
  pipelineVersion: string;
  /** MinHash of the redacted text, or null when too short to cluster. */
  signature: Int32Array | null;
}

/**
 * Everything the stages derive from the words alone (title, text and the platform's language
 * tag): a pure function of those, so a worker may reuse it for an exact copy of a text it has
 * just processed (copy-paste campaigns, retweets) instead of running the NLP again.
 */
export interface TextAnalysis {
  title: string | null;
  text: string;
  /** Title and text as the enricher, the issue matcher and MinHash read them. */
  fullText: string;
  piiCounts: PiiCounts | null;
  signals: TextSignals;
  enrichment: Enrichment;
  signature: Int32Array | null;
}

export function analyzeText(rawText: string, rawTitle: string | null, lang: string | null, enricher: Enricher, clock?: StageClock): TextAnalysis {
  let t = clock?.now();
  const cleanBody = normalizeText(rawText);
  const cleanTitle = rawTitle === null ? null : normalizeText(rawTitle);
  clock?.add('normalize', t);
  t = clock?.now();
  const body = redactPersonalData(cleanBody);
  const title = cleanTitle === null ? null : redactPersonalData(cleanTitle);
  clock?.add('protect', t);
  t = clock?.now();
  const pii = mergeCounts(body.found, title?.found ?? {});
  const signals = extractSignals(title ? `${title.text} ${body.text}` : body.text);
  const fullText = title && title.text !== '' && !body.text.startsWith(title.text) ? `${title.text}. ${body.text}` : body.text;
  clock?.add('signals', t);
  t = clock?.now();
  const enrichment = enricher.enrich(fullText, { lang });
  clock?.add('enrich', t);
  t = clock?.now();
  const signature = minhashSignature(fullText);
  clock?.add('minhash', t);
  return {
    title: title?.text || null,
    text: body.text,
    fullText,
    piiCounts: Object.keys(pii).length > 0 ? pii : null,
    signals,
    enrichment,
    signature,
  };
}

export function processRawMention(
  raw: RawMention,
  sourceId: number,
  sourceAgencyId: number | null,
  ctx: ProcessContext,
  clock?: StageClock,
): ProcessedMention {
  const analysis = ctx.textCache
    ? ctx.textCache.get(raw.text, raw.title, raw.lang, () => analyzeText(raw.text, raw.title, raw.lang, ctx.enricher, clock))
    : analyzeText(raw.text, raw.title, raw.lang, ctx.enricher, clock);
  const { enrichment, signals } = analysis;
  const t = clock?.now();
  const issueId = ctx.matchIssue(analysis.fullText, signals.hashtags);
  clock?.add('issue', t);
  const agencyId = enrichment.agencies.map(ctx.agencyIdOf).find((id) => id !== null) ?? sourceAgencyId;
  const region = enrichment.regions[0];
  const regency = enrichment.regions.find((r) => r.level !== 'province');
  return {
    sourceId,
    externalId: raw.externalId,
    platform: raw.platform,
    url: raw.url,
    publishedAt: raw.publishedAt,
    authorHandle: raw.author.handle,
    authorName: raw.author.name,
    authorType: raw.author.type,
    authorFollowers: raw.author.followers,
    title: analysis.title,
    text: analysis.text,
    language: enrichment.language ?? normalizeLanguageTag(raw.lang),
    hashtags: signals.hashtags,
    handles: signals.handles,
    links: signals.links,
    emojis: signals.emojis,
    likes: raw.metrics.likes,
    replies: raw.metrics.replies,
    shares: raw.metrics.shares,
    views: raw.metrics.views,
    reach: computeReach(raw),
    engagement: computeEngagement(raw),
    agencyId,
    issueId,
    regionCode: regency ? regency.code.split('.').slice(0, 2).join('.') : null,
    provinceCode: region ? region.code.slice(0, 2) : null,
    sentiment: enrichment.sentiment?.label ?? null,
    sentimentScore: enrichment.sentiment?.score ?? null,
    modelVersion: ctx.enricher.modelVersion,
    piiCounts: analysis.piiCounts,
    pipelineVersion: PIPELINE_VERSION,
    signature: analysis.signature,
  };
}

function mergeCounts(a: PiiCounts, b: PiiCounts): PiiCounts {
  const out: PiiCounts = { ...a };
  for (const [type, n] of Object.entries(b) as [keyof PiiCounts, number][]) out[type] = (out[type] ?? 0) + n;
  return out;
}

/** 'id', 'en-US' → 'id', 'en'; anything that is not a language tag → null. */
function normalizeLanguageTag(tag: string | null): string | null {
  const m = tag ? /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i.exec(tag.trim()) : null;
  return m ? m[1]!.toLowerCase() : null;
}
