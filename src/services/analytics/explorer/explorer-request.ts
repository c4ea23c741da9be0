/**
 * The explorer's input — the shared analytics filters, the query language, sort and cursor —
 * validated and resolved into a search the database can run. A malformed query is a 400
 * naming the character position the parser stopped at.
 */
import { z } from 'zod';
import type { Queryable } from '../../../db/db.js';
import type { MentionSearch } from '../../../db/queries/explorer/mention-conditions.js';
import { MENTION_SORTS, type MentionCursor, type MentionSort } from '../../../db/queries/explorer/search-mentions.js';
import { AppError } from '../../../lib/app-error.js';
import type { AgencyScope } from '../../../security/permissions/agency-scope.js';
import { resolveFilters, ZAnalyticsFilters } from '../analytics-request.js';
import { parseQuery, MAX_QUERY_LENGTH } from '../query-language/parse-query.js';
import type { QueryNode } from '../query-language/query-ast.js';
import { resolveRegionCode } from '../resolve-region.js';
import { decodeCursor } from './mention-cursor.js';

export const MAX_PAGE_SIZE = 200;

export const ZExplorerQuery = ZAnalyticsFilters.extend({
  q: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(MAX_QUERY_LENGTH).optional()).describe('Query language (docs/query-language.md)'),
  sort: z.preprocess((v) => (v === '' ? undefined : v), z.enum(MENTION_SORTS).default('time')),
  cursor: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(400).optional()).describe('nextCursor of the previous page'),
  limit: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50)),
});
export type ExplorerQuery = z.infer<typeof ZExplorerQuery>;

export interface ResolvedExplorerQuery {
  search: MentionSearch;
  sort: MentionSort;
  after: MentionCursor | null;
  limit: number;
}

/** Parses query text; throws a 400 that names the error's position. */
export function parseQueryOrThrow(text: string | undefined): QueryNode | null {
  if (!text) return null;
  const parsed = parseQuery(text);
  if (!parsed.ok) {
    throw new AppError('validation_failed', `Query error at position ${parsed.error.position}: ${parsed.error.message}`, {
      details: { position: parsed.error.position },
    });
  }
  return resolveRegions(parsed.query);
}

/** Region values become codes here, so the SQL compiler needs no lookup of its own. */
function resolveRegions(node: QueryNode | null): QueryNode | null {
  if (!node) return null;
  switch (node.kind) {
    case 'and':
    case 'or':
      return { kind: node.kind, children: node.children.map((c) => resolveRegions(c)!) };
    case 'not':
      return { kind: 'not', child: resolveRegions(node.child)! };
    case 'field': {
      if (node.field !== 'region') return node;
      const code = resolveRegionCode(node.value);
      if (!code) throw new AppError('validation_failed', `Unknown region "${node.value}"; use a code such as 32 or a name such as jawa-barat.`);
      return { ...node, value: code };
    }
    default:
      return node;
  }
}

export async function resolveExplorerQuery(db: Queryable, scope: AgencyScope, input: ExplorerQuery, now?: Date): Promise<ResolvedExplorerQuery> {
  const query = parseQueryOrThrow(input.q);
  const { filter } = await resolveFilters(db, scope, input, now);
  return {
    search: { ...filter, query },
    sort: input.sort,
    after: input.cursor ? decodeCursor(input.sort, input.cursor) : null,
    limit: input.limit,
  };
}
