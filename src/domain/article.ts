/** Articles: news an agency publishes through the newsroom workflow. */
export const ARTICLE_STATUSES = ['draft', 'in_review', 'approved', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** The five reader reactions of the poll "Bagaimana pendapat Anda mengenai artikel ini?". */
export const REACTIONS = ['senang', 'terinspirasi', 'biasa_saja', 'sedih', 'marah'] as const;
export type Reaction = (typeof REACTIONS)[number];

export interface ArticleSummary {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  readCount: number;
  agencySlug: string;
  agencyName: string;
  agencyAbbreviation: string;
}
