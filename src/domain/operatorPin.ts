// The operator console's PIN rule, shared by the demo page that sets it, the console that signs in with
// it and the server that checks it: 4 to 8 digits.
import * as v from 'valibot';

export const PIN_PATTERN = /^\d{4,8}$/;
export const OperatorPinSchema = v.pipe(v.string(), v.regex(PIN_PATTERN, 'pin_format'));
