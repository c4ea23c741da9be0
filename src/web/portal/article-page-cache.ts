/**
 * A short-lived in-process cache of rendered article pages, so a busy article costs one
 * render per `ttlSeconds` rather than one per request. Entries are dropped at once when this
 * process changes what the page shows (a vote, a comment, a moderation decision); changes
 * made by other processes show after at most the TTL. Bounded: the oldest entries go first.
 */
export interface CachedPage {
  articleId: number;
  /** The page as UTF-8 bytes, so a hit skips encoding the string on every response. */
  body: Buffer;
  expiresAt: number;
}

export interface ArticlePageCache {
  get(key: string): CachedPage | undefined;
  set(key: string, page: Omit<CachedPage, 'expiresAt'>): void;
  invalidateArticle(articleId: number): void;
}

export function createArticlePageCache(ttlSeconds: number, maxEntries = 2000, now: () => number = Date.now): ArticlePageCache {
  const entries = new Map<string, CachedPage>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    set(key, page) {
      if (ttlSeconds <= 0) return;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { ...page, expiresAt: now() + ttlSeconds * 1000 });
    },
    invalidateArticle(articleId) {
      for (const [key, entry] of entries) if (entry.articleId === articleId) entries.delete(key);
    },
  };
}
