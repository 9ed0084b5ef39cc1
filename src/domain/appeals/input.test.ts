import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { moscowTime } from '../calendar';
import { fieldCodes } from '../validationCodes';
import { appealInputSchema, parseRuDateTime } from './input';
import { appealsRu } from '../../i18n/appeals.ru';
import { appealsEn } from '../../i18n/appeals.en';

const NOW = moscowTime('2026-11-30', 12);
const valid = {
  draftId: '0b5c7a52-6a8e-4d0c-9a55-8e3f2a1b4c6d',
  type: 'complaint',
  topic: 'services',
  subject: 'Отказ в приёме документов',
  description: '  Мне отказали в приёме заявления № 2026-7K3M-9QXA без объяснения причин.  ',
  incidentAt: '27.11.2026 14:05',
  priority: 'medium',
  contacts: { name: 'Иванова Мария', phone: '8 912 345-67-89', email: 'ivanova@example.ru', address: '' },
};
const codes = (input: unknown) => {
  const result = v.safeParse(appealInputSchema(NOW), input);
  return result.success ? {} : fieldCodes(result.issues);
};

describe('appeal input rules', () => {
  it('accepts a well-formed appeal, trimming the text and normalising the phone', () => {
    const out = v.parse(appealInputSchema(NOW), valid);
    expect(out.description.startsWith('Мне')).toBe(true);
    expect(out.contacts.phone).toBe('+79123456789');
    expect(out.incidentAt).toBe(moscowTime('2026-11-27', 14, 5));
    expect(out.contacts.address).toBeUndefined();
  });

  it('holds the subject to one line of 3–200 characters', () => {
    expect(codes({ ...valid, subject: 'ab' })).toEqual({ subject: 'subject_too_short' });
    expect(codes({ ...valid, subject: 'а'.repeat(201) })).toEqual({ subject: 'too_long' });
    expect(codes({ ...valid, subject: 'две\nстроки' })).toEqual({ subject: 'single_line' });
  });

  it('holds the description to 5000 characters of letters, digits and punctuation', () => {
    expect(codes({ ...valid, description: 'я'.repeat(5000) })).toEqual({});
    expect(codes({ ...valid, description: 'я'.repeat(5001) })).toEqual({ description: 'too_long' });
    expect(codes({ ...valid, description: 'Привет 🙂' })).toEqual({ description: 'unprintable_chars' }); // the shared clean-text rule names emoji
    expect(codes({ ...valid, description: '   ' })).toEqual({ description: 'required' });
  });

  it("takes «…» as a phone keyboard types it, and the form's own description templates in both languages", () => {
    expect(codes({ ...valid, description: 'Оплата не прошла… помогите, пожалуйста' })).toEqual({});
    expect(codes({ ...valid, description: Object.values(appealsRu.appeals.templates).join('\n') })).toEqual({});
    expect(codes({ ...valid, description: Object.values(appealsEn.appeals.templates).join('\n') })).toEqual({});
    expect(codes({ ...valid, contacts: { ...valid.contacts, name: 'Иванова Ѐ' } })).toEqual({ 'contacts.name': 'unprintable_chars' }); // not in the document font
  });

  it('reads the incident time as ДД.ММ.ГГГГ ЧЧ:ММ and refuses the future', () => {
    expect(parseRuDateTime('31.02.2026 10:00')).toBeNull();
    expect(parseRuDateTime('01.12.2026 24:00')).toBeNull();
    expect(codes({ ...valid, incidentAt: '2026-11-27 14:05' })).toEqual({ incidentAt: 'datetime_format' });
    expect(codes({ ...valid, incidentAt: '30.11.2026 12:01' })).toEqual({ incidentAt: 'date_in_future' });
    expect(codes({ ...valid, incidentAt: '30.11.2026 12:00' })).toEqual({});
  });

  it('needs the decision number for an objection, and short-term grounds only where the law has them', () => {
    expect(codes({ ...valid, type: 'objection' })).toEqual({ relatedNumber: 'related_required' });
    expect(codes({ ...valid, type: 'objection', relatedNumber: '2026-7K3M-9QXA' })).toEqual({});
    expect(codes({ ...valid, type: 'request', grounds: 'refused_documents' })).toEqual({ grounds: 'invalid_value' });
  });

  it('checks each contact on its own', () => {
    expect(codes({ ...valid, contacts: { ...valid.contacts, phone: '12345', email: 'nope' } })).toEqual({
      'contacts.phone': 'phone_format',
      'contacts.email': 'email_format',
    });
  });
});
