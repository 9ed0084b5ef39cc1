// The operator console's key: a PIN set on the demo page, kept only as a SHA-256 hash, and sent by the
// console with every request. A simulation of a staff login, not a security boundary.
import * as v from 'valibot';
import { OperatorPinSchema } from '../domain/operatorPin';
import { ApiError } from './http';
import type { RequestContext } from './router';

export const OPERATOR_HEADER = 'X-Okno-Operator';

export async function pinHash(pin: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`okno-operator:${pin}`));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function writeOperatorPin(ctx: RequestContext, pin: string): Promise<void> {
  await ctx.db.settings.put({ key: 'operator-pin', value: await pinHash(pin) });
}

export async function operatorPinSet(ctx: RequestContext): Promise<boolean> {
  return typeof (await ctx.db.settings.get('operator-pin'))?.value === 'string';
}

/** Throws unless the request carries the operator PIN. */
export async function requireOperator(ctx: RequestContext): Promise<void> {
  const stored = (await ctx.db.settings.get('operator-pin'))?.value;
  if (typeof stored !== 'string') throw new ApiError(403, 'operator_pin_unset', 'Set an operator PIN on the demo page first');
  const given = ctx.request.headers.get(OPERATOR_HEADER) ?? '';
  if (!v.is(OperatorPinSchema, given) || (await pinHash(given)) !== stored) throw new ApiError(403, 'operator_pin_wrong', 'Wrong operator PIN');
}
