/**
 * GET /api/v1/mentions — the explorer for integrators: the same filters and query language
 * (docs/query-language.md), sort, keyset pages (`nextCursor`), and GET /api/v1/mentions/export.csv.
 * A malformed query is a 400 whose message names the character position.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { resolveExplorerQuery, ZExplorerQuery } from '../../../services/analytics/explorer/explorer-request.js';
import { findMentions } from '../../../services/analytics/explorer/find-mentions.js';
import { filterValues } from '../../console/analytics/filter-form.js';
import { sendMentionsCsv } from '../../console/analytics/explorer-routes.js';
import { mentionJson, ZMention } from './analytics-schemas.js';
import { ZErrorResponse } from './error-schema.js';

const ERRORS = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };
const ACCESS = { kind: 'api', permission: 'mentions.read', allowSession: true } as const;
const KEYS = ['from', 'to', 'agency', 'issue', 'platform', 'sentiment', 'region', 'language', 'type', 'q', 'sort'] as const;

export function registerMentionsApi(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.security.db;

  r.get(
    '/api/v1/mentions',
    {
      config: { access: ACCESS },
      schema: {
        tags: ['mentions'],
        summary: 'Search mentions',
        description: 'Filters, the query language (AND, OR, NOT, parentheses, "phrases", field:value), sort by time, reach or engagement, keyset paging.',
        querystring: ZExplorerQuery,
        response: { 200: z.object({ data: z.array(ZMention), nextCursor: z.string().nullable() }), ...ERRORS },
      },
    },
    async (request) => {
      const page = await findMentions(db, await resolveExplorerQuery(db, await request.agencyScope('mentions.read'), request.query));
      return { data: page.items.map(mentionJson), nextCursor: page.nextCursor };
    },
  );

  r.get(
    '/api/v1/mentions/export.csv',
    {
      config: { access: ACCESS },
      schema: {
        tags: ['mentions'],
        summary: 'Export matching mentions as CSV (streamed, audited)',
        description: 'Up to 100,000 rows. Cells starting with = + - @ are prefixed with an apostrophe (CSV injection).',
        querystring: ZExplorerQuery.omit({ cursor: true, limit: true }),
        response: { 200: z.string().describe('text/csv'), ...ERRORS },
      },
    },
    async (request, reply) => {
      const q = await resolveExplorerQuery(db, await request.agencyScope('mentions.read'), { ...request.query, limit: 1 });
      return sendMentionsCsv(request, reply, q, filterValues(request.query, KEYS));
    },
  );
}
