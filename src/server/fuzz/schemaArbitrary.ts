// fast-check arbitraries for fuzzing valibot schemas: raw JSON-ish junk, and "near-valid" values built
// from the schema's own shape (the right keys, a picklist's options, strings matching its regexes) with
// random parts swapped for junk, so the checks deep inside a schema are reached, not only its type test.
// Test-only; never imported by the app.
import fc from 'fast-check';

/** Values a JSON body, a query string or a stored row can hold, plus a few JavaScript-only ones. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: 'small' },
  { weight: 6, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.constantFrom(
    undefined,
    null,
    NaN,
    -0,
    Infinity,
    -Infinity,
    1e308,
    -1e-308,
    2 ** 53 + 1,
    '',
    ' ',
    '\u0000',
    '\u200b',
    '\ud800',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constant('x'.repeat(5_000)),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'length', '0'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.array(fc.constantFrom(null, 0, '', {}, []), { maxLength: 4 }),
);

type Node = {
  type?: string;
  kind?: string;
  pipe?: Node[];
  requirement?: unknown;
  entries?: Record<string, Node>;
  wrapped?: Node;
  item?: Node;
  items?: Node[];
  key?: Node | string;
  value?: Node;
  options?: (Node | string | number)[];
  literal?: unknown;
  getter?: (input: unknown) => Node;
  rest?: Node;
};

const MAX_DEPTH = 6;

/** A string the schema's pipe would likely take: one that matches its regex, or of its length limits. */
function stringFor(node: Node): fc.Arbitrary<string> {
  const regex = node.pipe?.find((step) => step.type === 'regex')?.requirement;
  const max = node.pipe?.find((step) => step.type === 'max_length')?.requirement;
  const shaped: fc.Arbitrary<string>[] = [fc.string({ maxLength: 30 })];
  if (regex instanceof RegExp && !regex.flags.includes('u') && !regex.flags.includes('y')) shaped.push(fc.stringMatching(regex));
  if (typeof max === 'number') shaped.push(fc.string({ minLength: max, maxLength: max + 1 }), fc.constant('я'.repeat(max + 1)));
  if (node.pipe?.some((step) => step.type === 'email')) shaped.push(fc.emailAddress());
  if (node.pipe?.some((step) => step.type === 'iso_date' || step.type === 'iso_timestamp'))
    shaped.push(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    );
  return fc.oneof(...shaped);
}

function shapeOf(node: Node, depth: number): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return junk;
  const inner = (child: Node) => nearValid(child, depth + 1);
  switch (node.type) {
    case 'string':
      return stringFor(node);
    case 'number':
      return fc.oneof(fc.integer({ min: -1000, max: 100_000 }), fc.double(), fc.constantFrom(0, 1, -1, 1.5, 2 ** 31));
    case 'boolean':
      return fc.boolean();
    case 'literal':
      return fc.constant(node.literal);
    case 'picklist':
    case 'enum':
      return node.options?.length ? fc.constantFrom(...(node.options as unknown[])) : junk;
    case 'optional':
    case 'nullable':
    case 'nullish':
    case 'exact_optional':
    case 'undefinedable':
    case 'non_optional':
    case 'non_nullable':
    case 'non_nullish':
      return fc.oneof(fc.constantFrom(undefined, null), inner(node.wrapped!), inner(node.wrapped!));
    case 'object':
    case 'strict_object':
    case 'loose_object':
    case 'object_with_rest':
      return fc.record(Object.fromEntries(Object.entries(node.entries ?? {}).map(([key, child]) => [key, inner(child)])), { requiredKeys: [] });
    case 'array':
      return fc.array(inner(node.item!), { maxLength: 4 });
    case 'tuple':
    case 'strict_tuple':
    case 'loose_tuple':
      return fc.tuple(...(node.items ?? []).map(inner));
    case 'record':
      return fc.dictionary(
        typeof node.key === 'object' ? (inner(node.key) as fc.Arbitrary<string>).filter((k) => typeof k === 'string') : fc.string(),
        inner(node.value!),
        { maxKeys: 4 },
      );
    case 'union':
    case 'variant':
    case 'intersect':
      return node.options?.length ? fc.oneof(...(node.options as Node[]).map(inner)) : junk;
    case 'lazy':
      return fc.constant(null).chain(() => inner(node.getter!(undefined)));
    default:
      return junk;
  }
}

/**
 * Mostly the schema's shape, sometimes junk in its place: every level of a valid-looking value may be
 * broken, which is how a near-valid input reaches the checks behind the first one.
 */
export function nearValid(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: shapeOf(schema as Node, depth) }, { weight: 1, arbitrary: junk });
}

/** True for a valibot schema object (what `v.safeParse` takes). */
export function isSchema(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as Node).kind === 'schema' && typeof (value as { '~run'?: unknown })['~run'] === 'function'
  );
}
