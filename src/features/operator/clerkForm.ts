// Pure helpers of the clerk's appeal forms. Each action has its own small form; its fields live under
// the action's name («refuse.comment», «answer.answer.code»), so two forms that both ask for a comment
// get distinct ids, and the one ClerkActionSchema (the schema the server parses with) checks them.
import * as v from 'valibot';
import { ClerkActionSchema, type ClerkAction } from '../../domain/appeals/types';
import type { Values } from '../../ui/form/createForm';

export type FormAction = Exclude<ClerkAction['action'], 'accept' | 'review' | 'close'>;

/** The fields of each form in page order (the error summary lists them so). */
export const CLERK_FIELDS: Record<FormAction, readonly string[]> = {
  request_documents: ['documents', 'comment'],
  extend: ['reason'],
  answer: [
    'answer.outcome',
    'answer.code',
    'answer.explanation',
    'answer.nextSteps',
    'answer.executor.name',
    'answer.executor.position',
    'answer.executor.phone',
  ],
  refuse: ['reason', 'comment'],
};

/** A form's field path: the action's name first. */
export const clerkPath = (action: FormAction, field: string) => `${action}.${field}`;

export const emptyClerkForm = (action: FormAction): Values => Object.fromEntries(CLERK_FIELDS[action].map((field) => [clerkPath(action, field), '']));

/** The form's schema: the shared action schema, under the action's name. */
export const clerkFormSchema = (action: FormAction) => v.object({ [action]: ClerkActionSchema });

/** What one form holds (nested under its action) as the input the schema checks. */
export function clerkInput(action: FormAction, nested: Record<string, unknown>): Record<string, unknown> {
  const own: Record<string, unknown> = { ...((nested[action] ?? {}) as Record<string, unknown>), action };
  if (action === 'answer') {
    const answer: Record<string, unknown> = { ...((own.answer ?? {}) as Record<string, unknown>), attachments: [] };
    const code = String(answer.code ?? '').trim();
    // «2.5», «1e3» or «двести» are not a result code; an empty field stays empty so it is named so.
    answer.code = code === '' ? undefined : /^\d+$/.test(code) ? Number(code) : Number.NaN;
    own.answer = answer;
  }
  return { [action]: own };
}
