/** Topics (rubrik): one per article, from a fixed list so the portal can group news; tags stay free. */
export const ARTICLE_TOPICS = [
  'pemerintahan',
  'kesehatan',
  'pendidikan',
  'ekonomi',
  'infrastruktur',
  'sosial',
  'lingkungan',
  'keamanan',
  'kebencanaan',
  'layanan_publik',
] as const;
export type ArticleTopic = (typeof ARTICLE_TOPICS)[number];
