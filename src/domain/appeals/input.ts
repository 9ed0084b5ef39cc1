// What a citizen sends as an appeal, checked by the same schema on the page, in the validation worker
// and in the mock server. Messages are validation codes; only the page has words.
import * as v from 'valibot';
import { EmailSchema, PhoneSchema } from '../identifiers';
import { parseRuDate } from '../identifiersPerson';
import { moscowTime } from '../calendar';
import { isPrintable } from '../documentText';
import { codeCheck, objectMessage, optionalField, RequiredTextSchema } from '../validationCodes';
import { SupportCategorySchema } from '../support/supportCategorySchema';
import { APPEAL_KINDS, APPEAL_TYPES, PRIORITIES, SHORT_GROUNDS, TOPIC_OF_CATEGORY, TOPICS } from './kinds';

export const SUBJECT_MIN = 3;
export const SUBJECT_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const MATERIALS_COMMENT_MAX = 2000;
export const MAX_APPEAL_FILES = 10;
/** Support: «Какой результат нужен» and «Что уже пробовали». */
export const WANTED_MAX = 1000;
export const TRIED_MAX = 2000;

/**
 * What the answer document can print (documentCharacters.ts): Russian and Latin letters, digits and the
 * punctuation people type, «…» from a phone's keyboard included. A list of its own refused «…», which
 * the form's own description template holds, and let through Cyrillic letters the font does not have.
 */
const textChars = codeCheck<string>((text) => (isPrintable(text.replace(/\t/g, ' ')) ? null : 'text_chars'));

export const SubjectSchema = v.pipe(
  RequiredTextSchema,
  codeCheck<string>((text) => (/[\r\n]/.test(text) ? 'single_line' : null)),
  v.minLength(SUBJECT_MIN, 'subject_too_short'),
  v.maxLength(SUBJECT_MAX, 'too_long'),
  textChars,
);

export const DescriptionSchema = v.pipe(RequiredTextSchema, v.maxLength(DESCRIPTION_MAX, 'too_long'), textChars);
export const WantedSchema = v.pipe(v.string(), v.trim(), v.maxLength(WANTED_MAX, 'too_long'), textChars);
export const TriedSchema = v.pipe(v.string(), v.trim(), v.maxLength(TRIED_MAX, 'too_long'), textChars);
export const MaterialsCommentSchema = v.pipe(v.string(), v.trim(), v.maxLength(MATERIALS_COMMENT_MAX, 'too_long'), textChars);

/** «ДД.ММ.ГГГГ ЧЧ:ММ» Moscow time → ms, or null. */
export function parseRuDateTime(text: string): number | null {
  const m = /^(\d{1,2}\.\d{1,2}\.\d{4})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const iso = parseRuDate(m[1]!);
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  if (!iso || hour > 23 || minute > 59) return null;
  return moscowTime(iso, hour, minute);
}

/** Application numbers («2026-7K3M-9QXA»), 8-digit appeal numbers or a department's decision number. */
const RELATED = /^[0-9A-Za-zА-Яа-яЁё№\-/ ]{3,40}$/u;

export const ContactsSchema = v.object(
  {
    name: v.pipe(RequiredTextSchema, v.minLength(2, 'too_short'), v.maxLength(120, 'too_long'), textChars),
    phone: PhoneSchema,
    email: EmailSchema,
    address: optionalField(v.pipe(v.string(), v.maxLength(300, 'too_long'), textChars)),
  },
  objectMessage,
);

export const AppealFileMetaSchema = v.object({
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  /** Screenshots have a smaller limit than documents. */
  screenshot: v.boolean(),
});
export type AppealFileMeta = v.InferOutput<typeof AppealFileMetaSchema>;

const FieldsSchema = v.object(
  {
    /** The draft's id: sending the same draft again gives the same appeal, never a second one. */
    draftId: v.pipe(v.string(), v.uuid()),
    type: v.picklist(APPEAL_TYPES, 'required'),
    topic: v.picklist(TOPICS, 'required'),
    serviceId: optionalField(v.pipe(v.string(), v.maxLength(60))),
    subject: SubjectSchema,
    description: DescriptionSchema,
    incidentAt: optionalField(v.pipe(v.string(), v.transform(parseRuDateTime), v.number('datetime_format'))),
    relatedNumber: optionalField(v.pipe(v.string(), v.regex(RELATED, 'invalid_value'))),
    grounds: v.optional(v.picklist(SHORT_GROUNDS)),
    priority: v.picklist(PRIORITIES, 'required'),
    /** Support requests: one of the six support categories, the result wanted and what was tried. */
    category: v.optional(SupportCategorySchema),
    wanted: optionalField(WantedSchema),
    tried: optionalField(TriedSchema),
    contacts: ContactsSchema,
    attachments: v.optional(v.pipe(v.array(AppealFileMetaSchema), v.maxLength(MAX_APPEAL_FILES, 'too_long')), []),
    /** The appeal this one sends again (after «Отказано» or «Не обработано»). */
    resendOf: v.optional(v.pipe(v.string(), v.maxLength(64))),
    /** The device's electronic signature over the canonical text, when the citizen signed. */
    signature: v.optional(v.object({ keyId: v.pipe(v.string(), v.maxLength(200)), value: v.pipe(v.string(), v.maxLength(400)) })),
  },
  objectMessage,
);

/** The appeal as sent, checked against `now` (an incident cannot be in the future). */
export function appealInputSchema(now: number) {
  return v.pipe(
    FieldsSchema,
    v.forward(
      v.check((input) => input.incidentAt === undefined || input.incidentAt <= now, 'date_in_future'),
      ['incidentAt'],
    ),
    v.forward(
      v.check((input) => !APPEAL_KINDS[input.type].needsRelated || input.relatedNumber !== undefined, 'related_required'),
      ['relatedNumber'],
    ),
    v.forward(
      v.check((input) => input.grounds === undefined || APPEAL_KINDS[input.type].shortTerm !== undefined, 'invalid_value'),
      ['grounds'],
    ),
    v.forward(
      v.check((input) => (input.type === 'support') === (input.category !== undefined), 'required'),
      ['category'],
    ),
    // A support request's topic follows from its category, whatever the page sent.
    v.transform((input) => (input.category ? { ...input, topic: TOPIC_OF_CATEGORY[input.category] } : input)),
  );
}
export type AppealInput = v.InferOutput<typeof FieldsSchema>;
/** What the page holds before checking: the fields as typed. */
export type AppealFields = v.InferInput<typeof FieldsSchema>;

/** Appeals about a refused application start from these values. */
export function complaintFromRefusal(number: string): Pick<AppealInput, 'type' | 'topic' | 'relatedNumber' | 'grounds'> {
  return { type: 'complaint', topic: 'services', relatedNumber: number, grounds: 'refused_documents' };
}
