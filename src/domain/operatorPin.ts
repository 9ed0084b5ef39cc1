// The operator console's PIN rule, shared by the demo page that sets it, the console that signs in with
// it and the server that checks it: 4 to 8 digits.
import * as v from 'valibot';

export const PIN_PATTERN = /^\d{4,8}$/;
export const OperatorPinSchema = v.pipe(v.string(), v.regex(PIN_PATTERN, 'pin_format'));

/** Setting the PIN on the demo page; changing it needs the current one (the server says when). */
export const PinChangeSchema = v.object({
  pin: v.pipe(v.string('pin_format'), v.trim(), OperatorPinSchema),
  currentPin: v.optional(v.pipe(v.string('invalid_value'), v.trim())),
});
