/**
 * Assigns a mention to one of the issues staff track, by their keywords: a word or phrase
 * in the text, or a '#tag' among its hashtags. The issue with the most distinct hits wins;
 * ties go to the older issue. Keywords are data (the `issues` table), not code.
 */

export interface IssueRule {
  id: number;
  keywords: readonly string[];
}

export type IssueMatcher = (text: string, hashtags: readonly string[]) => number | null;

export function createIssueMatcher(rules: readonly IssueRule[]): IssueMatcher {
  const words = new Map<string, number[]>();
  const tags = new Map<string, number[]>();
  const phrases: { issueId: number; phrase: string }[] = [];
  const add = (map: Map<string, number[]>, key: string, id: number) => {
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  for (const rule of [...rules].sort((a, b) => a.id - b.id)) {
    for (const raw of rule.keywords) {
      const keyword = raw.trim().toLowerCase();
      if (keyword.startsWith('#')) {
        if (keyword.length > 1) add(tags, keyword.slice(1), rule.id);
      } else if (/\s/.test(keyword)) phrases.push({ issueId: rule.id, phrase: ` ${keyword.split(/\s+/).join(' ')} ` });
      else if (keyword) add(words, keyword, rule.id);
    }
  }
  if (words.size === 0 && tags.size === 0 && phrases.length === 0) return () => null;

  return (text, hashtags) => {
    const hits = new Map<number, Set<string>>();
    const hit = (id: number, key: string) => {
      const set = hits.get(id) ?? new Set<string>();
      set.add(key);
      hits.set(id, set);
    };
    const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    for (const token of tokens) for (const id of words.get(token) ?? []) hit(id, token);
    for (const tag of hashtags) {
      for (const id of tags.get(tag) ?? []) hit(id, `#${tag}`);
      for (const id of words.get(tag) ?? []) hit(id, tag);
    }
    if (phrases.length > 0) {
      const spaced = ` ${tokens.join(' ')} `;
      for (const { issueId, phrase } of phrases) if (spaced.includes(phrase)) hit(issueId, phrase);
    }
    let best: number | null = null;
    let bestScore = 0;
    for (const [id, set] of hits) {
      if (set.size > bestScore || (set.size === bestScore && best !== null && id < best)) {
        best = id;
        bestScore = set.size;
      }
    }
    return best;
  };
}
