// Reads the OpenAPI document the service worker serves (GET /api/openapi.json) and groups its operations
// by tag in the document's order. Only what the page shows is checked; the rest passes as it is.
import * as v from 'valibot';
import { apiGet } from '../../client/api';

const JsonSchema = v.record(v.string(), v.unknown());
const OperationSchema = v.looseObject({
  tags: v.array(v.string()),
  summary: v.string(),
  'x-okno-summary-ru': v.string(),
  security: v.optional(v.array(v.record(v.string(), v.array(v.string())))),
  parameters: v.optional(v.array(v.object({ name: v.string(), in: v.picklist(['path', 'query']), required: v.boolean(), schema: JsonSchema }))),
  requestBody: v.optional(v.object({ required: v.boolean(), content: v.record(v.string(), v.looseObject({ schema: JsonSchema })) })),
  'x-okno-example': v.looseObject({ method: v.string(), path: v.string() }),
  responses: v.record(
    v.string(),
    v.looseObject({
      content: v.optional(v.record(v.string(), v.looseObject({ schema: JsonSchema }))),
      'x-okno-codes': v.optional(v.array(v.string())),
    }),
  ),
});
export const ApiDocumentSchema = v.looseObject({
  openapi: v.string(),
  tags: v.array(v.looseObject({ name: v.string(), description: v.string(), 'x-okno-description-ru': v.string() })),
  paths: v.record(v.string(), v.record(v.string(), OperationSchema)),
  components: v.looseObject({ schemas: v.record(v.string(), JsonSchema) }),
});
export type ApiDocument = v.InferOutput<typeof ApiDocumentSchema>;
export type Operation = v.InferOutput<typeof OperationSchema>;
export type JsonSchemaNode = v.InferOutput<typeof JsonSchema>;

export interface RouteEntry {
  method: string;
  path: string;
  operation: Operation;
}

export const readApiDocument = () => apiGet('/openapi.json', ApiDocumentSchema);

/** The operations under each tag, tags in the document's order. */
export function routesByTag(document: ApiDocument): { tag: ApiDocument['tags'][number]; routes: RouteEntry[] }[] {
  const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
  return document.tags
    .map((tag) => ({ tag, routes: routes.filter((route) => route.operation.tags[0] === tag.name) }))
    .filter((group) => group.routes.length > 0);
}
