// Hostile HTTP requests for the route fuzz: a route of the table with its method kept or swapped, its
// path segments replaced by real ids, junk, malformed %-escapes or long runs, random query strings and
// headers, and bodies that are JSON, broken JSON, huge JSON, multipart with and without a boundary, or
// bytes. Real ids and tokens are placeholders ({caseA}, {citizenA}…) filled in when the request is sent,
// so one seed always draws the same requests. Test-only.
import fc from 'fast-check';
import { junk } from './schemaArbitrary';

export interface FuzzRequest {
  route: string;
  method: string;
  path: string;
  query: [string, string][];
  headers: [string, string][];
  body: FuzzBody;
}

export type FuzzBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'form'; fields: [string, string | { name: string; bytes: Uint8Array; type: string }][] };

/** Placeholders for what exists on the fuzzed server: two citizens' sessions, a staff session, A's case. */
export const PLACEHOLDERS = ['{caseA}', '{accountA}', '{flowId}', '{citizenA}', '{citizenB}', '{staff}', '{handsetA}'] as const;

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'get', 'PoSt', 'FOO'];
const FIELD_NAMES = [
  'phone',
  'email',
  'login',
  'password',
  'code',
  'flowId',
  'pin',
  'currentPin',
  'channel',
  'serviceId',
  'draftId',
  'answers',
  'documents',
  'person',
  'consent',
  'set',
  'advanceMs',
  'speed',
  'outage',
  'errorRate',
  'rules',
  'seed',
  'scenario',
  'text',
  'action',
  'reason',
  'amount',
  'card',
  'invoiceId',
  'officeId',
  'startsAt',
  'ids',
  'rating',
  'message',
  'type',
  '__proto__',
  'constructor',
];

const segment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '%ZZ',
    '%00',
    '%2F',
    '%2e%2e',
    '..',
    '.',
    '%C0%AF',
    '%ED%A0%80',
    '%FF',
    'null',
    'undefined',
    '0',
    '-1',
    '1e309',
    ' ',
    '%20',
  ),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).map(encodeURIComponent),
  fc.constant('a'.repeat(5_000)),
);

/** The route's path with its `:params` replaced, sometimes also bent: a slash more, a segment more, other case. */
function pathFor(template: string): fc.Arbitrary<string> {
  const names = template.match(/:\w+/g) ?? [];
  return fc
    .tuple(fc.array(segment, { minLength: names.length, maxLength: names.length }), fc.integer({ min: 0, max: 12 }), segment)
    .map(([values, bend, extra]) => {
      let i = 0;
      const path = template.replace(/:\w+/g, () => values[i++]!);
      if (bend === 0) return `${path}/`;
      if (bend === 1) return [`${path}/${extra}`, path.replace('/api/', '/api//'), path.toUpperCase()][extra.length % 3]!;
      return path;
    });
}

const queryValue = fc.oneof(
  fc.constantFrom('0', '-1', 'sms', 'email', 'en', 'ru', 'NaN', '1e400', '', '%', '%E0%A4%A', '[]', '{caseA}'),
  fc.string({ maxLength: 20 }),
);
const query = fc.array(
  fc.tuple(
    fc.constantFrom(
      'since',
      'channel',
      'to',
      'lang',
      'limit',
      'after',
      'date',
      'draftId',
      'ids',
      'reason',
      'status',
      'q',
      'uin',
      'licence',
      'vehicle',
      'service',
      'officeId',
      '__proto__',
    ),
    queryValue,
  ),
  { maxLength: 3 },
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'multipart/form-data',
  'multipart/form-data; boundary=----x',
  'text/plain',
  'application/pdf',
  'application/x-www-form-urlencoded',
  '',
  ';',
  'application/json;;;',
  'image/png',
];
const headers: fc.Arbitrary<[string, string][]> = fc.array<[string, string]>(
  fc.oneof(
    fc.tuple(
      fc.constant('Authorization'),
      fc.constantFrom('Bearer {citizenA}', 'Bearer {citizenB}', 'Bearer ', 'Bearer x', 'Basic YTpi', `Bearer ${'f'.repeat(500)}`, '{citizenA}'),
    ),
    fc.tuple(fc.constant('X-Okno-Operator'), fc.constantFrom('{staff}', 'x', 'f'.repeat(64), '')),
    fc.tuple(fc.constant('X-Okno-Handset'), fc.constantFrom('{handsetA}', 'f'.repeat(64), ',,,', 'x,{handsetA}')),
    fc.tuple(
      fc.constantFrom('X-Okno-Scenario', 'X-Okno-Appeal-Scenario'),
      fc.constantFrom('happy', 'manual', 'rejected:documents_missing', 'rejected:nope', 'x', ''),
    ),
    fc.tuple(fc.constant('Accept-Language'), fc.constantFrom('en', 'ru', 'en-GB,en;q=0.9', '*', 'zz', '')),
    fc.tuple(
      fc.constantFrom('X-Okno-Clerk', 'X-Okno-Device', 'X-Okno-Background', 'Content-Length'),
      fc.constantFrom('1', '0', '-1', 'x', '99999999999', '{staff}'),
    ),
  ),
  { maxLength: 4 },
);

