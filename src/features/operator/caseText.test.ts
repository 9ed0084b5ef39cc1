import { describe, expect, it } from 'vitest';
import { buildAction, COMMENT_MAX, emptyDraft } from './caseText';


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
