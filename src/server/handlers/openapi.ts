// GET /api/openapi.json: the contract of this route table, generated on request from the shared schemas
// (the same generator the build uses for public/openapi.json), so it works offline like every route.
import { buildOpenApi } from '../contract/openapi';
import { json } from '../http';
import type { Handler } from '../router';

export const getOpenApi: Handler = () => json(buildOpenApi(__OKNO_VERSION__));
