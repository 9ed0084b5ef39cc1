// The console's calls about appeals: every one carries the operator PIN and the clerk's name, which
// the server writes into the access log and the steps the citizen sees.
import { apiRequest } from '../../client/api';
import type { ClerkAction } from '../../domain/appeals/types';
import { AppealQueueSchema, ConsoleAppealSchema } from '../../domain/answers/operator';

export const CLERK_KEY = 'okno.clerkName';
export type { ConsoleAppeal } from '../../domain/answers/operator';
const QueueSchema = AppealQueueSchema;

export function readClerk(): string {
  try {
    return sessionStorage.getItem(CLERK_KEY) ?? '';
  } catch {
    return '';
  }
}

export function writeClerk(name: string): void {
  try {
    sessionStorage.setItem(CLERK_KEY, name);
  } catch {
    // Without storage the name lasts for the page only.
  }
}

// Headers carry Latin-1 only: the name travels URI-encoded.
const headers = (pin: string) => ({ 'X-Okno-Operator': pin, 'X-Okno-Clerk': encodeURIComponent(readClerk().trim()) });

export function listAppeals(pin: string, filter: { status?: string; type?: string; term?: string }) {
  const params = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => Boolean(e[1])));
  const query = params.toString();
  return apiRequest('GET', `/operator/appeals${query ? `?${query}` : ''}`, QueueSchema, { headers: headers(pin) });
}

export const openAppeal = (pin: string, id: string, reason: string) =>
  apiRequest('GET', `/operator/appeals/${encodeURIComponent(id)}?reason=${encodeURIComponent(reason)}`, ConsoleAppealSchema, {
    headers: headers(pin),
  });

export const actOnAppeal = (pin: string, id: string, act: ClerkAction) =>
  apiRequest('POST', `/operator/appeals/${encodeURIComponent(id)}/action`, ConsoleAppealSchema, { body: act, headers: headers(pin) });
