/**
 * Finds national agencies and regional governments mentioned in text. National bodies come
 * from the gazetteer; a regional government counts only when named as a government ("Pemkot
 * Bandung", "Bupati Bogor", "Pemprov Jabar") and is identified by its region code. Officials'
 * names are deployment data (`officials`), not code.
 */
import { getRegions } from '../regions/read-area-data.js';
import { PROVINCE_ALIASES } from '../regions/region-aliases.js';
import { NATIONAL_AGENCIES } from './agency-gazetteer.js';
import { getMatchTokens, type MatchTokens } from './match-tokens.js';
import { PhraseMatcher } from './phrase-matcher.js';

export interface AgencyMention {
  /** Agency code: 'kemenkes', or a region code ('32.73') for a regional government. */
  id: string;
  name: string;
}

/** A person or alias a deployment wants mapped to an agency ("Budi Gunadi" → kemenkes). */
export interface OfficialAlias {
  alias: string;
  agencyCode: string;
}

export interface AgencyExtractorOptions {
  officials?: readonly OfficialAlias[];
}

/** Takes the text, or its match tokens when the caller already has them. */
export type AgencyExtractor = (text: string | MatchTokens) => AgencyMention[];

const REGIONAL_GOVERNMENT = {
  province: ['pemprov', 'pemerintah provinsi', 'gubernur', 'wakil gubernur', 'wagub', 'diskominfo provinsi', 'dprd provinsi'],
  regency: ['pemkab', 'pemerintah kabupaten', 'bupati', 'wakil bupati', 'wabup', 'diskominfo kabupaten', 'dprd kabupaten'],
  city: ['pemkot', 'pemerintah kota', 'wali kota', 'walikota', 'wakil wali kota', 'wawali', 'diskominfo kota', 'dprd kota'],
} as const;

/** Government names whose abbreviation is also an everyday word need a capital: "BI", "bi" (Javanese "mother"). */
const CASE_SENSITIVE = new Set(['bi', 'pln', 'bps', 'kpu', 'jkn', 'bpjs', 'esdm', 'tni', 'bnn', 'kkp', 'klh']);

export function createAgencyExtractor(options: AgencyExtractorOptions = {}): AgencyExtractor {
  const matcher = new PhraseMatcher<AgencyMention & { needsCapital: boolean }>();
  const byCode = new Map(NATIONAL_AGENCIES.map((a) => [a.code, a]));
  for (const official of options.officials ?? []) {
    const agency = byCode.get(official.agencyCode);
    matcher.add(official.alias, { id: official.agencyCode, name: agency?.name ?? official.agencyCode, needsCapital: false });
  }
  for (const a of NATIONAL_AGENCIES) {
    for (const surface of [a.name, a.abbreviation, a.code.replace(/-/g, ' '), ...a.aliases]) {
      const lower = surface.toLowerCase();
      matcher.add(lower, { id: a.code, name: a.name, needsCapital: CASE_SENSITIVE.has(lower) });
    }
  }
  const provinceAliases = Object.entries(PROVINCE_ALIASES);
  for (const r of getRegions()) {
    const names = [r.baseName, ...(r.level === 'province' ? provinceAliases.filter(([, c]) => c === r.code).map(([a]) => a) : [])];
    for (const prefix of REGIONAL_GOVERNMENT[r.level]) {
      for (const name of names) matcher.add(`${prefix} ${name}`, { id: r.code, name: r.level === 'province' ? `Pemerintah Provinsi ${r.name}` : `Pemerintah ${r.name}`, needsCapital: false });
    }
  }
  return (text) => {
    const tokens = typeof text === 'string' ? getMatchTokens(text) : text;
    const seen = new Set<string>();
    const out: AgencyMention[] = [];
    const matches = matcher.match(tokens.words, (value, start, end) => {
      if (!value.needsCapital) return true;
      // Only written with a capital ("BI", "PLN"): lower-case "bi" is an aunt, not the central bank.
      for (let k = start; k < end; k += 1) if (tokens.capitalized[k] !== true) return false;
      return true;
    });
    for (const { value } of matches) {
      if (seen.has(value.id)) continue;
      seen.add(value.id);
      out.push({ id: value.id, name: value.name });
    }
    return out;
  };
}

let defaultExtractor: AgencyExtractor | undefined;

/** Agencies in `text` with the built-in gazetteer and no deployment officials. */
export function extractAgencies(text: string | MatchTokens): AgencyMention[] {
  defaultExtractor ??= createAgencyExtractor();
  return defaultExtractor(text);
}
