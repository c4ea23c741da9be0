/**
 * Mentions: what connectors bring in (RawMention, the pipeline's input) and the platforms
 * and author types they come with.
 */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'tiktok', 'youtube', 'news', 'portal', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const AUTHOR_TYPES = ['citizen', 'influencer', 'media', 'government', 'organization', 'unknown'] as const;
export type AuthorType = (typeof AUTHOR_TYPES)[number];

export interface RawMetrics {
  likes: number;
  replies: number;
  shares: number;
  /** Impressions or views when the platform reports them. */
  views: number | null;
  quotes?: number;
  saves?: number;
}

/** One item as a connector delivers it, before normalisation, redaction and enrichment. */
export interface RawMention {
  platform: Platform;
  /** The platform's own id: with the source, the key for exact de-duplication. */
  externalId: string;
  url: string | null;
  publishedAt: Date;
  author: {
    handle: string | null;
    name: string | null;
    followers: number | null;
    type: AuthorType;
  };
  title: string | null;
  text: string;
  metrics: RawMetrics;
  /** The platform's language hint, if any. */
  lang: string | null;
}
