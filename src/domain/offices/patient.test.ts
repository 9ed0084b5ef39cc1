import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { omsCheckDigit } from '../omsPolicy';
import { fieldCodes } from '../validationCodes';
import { childBirthDateCode, createPatientFormSchema, maskPolicy, patientOf, refusePatient } from './patient';

const TODAY = '2026-11-30';
const POLICY = '770000000012345' + omsCheckDigit('770000000012345');
const codes = (input: Record<string, unknown>) => {
  const result = v.safeParse(createPatientFormSchema(TODAY), input);
  return result.success ? {} : fieldCodes(result.issues);
};

describe('patient form', () => {
  it('takes a child with a name, a past birth date under 18 and a checked policy typed with spaces', () => {
    const result = v.parse(createPatientFormSchema(TODAY), {
      forWhom: 'child',
      childName: 'Петрова Анна Ивановна',
      childBirthDate: '05.03.2019',
      policy: POLICY.replace(/(\d{4})/g, '$1 '),
    });
    expect(result).toEqual({ forWhom: 'child', childName: 'Петрова Анна Ивановна', childBirthDate: '2019-03-05', policy: POLICY });
  });

  it('says what is wrong with each field on its own', () => {
    expect(codes({ forWhom: 'child', childName: '', childBirthDate: '01.12.2026', policy: '1234' })).toEqual({
      childName: 'required',
      childBirthDate: 'date_in_future',
      policy: 'oms_format',
    });
    const wrongCheck = POLICY.slice(0, 15) + ((Number(POLICY[15]) + 1) % 10);
    expect(codes({ forWhom: 'self', policy: wrongCheck })).toEqual({ policy: 'oms_checksum' });
    expect(codes({ policy: POLICY })).toEqual({ forWhom: 'required' });
  });

  it('a child is under 18: the eighteenth birthday today is too old, the day after it is not yet', () => {
    expect(childBirthDateCode('2008-11-30', TODAY)).toBe('child_too_old');
    expect(childBirthDateCode('2008-12-01', TODAY)).toBeNull();
    expect(childBirthDateCode('2026-11-30', TODAY)).toBeNull();
    expect(childBirthDateCode('2026-12-01', TODAY)).toBe('date_in_future');
    expect(codes({ forWhom: 'child', childName: 'Петров Иван', childBirthDate: '30.11.2008', policy: POLICY })).toEqual({
      childBirthDate: 'child_too_old',
    });
  });

  it('oneself takes the name and birth date from the account', () => {
    const me = patientOf({ forWhom: 'self', policy: POLICY }, { surname: 'Иванова', name: 'Мария', patronymic: 'Петровна', birthDate: '1990-03-14' });
    expect(me).toEqual({ forWhom: 'self', name: 'Иванова Мария Петровна', birthDate: '1990-03-14', policy: POLICY });
  });

  it('the server refuses a wrong policy and an adult booked as a child', () => {
    expect(refusePatient({ forWhom: 'child', name: 'Петров Иван', birthDate: '2019-01-01', policy: POLICY }, TODAY)).toBeNull();
    expect(refusePatient({ forWhom: 'child', name: 'Петров Иван', birthDate: '2000-01-01', policy: POLICY }, TODAY)).toBe('child_too_old');
    expect(refusePatient({ forWhom: 'self', name: 'Петров Иван', birthDate: '2000-01-01', policy: '1'.repeat(16) }, TODAY)).toBe('oms_checksum');
  });

  it('prints only the last four digits of a policy', () => {
    expect(maskPolicy(POLICY)).toBe(`XXXX XXXX XXXX ${POLICY.slice(-4)}`);
    expect(maskPolicy(POLICY)).not.toContain(POLICY.slice(0, 12));
  });
});
