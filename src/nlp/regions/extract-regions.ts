/**
 * Finds provinces, regencies and cities mentioned in text and returns their Kemendagri codes.
 * Qualified forms ("Kota Bandung", "Kab. Bogor", "Pemkot Surabaya", "Bupati Garut", "Pemprov
 * Jabar") are exact. Bare names resolve by rule: a province name wins ("Gorontalo"), then the
 * city ("Bandung" → Kota Bandung, the usual referent in news), and names that are everyday
 * words ("Malang", "Batu") need a capital letter. Islands ("Jawa") are never regions.
 */
import { getMatchTokens, type MatchTokens } from '../entities/match-tokens.js';
import { PhraseMatcher } from '../entities/phrase-matcher.js';
import { getRegions, type Region, type RegionLevel } from './read-area-data.js';
import { COMMON_WORD_NAMES, EVERYDAY_READING_AFTER, EVERYDAY_READING_BEFORE, NOT_REGIONS, PROVINCE_ALIASES, REGENCY_ALIASES } from './region-aliases.js';

export interface RegionMention {
  code: string;
  name: string;
  level: RegionLevel;
}

interface Candidate {
  region: Region;
  /** Bare everyday-word name: needs capitalization to count. */
  needsCapital: boolean;
}

const PROVINCE_PREFIXES = ['provinsi', 'prov', 'pemprov', 'pemerintah provinsi', 'gubernur', 'wakil gubernur', 'wagub', 'pemda', 'dprd', 'dprd provinsi'];
const REGENCY_PREFIXES = ['kabupaten', 'kab', 'pemkab', 'pemerintah kabupaten', 'bupati', 'wakil bupati', 'wabup', 'dprd kabupaten'];
const CITY_PREFIXES = ['kota', 'pemkot', 'pemerintah kota', 'wali kota', 'walikota', 'wakil wali kota', 'wawali', 'dprd kota'];

let matcher: PhraseMatcher<Candidate> | undefined;

function buildMatcher(): PhraseMatcher<Candidate> {
  const m = new PhraseMatcher<Candidate>();
  const regions = getRegions();
  const byCode = new Map(regions.map((r) => [r.code, r]));
  const provinceAliasesByCode = new Map<string, string[]>();
  for (const [alias, code] of Object.entries(PROVINCE_ALIASES)) {
    provinceAliasesByCode.set(code, [...(provinceAliasesByCode.get(code) ?? []), alias]);
  }
  // Qualified forms first: they are exact and must win identical bare phrases.
  for (const r of regions) {
    const names = r.level === 'province' ? [r.baseName, r.name.toLowerCase(), ...(provinceAliasesByCode.get(r.code) ?? [])] : [r.baseName];
    const prefixes = r.level === 'province' ? PROVINCE_PREFIXES : r.level === 'regency' ? REGENCY_PREFIXES : CITY_PREFIXES;
    for (const name of names) for (const prefix of prefixes) m.add(`${prefix} ${name}`, { region: r, needsCapital: false });
  }
  for (const [alias, code] of Object.entries(REGENCY_ALIASES)) {
    const r = byCode.get(code);
    if (r !== undefined) m.add(alias, { region: r, needsCapital: COMMON_WORD_NAMES.has(alias) });
  }
  // Bare names: province first, then city, then regency (PhraseMatcher keeps the first added).
  const order: RegionLevel[] = ['province', 'city', 'regency'];
  for (const level of order) {
    for (const r of regions.filter((x) => x.level === level)) {
      const names = level === 'province' ? [r.baseName, r.name.toLowerCase(), ...(provinceAliasesByCode.get(r.code) ?? [])] : [r.baseName];
      for (const name of names) {
        if (NOT_REGIONS.has(name)) continue;
        m.add(name, { region: r, needsCapital: COMMON_WORD_NAMES.has(name) });
      }
    }
  }
  return m;
}

/** Whether a bare everyday-word name ("Malang", "Batu") at `start` reads as the place, from case and neighbours. */
function isPlaceReading(candidate: Candidate, tokens: MatchTokens, start: number, end: number): boolean {
  if (!candidate.needsCapital) return true;
  if (!tokens.isMixedCase || tokens.capitalized[start] !== true) return false;
  const before = tokens.words[start - 1];
  if (before !== undefined && tokens.sentenceInitial[start] !== true && EVERYDAY_READING_BEFORE.has(before)) return false;
  const after = tokens.words[end];
  if (tokens.sentenceInitial[start] === true && after !== undefined && tokens.sentenceInitial[end] !== true && EVERYDAY_READING_AFTER.has(after)) return false;
  return true;
}

/** Regions mentioned in `text` (or its match tokens, when the caller has them), each once, in order of first mention. */
export function extractRegions(text: string | MatchTokens): RegionMention[] {
  matcher ??= buildMatcher();
  const tokens = typeof text === 'string' ? getMatchTokens(text) : text;
  const matches = matcher.match(tokens.words, (candidate, start, end) => isPlaceReading(candidate, tokens, start, end));
  const seen = new Set<string>();
  const out: RegionMention[] = [];
  for (const { value } of matches) {
    const r = value.region;
    if (seen.has(r.code)) continue;
    seen.add(r.code);
    out.push({ code: r.code, name: r.name, level: r.level });
  }
  return out;
}
