/**
 * Compiles the explorer's filters and a parsed query (query-language/query-ast.ts) into a
 * parameterised WHERE clause over `mentions m`. Every value is a bound parameter; only
 * column names chosen here appear in the text. Free text uses the GIN expression index of
 * migration 0500 (the expression below must stay identical to the index's).
 */
import type { QueryNode } from '../../../services/analytics/query-language/query-ast.js';
import type { RollupFilter } from '../analytics/rollup-source.js';
import type { SqlParams } from '../sql-params.js';

export const SEARCH_VECTOR = `to_tsvector('simple'::regconfig, coalesce(m.title, '') || ' ' || m.text)`;

/** The dashboard filters plus a query whose region values are already codes. */
export interface MentionSearch extends RollupFilter {
  query: QueryNode | null;
}

export function mentionConditions(p: SqlParams, s: MentionSearch): string {
  const c: string[] = [`m.published_at >= ${p.add(s.from, 'timestamptz')}`, `m.published_at < ${p.add(s.to, 'timestamptz')}`];
  if (s.agencyIds) c.push(`m.agency_id = ANY(${p.add(s.agencyIds, 'bigint[]')})`);
  if (s.issueId !== undefined) c.push(`m.issue_id = ${p.add(s.issueId, 'bigint')}`);
  if (s.platform) c.push(`m.platform = ${p.add(s.platform, 'text')}`);
  if (s.sentiment) c.push(`m.sentiment = ${p.add(s.sentiment, 'text')}`);
  if (s.regionCode) c.push(regionCondition(p, s.regionCode));
  if (s.language) c.push(`coalesce(m.language, 'unknown') = ${p.add(s.language, 'text')}`);
  if (s.authorType) c.push(`m.author_type = ${p.add(s.authorType, 'text')}`);
  if (s.query) c.push(compileNode(p, s.query));
  return c.join('\n AND ');
}

function regionCondition(p: SqlParams, code: string): string {
  return code.includes('.') ? `m.region_code = ${p.add(code, 'text')}` : `m.province_code = ${p.add(code, 'text')}`;
}

function compileNode(p: SqlParams, node: QueryNode): string {
  switch (node.kind) {
    case 'and':
      return `(${node.children.map((child) => compileNode(p, child)).join(' AND ')})`;
    case 'or':
      return `(${node.children.map((child) => compileNode(p, child)).join(' OR ')})`;
    case 'not':
      // NOT of a NULL comparison would drop the row; coalesce keeps "not X" true when X is unknown.
      return `NOT coalesce(${compileNode(p, node.child)}, false)`;
    case 'text':
      return `${SEARCH_VECTOR} @@ ${node.phrase ? 'phraseto_tsquery' : 'plainto_tsquery'}('simple'::regconfig, ${p.add(node.value, 'text')})`;
    case 'field':
      switch (node.field) {
        case 'platform':
          return `m.platform = ${p.add(node.value, 'text')}`;
        case 'sentiment':
          return `m.sentiment = ${p.add(node.value, 'text')}`;
        case 'region':
          return regionCondition(p, node.value);
        case 'agency':
          return `m.agency_id IN (SELECT id FROM agencies WHERE slug = ${p.add(node.value, 'text')} OR lower(code) = ${p.add(node.value, 'text')})`;
        case 'issue':
          return `m.issue_id IN (SELECT id FROM issues WHERE key = ${p.add(node.value, 'text')})`;
        case 'language':
          return `coalesce(m.language, 'unknown') = ${p.add(node.value, 'text')}`;
        case 'author':
          return `lower(ltrim(m.author_handle, '@')) = ${p.add(node.value, 'text')}`;
        case 'type':
          return `m.author_type = ${p.add(node.value, 'text')}`;
        case 'hashtag':
          return `${p.add(node.value, 'text')} = ANY(m.hashtags)`;
      }
  }
}
