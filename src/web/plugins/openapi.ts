/**
 * The open API's contract: route zod schemas generate an OpenAPI 3.1 document at
 * /api/openapi.json, and /api/docs serves a reference page bundled with the app (no CDN).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export async function registerOpenApi(app: FastifyInstance, options: { publicUrl: string; version: string }): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Humas API',
        version: options.version,
        description:
          'The open API of Humas: agencies, published news, mentions and analytics, ingestion. ' +
          'Errors always have the shape { "error": { "code", "message" } }.',
      },
      servers: [{ url: options.publicUrl }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
    // Only the versioned API is part of the contract; pages and health checks are not.
    hideUntagged: true,
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, docExpansion: 'list', deepLinking: true },
    staticCSP: false,
  });
}
