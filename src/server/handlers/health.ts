// GET /api/health: proves the simulated backend answers, and from where.
import { json } from '../http';
import type { Handler } from '../router';

export const getHealth: Handler = ({ now }) =>
  json({ status: 'ok', server: 'okno-server', version: __OKNO_VERSION__, now: new Date(now).toISOString() });
