// What a service is, as data: adding a service means adding a definition checked by this schema,
// never a new screen. Texts are given in both languages inside the definition.
import * as v from 'valibot';
import { IdentityLevelSchema } from '../account';
import { FILE_KINDS } from '../fileCheck';
import { StepSchema } from './formSchema';
import { CATEGORIES, REQUEST_KINDS, RESULT_WAYS, TERMS } from './kinds';
import { LocalTextSchema } from './localText';

export { LocalTextSchema, type LocalText } from './localText';

export { CATEGORIES, REQUEST_KINDS, RESULT_WAYS, TERMS } from './kinds';

export const RequiredDocumentSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/)),
  title: LocalTextSchema,
  /** 'if' means only in some situations, explained by `when`. */
  required: v.picklist(['yes', 'no', 'if']),
  when: v.optional(LocalTextSchema),
  /** An 'if' document that becomes required by an answer: the owner's consent when «isOwner» is «no». */
  requiredIf: v.optional(v.object({ field: v.string(), equals: v.string() })),
  accept: v.pipe(v.array(v.picklist(FILE_KINDS)), v.minLength(1)),
  maxBytes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5 * 1024 * 1024)),
});
export type RequiredDocument = v.InferOutput<typeof RequiredDocumentSchema>;

export const ServiceSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]*$/)),
  /** The registry code people quote, 11 digits. */
  code: v.pipe(v.string(), v.regex(/^\d{11}$/)),
  title: LocalTextSchema,
  summary: LocalTextSchema,
  description: LocalTextSchema,
  category: v.picklist(CATEGORIES),
  kind: v.picklist(REQUEST_KINDS),
  term: v.picklist(TERMS),
  /** Processing time in working days; 0..0 for an instant answer. */
  termDays: v.object({ min: v.pipe(v.number(), v.integer(), v.minValue(0)), max: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** State fee in kopecks with its legal purpose, or null when free. */
  fee: v.nullable(v.object({ amountKopecks: v.pipe(v.number(), v.integer(), v.minValue(1)), purpose: LocalTextSchema })),
  whoMayApply: LocalTextSchema,
  identityLevel: IdentityLevelSchema,
  documents: v.array(RequiredDocumentSchema),
  results: v.pipe(v.array(v.picklist(RESULT_WAYS)), v.minLength(1)),
  /** Kinds of the same service the applicant chooses between (e.g. the three residence certificates). */
  variants: v.optional(v.array(v.object({ id: v.string(), title: LocalTextSchema, purpose: LocalTextSchema }))),
  /** The application form: one topic per step. Documents, the way to receive and review follow. */
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
  /**
   * A page of the portal that does the job better than the form (finding fines in the registry). With
   * `only`, it replaces the form: the service is done there and its wizard is never offered (the doctor's
   * appointment books a real slot with the offices engine).
   */
  tool: v.optional(v.object({ to: v.picklist(['/fines', '/offices/doctor']), label: LocalTextSchema, only: v.optional(v.literal(true)) })),
  /** Extra words people search by (synonyms, old names). */
  keywords: v.optional(v.array(v.string())),
});
export type Service = v.InferOutput<typeof ServiceSchema>;
export type Category = Service['category'];
export type RequestKind = Service['kind'];
export type Term = Service['term'];
