// The creation wizard's steps (one thing per page) and the schema each page checks, built from the
// shared domain pieces so the page, the worker and the server agree on every rule.
import * as v from 'valibot';
import { ContactsSchema, DescriptionSchema, parseRuDateTime, SubjectSchema, TriedSchema, WantedSchema } from '../../domain/appeals/input';
import { APPEAL_KINDS, APPEAL_TYPES, PRIORITIES, SHORT_GROUNDS, TOPICS, type AppealType } from '../../domain/appeals/kinds';
import { SUPPORT_CATEGORIES } from '../../domain/support/supportCategories';
import { objectMessage, optionalField } from '../../domain/validationCodes';
import type { Values } from '../../ui/form/createForm';

export const STEPS = ['type', 'topic', 'related', 'subject', 'description', 'incident', 'priority', 'contacts', 'files', 'review'] as const;
/** A support request: a category instead of a topic, and what was already tried. */
export const SUPPORT_STEPS = [
  'type',
  'category',
  'related',
  'subject',
  'description',
  'incident',
  'tried',
  'priority',
  'contacts',
  'files',
  'review',
] as const;
export type Step = (typeof SUPPORT_STEPS)[number] | (typeof STEPS)[number];

export function stepsFor(type: unknown): readonly Step[] {
  return type === 'support' ? SUPPORT_STEPS : STEPS;
}

export const FIELDS_OF: Record<Step, readonly string[]> = {
  type: ['type'],
  topic: ['topic'],
  category: ['category'],
  tried: ['tried'],
  related: ['serviceId', 'relatedNumber', 'grounds'],
  subject: ['subject'],
  description: ['description', 'wanted'],
  incident: ['incidentAt'],
  priority: ['priority'],
  contacts: ['contacts.name', 'contacts.phone', 'contacts.email', 'contacts.address'],
  files: [],
  review: ['sign'],
};

/** A page of one choice (radio buttons) left unchosen says so; a field left untouched says «fill in». */
const choiceMessage = (issue: v.BaseIssue<unknown>) => (issue.path ? 'choice_required' : 'invalid_value');

const RELATED = /^[0-9A-Za-zА-Яа-яЁё№\-/ ]{3,40}$/u;

export function stepSchema(step: Step, values: Values, now: number): v.GenericSchema {
  const type = values.type as AppealType | undefined;
  switch (step) {
    case 'type':
      return v.object({ type: v.picklist(APPEAL_TYPES, 'choice_required') }, choiceMessage);
    case 'topic':
      return v.object({ topic: v.picklist(TOPICS, 'choice_required') }, choiceMessage);
    case 'related': {
      const related = v.pipe(v.string(), v.regex(RELATED, 'invalid_value'));
      const needed = type !== undefined && APPEAL_KINDS[type].needsRelated;
      return v.object(
        {
          relatedNumber: needed ? v.pipe(v.string('related_required'), v.nonEmpty('related_required'), related) : optionalField(related),
          grounds: v.optional(v.union([v.literal(''), v.picklist(SHORT_GROUNDS)])),
        },
        objectMessage,
      );
    }
    case 'subject':
      return v.object({ subject: SubjectSchema }, objectMessage);
    case 'description':
      return type === 'support'
        ? v.object({ description: DescriptionSchema, wanted: optionalField(WantedSchema) }, objectMessage)
        : v.object({ description: DescriptionSchema }, objectMessage);
    case 'category':
      return v.object({ category: v.picklist(SUPPORT_CATEGORIES, 'choice_required') }, choiceMessage);
    case 'tried':
      return v.object({ tried: optionalField(TriedSchema) }, objectMessage);
    case 'incident':
      return v.object(
        {
          incidentAt: optionalField(v.pipe(v.string(), v.transform(parseRuDateTime), v.number('datetime_format'), v.maxValue(now, 'date_in_future'))),
        },
        objectMessage,
      );
    case 'priority':
      return v.object({ priority: v.picklist(PRIORITIES, 'choice_required') }, choiceMessage);
    case 'contacts':
      return v.object({ contacts: ContactsSchema }, objectMessage);
    default:
      return v.object({}, objectMessage);
  }
}
