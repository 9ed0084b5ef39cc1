import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toNested } from '../../ui/form/createForm';
import { clerkFormSchema, clerkInput, emptyClerkForm, type FormAction } from './clerkForm';

const parse = (action: FormAction, values: Record<string, string>) => {
  const result = v.safeParse(clerkFormSchema(action), clerkInput(action, toNested({ ...emptyClerkForm(action), ...values })));
  return result.success
    ? { ok: result.output[action] }
    : { errors: Object.fromEntries(result.issues.map((issue) => [v.getDotPath(issue), issue.message])) };
};

describe('the clerk’s appeal forms', () => {
  it('an empty answer names every field it needs, under the form’s own paths', () => {
    expect(parse('answer', {}).errors).toEqual({
      'answer.answer.outcome': 'required',
      'answer.answer.code': 'required',
      'answer.answer.explanation': 'required',
      'answer.answer.nextSteps': 'required',
      'answer.answer.executor.name': 'required',
      'answer.answer.executor.position': 'required',
      'answer.answer.executor.phone': 'required',
    });
  });

  it('a result code that is not a whole number from 100 to 999 is refused', () => {
    for (const code of ['2.5', '1e3', 'двести', '99', '1000']) {
      expect(parse('answer', { 'answer.answer.code': code }).errors?.['answer.answer.code'], code).toBe('invalid_value');
    }
  });

  it('a complete answer becomes the action the server parses', () => {
    const parsed = parse('answer', {
      'answer.answer.outcome': 'done',
      'answer.answer.code': ' 214 ',
      'answer.answer.explanation': 'Справка готовится в день обращения.',
      'answer.answer.nextSteps': 'Подайте заявление.',
      'answer.answer.executor.name': 'Петрова Ольга Ивановна',
      'answer.answer.executor.position': 'Специалист',
      'answer.answer.executor.phone': '+7 495 555-01-17',
    });
    expect(parsed.ok).toMatchObject({ action: 'answer', answer: { code: 214, outcome: 'done', attachments: [] } });
  });

  it('two forms that both ask for a comment keep them apart, and an empty comment is left out', () => {
    expect(parse('refuse', { 'refuse.reason': 'abusive' }).ok).toEqual({ action: 'refuse', reason: 'abusive', comment: undefined });
    expect(parse('request_documents', { 'request_documents.documents': 'ab' }).errors).toEqual({
      'request_documents.documents': 'too_short',
    });
    expect(parse('extend', { 'extend.reason': 'Нужна экспертиза' }).ok).toEqual({ action: 'extend', reason: 'Нужна экспертиза' });
  });
});
