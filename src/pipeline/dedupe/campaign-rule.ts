/**
 * When a near-duplicate cluster counts as a copy-paste (amplification) campaign: many
 * distinct accounts posting the same text in a burst. The spread is the standard deviation
 * of posting times; organic posts that share phrasing arrive spread over the day or days.
 */
export const CAMPAIGN_MIN_AUTHORS = 10;
export const CAMPAIGN_MAX_SPREAD_HOURS = 8;

export function isCampaign(cluster: { authors: number; spreadHours: number | null }): boolean {
  return cluster.authors >= CAMPAIGN_MIN_AUTHORS && cluster.spreadHours !== null && cluster.spreadHours <= CAMPAIGN_MAX_SPREAD_HOURS;
}
