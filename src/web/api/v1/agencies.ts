/** GET /api/v1/agencies — the public directory of agencies (names, codes, hierarchy). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_KINDS, AGENCY_LEVELS } from '../../../domain/agency.js';
import type { Db } from '../../../db/db.js';
import { listAgencies } from '../../../db/queries/agencies/list-agencies.js';
import { ZErrorResponse } from './error-schema.js';

export const ZAgency = z
  .object({
    id: z.number().int(),
    code: z.string().describe("Official code: Kemendagri region code ('32.73') or the national body's short code"),
    slug: z.string(),
    name: z.string(),
    abbreviation: z.string(),
    level: z.enum(AGENCY_LEVELS),
    kind: z.enum(AGENCY_KINDS),
    parentId: z.number().int().nullable(),
    regionCode: z.string().nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: 'Agency' });

const ZListAgenciesQuery = z.object({
  level: z.enum(AGENCY_LEVELS).optional().describe('Only agencies of this level'),
});

export function registerAgencyRoutes(app: FastifyInstance, db: Db): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/agencies',
    {
      schema: {
        tags: ['agencies'],
        summary: 'List agencies',
        description: 'National ministries and agencies, provincial governments, and regency or city governments.',
        querystring: ZListAgenciesQuery,
        response: { 200: z.object({ data: z.array(ZAgency) }), 400: ZErrorResponse },
      },
    },
    async (request) => ({ data: await listAgencies(db, { level: request.query.level }) }),
  );
}