/** Who sends it: nobody, citizen A, citizen B, staff, or A from a staff-signed-in device. */
const session = fc.constantFrom<[string, string][]>(
  [],
  [['Authorization', 'Bearer {citizenA}']],
  [['Authorization', 'Bearer {citizenA}']],
  [['Authorization', 'Bearer {citizenB}']],
  [['X-Okno-Operator', '{staff}']],
  [
    ['Authorization', 'Bearer {citizenA}'],
    ['X-Okno-Operator', '{staff}'],
  ],
);

/** An object with the field names handlers read, holding junk or something close to a real value. */
const plausibleObject = fc.dictionary(
  fc.constantFrom(...FIELD_NAMES),
  fc.oneof(junk, fc.constantFrom('{flowId}', '{caseA}', '+79120000001', '2468', '000000', 'Zelenyj#Sad7', 'residence-certificate')),
  { maxKeys: 6 },
);

const body: fc.Arbitrary<FuzzBody> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<FuzzBody>({ kind: 'none' }) },
  { weight: 4, arbitrary: fc.oneof(plausibleObject, junk).map((value): FuzzBody => ({ kind: 'json', value })) },
  fc.tuple(plausibleObject, fc.nat()).map(([value, cut]): FuzzBody => {
    const text = JSON.stringify(value);
    return { kind: 'text', text: text.slice(0, cut % Math.max(1, text.length)) };
  }),
  fc.constantFrom<FuzzBody>(
    { kind: 'text', text: '{"a":' },
    { kind: 'text', text: '\uFEFF{}' },
    { kind: 'text', text: `[${'1,'.repeat(300_000)}1]` },
    { kind: 'text', text: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
    { kind: 'text', text: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb' },
  ),
  fc.uint8Array({ maxLength: 200 }).map((bytes): FuzzBody => ({ kind: 'bytes', bytes })),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...FIELD_NAMES, 'file', 'documents.passport', 'submission', 'meta'),
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.record({
            name: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('a.pdf', 'x.pdf.exe', 'a'.repeat(300))),
            bytes: fc.uint8Array({ maxLength: 64 }),
            type: fc.constantFrom('application/pdf', 'image/png', '', 'text/html'),
          }),
        ),
      ),
      { maxLength: 4 },
    )
    .map((fields): FuzzBody => ({ kind: 'form', fields })),
);

/** The type a client would declare for the body (FormData declares its own, with the boundary). */
const FITTING_TYPE: Record<FuzzBody['kind'], string | undefined> = {
  none: undefined,
  json: 'application/json',
  text: 'application/json',
  bytes: 'application/pdf',
  form: undefined,
};

/** One hostile request aimed at `route` ("METHOD /api/path/:param"). */
export function requestFor(route: string): fc.Arbitrary<FuzzRequest> {
  const [method = 'GET', template = '/'] = route.split(' ');
  // Mostly a fitting Content-Type, so most requests get past the media-type check into the handler.
  const declared = fc.oneof({ weight: 3, arbitrary: fc.constant('fitting') }, fc.constantFrom(...CONTENT_TYPES), fc.constant('none'));
  return fc
    .record({
      route: fc.constant(route),
      method: fc.oneof({ weight: 6, arbitrary: fc.constant(method) }, fc.constantFrom(...METHODS)),
      path: pathFor(template),
      query,
      headers,
      session,
      body,
      declared,
    })
    .map(({ declared, session, ...request }): FuzzRequest => {
      const type = declared === 'fitting' ? FITTING_TYPE[request.body.kind] : declared === 'none' ? undefined : declared;
      const typeHeader: [string, string][] = type === undefined ? [] : [['Content-Type', type]];
      return { ...request, headers: [...session, ...request.headers, ...typeHeader] };
    });
}
