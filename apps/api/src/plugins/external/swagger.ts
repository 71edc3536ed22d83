import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

type MediaTypes = Record<string, unknown>;
type OpenApiDocument = {
  paths?: Record<string, Record<string, { responses?: Record<string, { content?: MediaTypes }> }>>;
};

/** Error responses are served as application/problem+json (RFC 9457): document them so. */
function problemMediaTypes(document: OpenApiDocument) {
  for (const operations of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const content = response.content;
        if (Number(status) < 400 || !content?.['application/json']) continue;
        response.content = { 'application/problem+json': content['application/json'] };
      }
    }
  }
}

/**
 * OpenAPI 3 generated from the routes' zod schemas: JSON at /api/docs/json (always), Swagger UI at
 * /api/docs (outside production, or with SWAGGER_UI=true).
 */
export default fp(
  async (fastify: FastifyInstance) => {
    await fastify.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Teamspiegel API',
          description:
            'Team coverage against the beroepsbeeld Medewerker Integraal Kindcentrum. All data is scoped to the organisation of the access token. Errors are RFC 9457 problem details (application/problem+json) with a stable `code`.',
          version: '0.1.0',
        },
        components: {
          securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        },
        security: [{ bearerAuth: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: (documents) => {
        const document = 'openapiObject' in documents ? documents.openapiObject : documents.swaggerObject;
        problemMediaTypes(document as OpenApiDocument);
        return document;
      },
    });
    if (fastify.config.swaggerUi) {
      await fastify.register(swaggerUi, { routePrefix: '/api/docs' });
    } else {
      // Without the UI the document stays public: clients and generators read it.
      fastify.get('/api/docs/json', { schema: { hide: true } }, async () => fastify.swagger());
    }
  },
  { name: 'swagger', dependencies: ['config'] },
);
