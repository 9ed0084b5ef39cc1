// The operator console's calls: the PIN opens a staff session once; every call then carries its token
// (kept for this tab only), and every answer is checked with the shared case schema.
import * as v from 'valibot';
import { apiRequest } from '../../client/api';
import { OperatorCaseSchema, OperatorQueueSchema } from '../../domain/answers/operator';
import type { OperatorAction } from '../../domain/lifecycle/types';
import type { QueueFilter } from './operatorSearch';
import { NewsPublishedSchema, type NewsInput } from '../../domain/news';

const OPERATOR_HEADER = 'X-Okno-Operator';

export { ACTION_NAMES, type ActionName, type OperatorCase } from '../../domain/answers/operator';
const QueueSchema = OperatorQueueSchema;

// The console keeps its staff token where every staff page reads it (src/client/operatorSession.ts).
export { OPERATOR_TOKEN_KEY as OPERATOR_PIN_KEY, readOperatorToken as readPin, writeOperatorToken as writePin } from '../../client/operatorSession';

/** The queue's address with only the filters that are set; the number search is trimmed. */
export function queuePath(filter: QueueFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.service) params.set('service', filter.service);
  const q = filter.q?.trim();
  if (q) params.set('q', q);
  const query = params.toString();
  return query ? `/operator/cases?${query}` : '/operator/cases';
}

const withPin = (pin: string) => ({ [OPERATOR_HEADER]: pin });

/** Opens a staff session with the PIN; answers its token, which the other calls take as `pin`. */
export const checkPin = async (pin: string) =>
  (await apiRequest('POST', '/operator/check', v.object({ ok: v.literal(true), token: v.string(), expiresAt: v.number() }), { body: { pin } })).token;
export const listCases = (pin: string, filter: QueueFilter) => apiRequest('GET', queuePath(filter), QueueSchema, { headers: withPin(pin) });
export const readCase = (pin: string, id: string) =>
  apiRequest('GET', `/operator/cases/${encodeURIComponent(id)}`, OperatorCaseSchema, { headers: withPin(pin) });
export const actOnCase = (pin: string, id: string, action: OperatorAction) =>
  apiRequest('POST', `/operator/cases/${encodeURIComponent(id)}/action`, OperatorCaseSchema, { body: action, headers: withPin(pin) });
export const revokeDocument = (pin: string, id: string) =>
  apiRequest('POST', `/operator/cases/${encodeURIComponent(id)}/revoke`, OperatorCaseSchema, { body: {}, headers: withPin(pin) });
/** Publishes portal news to every citizen who turned news on. */
export const publishNews = (pin: string, news: NewsInput) =>
  apiRequest('POST', '/operator/news', NewsPublishedSchema, { body: news, headers: withPin(pin) });
