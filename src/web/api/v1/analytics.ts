/**
 * GET /api/v1/analytics/… — the console's figures for integrators and the console's own
 * scripts: the overview, one breakdown, an issue, an article's combined reach. Same filters
 * as the console; the caller's agency scope (API key or session) always applies.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { breakDownRollups, type RollupDimension } from '../../../db/queries/analytics/break-down-rollups.js';
import { getArticleReach } from '../../../db/queries/analytics/get-article-reach.js';
import { listIssues } from '../../../db/queries/analytics/list-issues.js';
import { summarizeRollups } from '../../../db/queries/analytics/summarize-rollups.js';
import { shareOf, summarizeMetrics } from '../../../domain/analytics-metrics.js';
import { AppError } from '../../../lib/app-error.js';
import { resolveFilters, ZAnalyticsFilters } from '../../../services/analytics/analytics-request.js';
import { getOverview } from '../../../services/analytics/get-overview.js';
import { overviewJson, ZBreakdown, ZOverview } from './analytics-schemas.js';
import { ZErrorResponse } from './error-schema.js';

const DIMENSIONS: Record<string, RollupDimension> = {
  platform: 'platform', province: 'province_code', region: 'region_code', language: 'language',
  type: 'author_type', sentiment: 'sentiment', agency: 'agency_id', issue: 'issue_id',
};
const ERRORS = { 400: ZErrorResponse, 401: ZErrorResponse, 403: ZErrorResponse, 404: ZErrorResponse };
const ACCESS = { kind: 'api', permission: 'analytics.read', allowSession: true } as const;

export function registerAnalyticsApi(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.security.db;

  r.get(
    '/api/v1/analytics/overview',
    {
      config: { access: ACCESS },
      schema: {
        tags: ['analytics'],
        summary: 'Overview of the conversation',
        description: 'Totals with period-over-period change, time series, breakdowns, share of voice, top issues with spike alerts and top accounts, from rollups.',
        querystring: ZAnalyticsFilters,
        response: { 200: ZOverview, ...ERRORS },
      },
    },
    async (request) => {
      const scope = await request.agencyScope('analytics.read');
      const { filter } = await resolveFilters(db, scope, request.query);
      return overviewJson(await getOverview(db, scope, filter));
    },
  );

  r.get(
    '/api/v1/analytics/breakdown',
    {
      config: { access: ACCESS },
      schema: {
        tags: ['analytics'],
        summary: 'Totals per value of one dimension',
        querystring: ZAnalyticsFilters.extend({
          dimension: z.enum(Object.keys(DIMENSIONS) as [string, ...string[]]).describe('platform, province, region (regency/city), language, type, sentiment, agency or issue'),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ data: z.array(ZBreakdown) }), ...ERRORS },
      },
    },
    async (request) => {
      const scope = await request.agencyScope('analytics.read');
      const { filter } = await resolveFilters(db, scope, request.query);
      const total = (await summarizeRollups(db, filter)).mentions;
      let groups = await breakDownRollups(db, filter, DIMENSIONS[request.query.dimension]!, request.query.limit);
      if (request.query.dimension === 'issue') {
        // Issues tracked by agencies outside the scope are not named.
        const visible = new Set((await listIssues(db, { ids: groups.filter((g) => g.key).map((g) => Number(g.key)) })).filter((i) => scope.all || i.agencyId === null || scope.agencyIds.has(Number(i.agencyId))).map((i) => String(i.id)));
        groups = groups.filter((g) => g.key === null || visible.has(g.key));
      }
      return { data: groups.map((g) => ({ ...summarizeMetrics(g), key: g.key, share: shareOf(g.mentions, total) })) };
    },
  );

  r.get(
    '/api/v1/analytics/issues/:id',
    {
      config: { access: { ...ACCESS, objects: [{ from: 'params', name: 'id', type: 'issue' }] } },
      schema: {
        tags: ['analytics'],
        summary: 'One issue: its figures, breakdowns and spikes',
        params: z.object({ id: z.coerce.number().int().positive() }),
        querystring: ZAnalyticsFilters.omit({ issue: true }),
        response: { 200: ZOverview, ...ERRORS },
      },
    },
    async (request) => {
      const scope = await request.agencyScope('analytics.read');
      const issue = (await listIssues(db, { ids: [request.params.id] }))[0];
      if (!issue) throw new AppError('not_found', 'Issue not found.');
      const { filter } = await resolveFilters(db, scope, { ...request.query, issue: issue.key });
      return overviewJson(await getOverview(db, scope, filter));
    },
  );

  r.get(
    '/api/v1/analytics/articles/:id/reach',
    {
      config: { access: { ...ACCESS, objects: [{ from: 'params', name: 'id', type: 'article' }] } },
      schema: {
        tags: ['analytics'],
        summary: "An article's combined reach: owned, news and social pick-ups",
        description: 'Owned: portal reads, reactions, comments and share clicks. Pick-ups: mentions within 30 days after publication whose URL, links or text contain the article\'s portal path.',
        params: z.object({ id: z.coerce.number().int().positive() }),
        response: {
          200: z.object({
            articleId: z.number(),
            path: z.string(),
            publishedAt: z.string().nullable(),
            owned: z.object({ reads: z.number(), reactions: z.number(), comments: z.number(), shareClicks: z.number() }),
            news: z.object({ mentions: z.number(), reach: z.number(), engagement: z.number() }),
            social: z.object({ mentions: z.number(), reach: z.number(), engagement: z.number() }),
            combinedReach: z.number().describe('owned reads + news reach + social reach'),
          }),
          ...ERRORS,
        },
      },
    },
    async (request) => {
      const reach = await getArticleReach(db, request.params.id);
      if (!reach) throw new AppError('not_found', 'Article not found.');
      return {
        articleId: reach.articleId,
        path: reach.path,
        publishedAt: reach.publishedAt ? new Date(reach.publishedAt).toISOString() : null,
        owned: reach.owned,
        news: reach.news,
        social: reach.social,
        combinedReach: reach.owned.reads + reach.news.reach + reach.social.reach,
      };
    },
  );
}
