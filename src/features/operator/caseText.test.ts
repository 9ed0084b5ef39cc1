import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../domain/catalog/services';
import { answerRows, buildAction, COMMENT_MAX, emptyDraft } from './caseText';

const criminal = SERVICES.find((s) => s.id === 'criminal-record-certificate')!;
const YES_NO: [string, string] = ['Да', 'Нет'];

describe('answerRows', () => {
  it('names answers by the form, in form order, with option labels and dates as ДД.ММ.ГГГГ', () => {
    const rows = answerRows(criminal, { birthDate: '1990-03-05', purpose: 'visa', surname: 'Иванова' }, 'ru', YES_NO);
    expect(rows.map((r) => r.key)).toEqual(['purpose', 'surname', 'birthDate']);
    expect(rows[0]).toEqual({ key: 'purpose', label: 'Для чего нужна справка', value: 'Для визы или переезда за границу' });
    expect(rows[2]!.value).toBe('05.03.1990');
  });

  it('speaks English when asked and shows booleans as yes/no', () => {
    const rows = answerRows(criminal, { purpose: 'work', consentX: true }, 'en', ['Yes', 'No']);
    expect(rows[0]!.value).toBe('Employment');
    expect(rows[1]).toEqual({ key: 'consentX', label: 'consentX', value: 'Yes' });
  });

  it('falls back to keys for an unknown service', () => {
    expect(answerRows(undefined, { a: 'b' }, 'ru', YES_NO)).toEqual([{ key: 'a', label: 'a', value: 'b' }]);
  });
});

describe('buildAction', () => {
  it('needs at least one document and 1–10 working days for a request', () => {
    expect(buildAction('request_documents', { ...emptyDraft(), days: '11' })).toEqual({ errors: { documents: 'documents_none', days: 'days_range' } });
    expect(buildAction('request_documents', { ...emptyDraft(), documents: ['x'], days: '2.5' })).toEqual({ errors: { days: 'days_range' } });
    expect(buildAction('request_documents', { ...emptyDraft(), documents: ['name_change'], comment: '  Нужна копия  ' })).toEqual({
      action: { action: 'request_documents', documents: ['name_change'], days: 3, comment: 'Нужна копия' },
    });
  });

  it('needs a reason from the list to reject', () => {
    expect(buildAction('reject', emptyDraft())).toEqual({ errors: { reason: 'reason_none' } });
    expect(buildAction('reject', { ...emptyDraft(), reason: 'made_up' })).toEqual({ errors: { reason: 'reason_none' } });
    expect(buildAction('reject', { ...emptyDraft(), reason: 'data_mismatch' })).toEqual({ action: { action: 'reject', reason: 'data_mismatch' } });
  });

  it('refuses a comment over 500 characters for any action, and drops an empty one', () => {
    const long = 'я'.repeat(COMMENT_MAX + 1);
    expect(buildAction('accept', { ...emptyDraft(), comment: long })).toEqual({ errors: { comment: 'comment_long' } });
    expect(buildAction('accept', { ...emptyDraft(), comment: 'я'.repeat(COMMENT_MAX) })).toHaveProperty('action.comment');
    expect(buildAction('issue', { ...emptyDraft(), comment: '   ' })).toEqual({ action: { action: 'issue' } });
  });
});
