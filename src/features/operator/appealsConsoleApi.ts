// The console's calls about appeals: every one carries the operator PIN and the clerk's name, which
// the server writes into the access log and the steps the citizen sees.
import * as v from 'valibot';
import { apiRequest } from '../../client/api';
import { ClerkActionSchema, type ClerkAction } from '../../domain/appeals/types';
import { AppealViewSchema } from '../../domain/appeals/view';

export const CLERK_KEY = 'okno.clerkName';
const CLERK_ACTIONS = ClerkActionSchema.options.map((o) => o.entries.action.literal);

export const ConsoleAppealSchema = v.object({ ...AppealViewSchema.entries, applicant: v.string(), scenario: v.string(), clerkActions: v.array(v.picklist(CLERK_ACTIONS)) });
export type ConsoleAppeal = v.InferOutput<typeof ConsoleAppealSchema>;
const QueueSchema = v.object({ total: v.number(), appeals: v.array(ConsoleAppealSchema) });

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
  apiRequest('GET', `/operator/appeals/${encodeURIComponent(id)}?reason=${encodeURIComponent(reason)}`, ConsoleAppealSchema, { headers: headers(pin) });

export const actOnAppeal = (pin: string, id: string, act: ClerkAction) =>
  apiRequest('POST', `/operator/appeals/${encodeURIComponent(id)}/action`, ConsoleAppealSchema, { body: act, headers: headers(pin) });
