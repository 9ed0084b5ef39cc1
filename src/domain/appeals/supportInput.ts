// What the citizen sends to act on a support request: a reopen with what is still wrong, and a callback
// at a chosen moment. Shared by the page and the mock server, like the appeal itself.
import * as v from 'valibot';
import { PhoneSchema } from '../identifiers';
import { parseRuDateTime, TriedSchema } from './input';

/** A callback is booked at least this far ahead, and at most this far. */
export const CALLBACK_MIN_AHEAD_MS = 5 * 60_000;
export const CALLBACK_MAX_AHEAD_MS = 14 * 86_400_000;

export const ReopenSchema = v.object({ comment: v.pipe(TriedSchema, v.minLength(3, 'too_short')) });

const CallAt = v.pipe(v.string('required'), v.transform(parseRuDateTime), v.number('datetime_format'));

/** The form as typed: the page knows the format, not the simulated clock, so the bounds are the server's. */
export const CallbackFormSchema = v.object({ callAt: CallAt, phone: PhoneSchema });

/** The server's check: `now` (simulated) bounds the moment, 5 minutes to 14 days ahead. */
export function callbackSchema(now: number) {
  return v.object({
    callAt: v.pipe(CallAt, v.minValue(now + CALLBACK_MIN_AHEAD_MS, 'callback_too_soon'), v.maxValue(now + CALLBACK_MAX_AHEAD_MS, 'callback_too_far')),
    phone: PhoneSchema,
  });
}
