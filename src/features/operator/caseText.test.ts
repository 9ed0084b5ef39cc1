import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX, OperatorActionSchema } from '../../domain/lifecycle/types';
import { fieldCodes } from '../../domain/validationCodes';
import { toNested, type Values } from '../../ui/form/createForm';
import type { ActionName } from './operatorApi';
import { actionInput, emptyAction } from './caseText';

/** What the form shows: the parsed action, or the codes by field. */
function build(name: ActionName, values: Values) {
  const result = v.safeParse(OperatorActionSchema, actionInput(name, toNested(values)));
  return result.success ? { action: JSON.parse(JSON.stringify(result.output)) } : { errors: fieldCodes(result.issues) };
}

describe('the action form checked by the shared schema', () => {
  it('needs at least one document and 1–10 working days for a request', () => {
    expect(build('request_documents', { ...emptyAction(), days: '11' })).toEqual({ errors: { documents: 'documents_none', days: 'days_range' } });
    expect(build('request_documents', { ...emptyAction(), 'documents:x': true, days: '2.5' })).toEqual({ errors: { days: 'days_range' } });
    expect(
      build('request_documents', { ...emptyAction(), 'documents:name_change': true, 'documents:other': false, comment: '  Нужна копия  ' }),
    ).toEqual({
      action: { action: 'request_documents', documents: ['name_change'], days: 3, comment: 'Нужна копия' },
    });
  });

  it('needs a reason from the list to reject', () => {
    expect(build('reject', emptyAction())).toEqual({ errors: { reason: 'reason_none' } });
    expect(build('reject', { ...emptyAction(), reason: 'made_up' })).toEqual({ errors: { reason: 'reason_none' } });
    expect(build('reject', { ...emptyAction(), reason: 'data_mismatch' })).toEqual({ action: { action: 'reject', reason: 'data_mismatch' } });
  });

  it('refuses a comment over 500 characters for any action, and drops an empty one', () => {
    const long = 'я'.repeat(COMMENT_MAX + 1);
    expect(build('accept', { ...emptyAction(), comment: long })).toEqual({ errors: { comment: 'comment_long' } });
    expect(build('accept', { ...emptyAction(), comment: 'я'.repeat(COMMENT_MAX) })).toHaveProperty('action.comment');
    expect(build('issue', { ...emptyAction(), comment: '   ' })).toEqual({ action: { action: 'issue' } });
  });
});
