// English texts of the API reference page (/developers/api).
import type { developersRu } from './developers.ru';
import type { Widen } from './ru';

export const developersEn: Widen<typeof developersRu> = {
  apiReference: {
    title: 'API reference',
    lead: 'Every route of the simulated departments that the service worker answers: what to send, what comes back and which codes report an error. The page is built from the same OpenAPI 3.1 document served at /api/openapi.json, and works offline.',
    documentLink: 'The OpenAPI document (JSON)',
    loading: 'Loading the reference…',
    failed: 'The API document could not be loaded: {reason}',
    contents: 'Sections',
    routesCount: '{count} routes',
    details: 'Fields, example and errors',
    caller: { anyone: 'Open to anyone', citizen: 'Needs a signed-in citizen (Bearer)', operator: 'Needs a staff session (X-Okno-Operator)' },
    query: 'Query parameters',
    path: 'Path parameters',
    request: 'Request body',
    response: 'Answer {status}',
    file: 'A file ({type})',
    field: 'Field',
    type: 'Type',
    required: 'Required',
    yes: 'yes',
    no: 'no',
    noFields: 'No fields.',
    example: 'Example request',
    errors: 'Errors',
    errorShape:
      'Every error has one shape: {error: {code, message, fields?, fieldMessages?, data?}}. `fields` maps a field path to a validation code.',
    status: 'HTTP {status}',
  },
};
