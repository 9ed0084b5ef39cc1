import { describe, expect, it } from 'vitest';
import type { StepDef } from './formSchema';
import { formFingerprint, mergeDraftAnswers } from './draftMerge';
import { addressFields } from './services/formFields';

const text = (ru: string) => ({ ru, en: ru });
const before: StepDef[] = [
  {
    id: 'a',
    title: text('Шаг'),
    fields: [
      { id: 'surname', label: text('Фамилия'), control: 'text', rule: 'personName', required: true },
      {
        id: 'purpose',
        label: text('Куда'),
        control: 'select',
        rule: 'choice',
        required: true,
        options: [
          { value: 'bank', label: text('Банк') },
          { value: 'visa', label: text('Виза') },
        ],
      },
      { id: 'phone', label: text('Телефон'), control: 'text', rule: 'text', required: true },
    ],
  },
];
const after: StepDef[] = [
  {
    id: 'a',
    title: text('Шаг'),
    fields: [
      { id: 'surname', label: text('Фамилия'), control: 'text', rule: 'personName', required: true },
      { id: 'purpose', label: text('Куда'), control: 'select', rule: 'choice', required: true, options: [{ value: 'bank', label: text('Банк') }] },
      { id: 'phone', label: text('Телефон'), control: 'text', rule: 'phone', required: true },
    ],
  },
];

describe('draft merge when a service form changes', () => {
  it('sees the change in the fingerprint', () => {
    expect(formFingerprint(before)).not.toBe(formFingerprint(after));
    expect(formFingerprint(before)).toBe(formFingerprint(structuredClone(before)));
  });

  it('keeps answers that still fit and names the ones to give again', () => {
    const { kept, dropped } = mergeDraftAnswers(after, {
      surname: 'Иванова',
      purpose: 'visa',
      phone: '12345',
      removedField: 'x',
      $resultWay: 'post',
    });
    expect(kept).toEqual({ surname: 'Иванова', $resultWay: 'post' });
    expect(dropped.sort()).toEqual(['phone', 'purpose', 'removedField']);
  });

  it('keeps everything when the form is the same', () => {
    const answers = { surname: 'Иванова', purpose: 'bank', phone: '+79123456789' };
    expect(mergeDraftAnswers(before, answers)).toEqual({ kept: answers, dropped: [] });
  });
});

describe('a one-line address in an older draft', () => {
  const structured: StepDef[] = [{ id: 'address', title: text('Адрес'), fields: addressFields('registrationAddress') }];

  it('opens as the structured parts, keeping parts the draft already has', () => {
    const { kept, dropped } = mergeDraftAnswers(structured, { address: '125009, г. Москва, ул. Тверская, д. 7, кв. 12', house: '9' });
    expect(dropped).toEqual([]);
    expect(kept).toEqual({ postalIndex: '125009', region: 'город Москва', city: 'Москва', street: 'улица Тверская', house: '9', apartment: '12' });
  });

  it('is named as dropped where the form has no address', () => {
    expect(mergeDraftAnswers(before, { address: 'г. Тула, ул. Ленина, д. 1' }).dropped).toEqual(['address']);
  });
});
