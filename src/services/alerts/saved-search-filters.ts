/**
 * What a saved search stores besides its query text: the explorer's filters other than the
 * time range (a saved search is re-run over a moving window), as plain strings.
 */
import { ZAnalyticsFilters, type AnalyticsFilters } from '../analytics/analytics-request.js';

export const SAVED_FILTER_KEYS = ['agency', 'issue', 'platform', 'sentiment', 'region', 'language', 'type'] as const;

export function pickSavedFilters(input: Partial<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of SAVED_FILTER_KEYS) {
    const value = input[key];
    if (value !== undefined && value !== null && value !== '') out[key] = String(value);
  }
  return out;
}

/** Stored filters, validated again (the schema may have changed since they were saved). */
export function parseSavedFilters(stored: Record<string, string>): Omit<AnalyticsFilters, 'from' | 'to'> {
  const { from: _from, to: _to, ...filters } = ZAnalyticsFilters.parse(pickSavedFilters(stored));
  return filters;
}
