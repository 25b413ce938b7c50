import { SEARCH_LIMITS } from '#search/search_engine'

/**
 * OpenAPI description of the public API (served at /api/v1/openapi.json).
 * Kept next to the search code so the limits are the engine's own.
 */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Vejviser public API',
    version: '1.0.0',
    description:
      "Search a kommune's citizen guidance. No authentication; rate-limited per client IP (120 requests per minute).\n\n" +
      'Escaping: every string in a response (hit fields and facet names alike) is HTML-escaped text ' +
      '(`&`, `<`, `>`, `"` and `\'` as entities), safe to insert as HTML. `title` and `snippet` may ' +
      'contain `<mark>` elements around the words that matched, and no other markup. To show a ' +
      'field as plain text, strip `<mark>`/`</mark>` and decode the entities.',
  },
  servers: [{ url: '/api/v1' }],
  paths: {
    '/kommuner/{code}/search': {
      get: {
        operationId: 'searchKommune',
        summary: 'Search what citizens of one kommune may find',
        parameters: [
          {
            name: 'code',
            in: 'path',
            required: true,
            description: 'Official kommune code, e.g. 340',
            schema: { type: 'string' },
          },
          {
            name: 'q',
            in: 'query',
            required: false,
            description: 'The search text. Empty or stop-word-only queries return no hits.',
            schema: { type: 'string', maxLength: SEARCH_LIMITS.maxQueryLength },
          },
          {
            name: 'limit',
            in: 'query',
            required: false,
            schema: {
              type: 'integer',
              minimum: 1,
              maximum: SEARCH_LIMITS.maxLimit,
              default: SEARCH_LIMITS.defaultLimit,
            },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            schema: { type: 'integer', minimum: 0, maximum: SEARCH_LIMITS.maxOffset },
          },
          {
            name: 'area',
            in: 'query',
            required: false,
            description: 'Service area slug filter',
            schema: { type: 'string' },
          },
          {
            name: 'kind',
            in: 'query',
            required: false,
            schema: { type: 'string', enum: ['guide', 'faq'] },
          },
        ],
        responses: {
          '200': {
            description: 'Hits, best first',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/SearchResponse' } },
            },
          },
          '404': { description: 'Unknown kommune' },
          '422': { description: 'Invalid parameters' },
          '429': { description: 'Rate limit exceeded; see Retry-After' },
        },
      },
    },
    '/kommuner/{code}/search/misses': {
      post: {
        operationId: 'reportSearchMiss',
        summary: 'Report a search whose results the citizen did not open',
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['q', 'hits'],
                properties: { q: { type: 'string' }, hits: { type: 'integer', minimum: 0 } },
              },
            },
          },
        },
        responses: {
          '204': { description: 'Recorded' },
          '404': { description: 'Unknown kommune' },
        },
      },
    },
  },
  components: {
    schemas: {
      SearchResponse: {
        type: 'object',
        required: ['hits', 'total', 'facets'],
        properties: {
          hits: { type: 'array', items: { $ref: '#/components/schemas/Hit' } },
          total: { type: 'integer' },
          facets: {
            type: 'object',
            properties: {
              serviceArea: { type: 'object', additionalProperties: { type: 'integer' } },
              kind: { type: 'object', additionalProperties: { type: 'integer' } },
            },
          },
        },
      },
      Hit: {
        type: 'object',
        required: ['slug', 'kind', 'title', 'snippet', 'url'],
        properties: {
          slug: { type: 'string', description: 'HTML-escaped (see the escaping rule above)' },
          kind: { type: 'string', enum: ['guide', 'faq'] },
          title: {
            type: 'string',
            description: 'HTML-escaped text; only <mark> elements mark matches',
          },
          snippet: {
            type: 'string',
            description:
              "HTML-escaped text: the guide's introduction for citizens (never the staff briefing)",
          },
          url: {
            type: 'string',
            format: 'uri',
            description: "The guide's public page for this kommune (HTML-escaped like every field)",
          },
        },
      },
    },
  },
} as const
