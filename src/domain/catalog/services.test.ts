import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MAX_FILE_BYTES } from '../fileCheck';
import { PROFILE_FIELD_ORDER } from '../profile';
import { fieldCodes } from '../validationCodes';
import { formSchema, StepSchema, type Answers, type FieldDef } from './formSchema';
import { CATEGORIES, REQUEST_KINDS, ServiceSchema, type Service } from './serviceSchema';
import { SERVICES } from './services';

const byId = (id: string): Service => {
  const found = SERVICES.find((s) => s.id === id);
  if (!found) throw new Error(`no service ${id}`);
  return found;
};

/** The working-day range each term filter promises the user. */
function termAgrees({ term, termDays: { min, max } }: Service): boolean {
  if (min > max) return false;
  switch (term) {
    case 'instant':
      return min === 0 && max === 0;
    case 'day':
      return max <= 1;
    case 'week':
      return max >= 2 && max <= 10;
    case 'week_plus':
      return max >= 10;
  }
}

describe('service catalog data', () => {
  it('has at least 12 services, every one valid under the schema', () => {
    expect(SERVICES.length).toBeGreaterThanOrEqual(12);
    for (const s of SERVICES) expect(() => v.parse(ServiceSchema, s), s.id).not.toThrow();
  });

  it('gives every service its own id and its own 11-digit code', () => {
    expect(new Set(SERVICES.map((s) => s.id)).size).toBe(SERVICES.length);
    expect(new Set(SERVICES.map((s) => s.code)).size).toBe(SERVICES.length);
  });

  it('leaves at most one category empty, so category filters have something to show', () => {
    const empty = CATEGORIES.filter((c) => !SERVICES.some((s) => s.category === c));
    expect(empty.length).toBeLessThanOrEqual(1);
  });

  it('offers at least one service of each kind of request', () => {
    for (const kind of REQUEST_KINDS)
      expect(
        SERVICES.some((s) => s.kind === kind),
        kind,
      ).toBe(true);
  });

  it('keeps the working-day range in agreement with the term filter', () => {
    for (const s of SERVICES) expect(termAgrees(s), `${s.id}: ${s.term} ${JSON.stringify(s.termDays)}`).toBe(true);
  });

  it('states fees as whole kopecks, and free services as null', () => {
    for (const s of SERVICES) {
      if (s.fee) expect(Number.isInteger(s.fee.amountKopecks) && s.fee.amountKopecks > 0, s.id).toBe(true);
    }
    expect(byId('internal-passport').fee?.amountKopecks).toBe(30_000);
    expect(byId('residence-certificate').fee).toBeNull();
  });

  it('never accepts an upload above 5 MB and explains every conditional document', () => {
    for (const s of SERVICES) {
      const docIds = s.documents.map((d) => d.id);
      expect(new Set(docIds).size, s.id).toBe(docIds.length);
      for (const d of s.documents) {
        expect(d.maxBytes, `${s.id}/${d.id}`).toBeLessThanOrEqual(MAX_FILE_BYTES);
        if (d.required === 'if') expect(d.when, `${s.id}/${d.id}`).toBeDefined();
      }
    }
  });

  it('gives every variant of a service its own id', () => {
    for (const s of SERVICES) {
      const ids = (s.variants ?? []).map((x) => x.id);
      expect(new Set(ids).size, s.id).toBe(ids.length);
    }
  });

  it('describes the flagship residence certificate as the domain requires', () => {
    const s = byId('residence-certificate');
    expect(s.variants?.map((x) => x.id)).toEqual(['registration-fact', 'place-of-residence', 'residence-period']);
    const consent = s.documents.find((d) => d.id === 'owner_consent');
    expect(consent?.required).toBe('if');
    expect(s.documents.filter((d) => d.required === 'yes').map((d) => d.id)).toEqual(['passport', 'snils', 'registration_proof']);
    for (const d of s.documents) expect([...d.accept].sort()).toEqual(['jpeg', 'pdf', 'png']);
    expect(s.results).toEqual(['electronic', 'post', 'office']);
    expect(s.identityLevel).toBe('confirmed');
  });

  it('lets an unconfirmed user at least suggest a missing service', () => {
    const s = byId('missing-service');
    expect(s.identityLevel).toBe('unconfirmed');
    expect(s.documents).toEqual([]);
  });
});

const fieldsOf = (s: Service): FieldDef[] => s.steps.flatMap((step) => step.fields);

describe('application forms', () => {
  it('gives every service at least one step, each valid under the step schema', () => {
    for (const s of SERVICES) {
      expect(s.steps.length, s.id).toBeGreaterThanOrEqual(1);
      for (const step of s.steps) expect(() => v.parse(StepSchema, step), `${s.id}/${step.id}`).not.toThrow();
    }
  });

  it('keeps step ids and field ids unique within a service', () => {
    for (const s of SERVICES) {
      const stepIds = s.steps.map((step) => step.id);
      expect(new Set(stepIds).size, s.id).toBe(stepIds.length);
      const ids = fieldsOf(s).map((f) => f.id);
      expect(new Set(ids).size, `${s.id}: ${ids.join(', ')}`).toBe(ids.length);
    }
  });

  it('prefills only from paths the profile has', () => {
    const paths: readonly string[] = PROFILE_FIELD_ORDER;
    for (const s of SERVICES) {
      for (const f of fieldsOf(s)) if (f.prefill) expect(paths, `${s.id}/${f.id}`).toContain(f.prefill);
    }
  });

  it('makes every field shown on a condition depend on an earlier, always-shown choice that offers the value', () => {
    for (const s of SERVICES) {
      const fields = fieldsOf(s);
      fields.forEach((f, index) => {
        if (!f.showIf) return;
        const where = `${s.id}/${f.id}`;
        const source = fields.slice(0, index).find((earlier) => earlier.id === f.showIf?.field);
        expect(source, where).toBeDefined();
        expect(
          source?.options?.map((o) => o.value),
          where,
        ).toContain(f.showIf.equals);
        // isShown reads the stored answer only, so a condition on a hidden field could act on a stale value.
        expect(source?.showIf, where).toBeUndefined();
      });
    }
  });

  it('pairs controls and rules: choices carry options, checkboxes are consents that must be ticked', () => {
    for (const s of SERVICES) {
      for (const f of fieldsOf(s)) {
        const where = `${s.id}/${f.id}`;
        const isChoice = f.control === 'radio' || f.control === 'select';
        expect(f.rule === 'choice', where).toBe(isChoice);
        if (isChoice) {
          expect(f.options?.length ?? 0, where).toBeGreaterThanOrEqual(2);
          const values = f.options?.map((o) => o.value) ?? [];
          expect(new Set(values).size, where).toBe(values.length);
        } else {
          expect(f.options, where).toBeUndefined();
        }
        expect(f.rule === 'consent', where).toBe(f.control === 'checkbox');
        if (f.rule === 'consent') expect(f.required, where).toBe(true);
        expect(f.control === 'textarea', where).toBe(f.rule === 'longText');
      }
    }
  });

  it('can be completed, and asks for each conditional field exactly when its condition holds', () => {
    const SAMPLE: Record<FieldDef['rule'], string | boolean> = {
      text: 'Текст',
      longText: 'Подробный текст',
      personName: 'Иванова',
      date: '01.02.2000',
      phone: '+79123456789',
      email: 'maria@example.ru',
      snils: '112-233-445 95',
      inn: '500100732259',
      passportSeries: '4508',
      passportNumber: '123456',
      divisionCode: '770-001',
      postalIndex: '101000',
      country: 'Россия',
      addressName: 'ул. Тверская',
      house: 'д. 7',
      building: 'корп. 2',
      apartment: 'кв. 12',
      choice: '',
      consent: true,
    };
    const problems = (steps: Service['steps'], answers: Answers) => {
      const result = v.safeParse(formSchema(steps, answers), answers);
      return result.success ? {} : fieldCodes(result.issues);
    };
    for (const s of SERVICES) {
      const fields = fieldsOf(s);
      const filled: Answers = Object.fromEntries(fields.map((f) => [f.id, f.rule === 'choice' ? (f.options?.[0]?.value ?? '') : SAMPLE[f.rule]]));
      expect(problems(s.steps, filled), s.id).toEqual({});
      for (const f of fields) {
        if (!f.showIf) continue;
        const shown = { ...filled, [f.showIf.field]: f.showIf.equals };
        expect(problems(s.steps, shown), `${s.id}/${f.id}`).toEqual({});
        const blank = { ...shown, [f.id]: f.rule === 'consent' ? false : '' };
        expect(Object.keys(problems(s.steps, blank)), `${s.id}/${f.id}`).toEqual(f.required ? [f.id] : []);
        const source = fields.find((x) => x.id === f.showIf?.field);
        const other = source?.options?.find((o) => o.value !== f.showIf?.equals)?.value;
        expect(problems(s.steps, { ...blank, [f.showIf.field]: other }), `${s.id}/${f.id}`).toEqual({});
      }
    }
  });

  it('leaves documents and the way to receive to the wizard', () => {
    for (const s of SERVICES) {
      for (const f of fieldsOf(s)) expect(f.id, `${s.id}/${f.id}`).not.toMatch(/^(document|upload|file|delivery|resultWay)/i);
    }
  });
});

describe('the flagship form', () => {
  const { steps } = byId('residence-certificate');
  const valid: Answers = {
    variant: 'registration_fact',
    purpose: 'bank',
    surname: 'Иванова',
    name: 'Мария',
    patronymic: '',
    birthDate: '14.03.1990',
    passportSeries: '45 08',
    passportNumber: '123456',
    inn: '500100732259',
    region: 'Московская область',
    city: 'Подольск',
    street: 'улица Ленина',
    house: '7',
    apartment: '12',
    postalIndex: '142100',
    isOwner: 'yes',
    phone: '+7 912 345-67-89',
    email: 'maria@example.ru',
  };
  const codes = (answers: Answers) => {
    const result = v.safeParse(formSchema(steps, answers), answers);
    return result.success ? {} : fieldCodes(result.issues);
  };

  it('has the steps the domain describes', () => {
    expect(steps.map((s) => s.id)).toEqual(['certificate', 'applicant', 'address', 'owner', 'contacts']);
    const variant = steps[0]?.fields.find((f) => f.id === 'variant');
    expect(variant?.options?.map((o) => o.value)).toEqual(['registration_fact', 'residence', 'residence_period']);
  });

  it('accepts a complete answer set and normalises it', () => {
    const result = v.safeParse(formSchema(steps, valid), valid);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.output).toMatchObject({ birthDate: '1990-03-14', passportSeries: '4508', phone: '+79123456789' });
      expect(result.output).not.toHaveProperty('ownerName', expect.anything());
    }
  });

  it('asks for the owner only when the applicant is not the owner', () => {
    expect(codes({ ...valid, isOwner: 'yes', ownerName: undefined })).toEqual({});
    // What the wizard sends for untouched fields: blank text and an unticked box.
    expect(codes({ ...valid, isOwner: 'no', ownerName: '', ownerConsentNote: false })).toEqual({
      ownerName: 'required',
      ownerConsentNote: 'consent_required',
    });
    expect(Object.keys(codes({ ...valid, isOwner: 'no' })).sort()).toEqual(['ownerConsentNote', 'ownerName']);
    expect(codes({ ...valid, isOwner: 'no', ownerName: 'Петров Пётр Петрович', ownerConsentNote: true })).toEqual({});
    expect(codes({ ...valid, isOwner: 'maybe' })).toEqual({ isOwner: 'invalid_value' });
  });

  it('asks for the period only for the certificate with the period of residence', () => {
    expect(codes({ ...valid, variant: 'residence_period', periodFrom: '', periodTo: ' ' })).toEqual({
      periodFrom: 'required',
      periodTo: 'required',
    });
    expect(Object.keys(codes({ ...valid, variant: 'residence_period' })).sort()).toEqual(['periodFrom', 'periodTo']);
    expect(codes({ ...valid, variant: 'residence_period', periodFrom: '2015-13-01', periodTo: '01.01.2025' })).toEqual({
      periodFrom: 'date_format',
    });
    expect(codes({ ...valid, variant: 'residence_period', periodFrom: '01.01.2015', periodTo: '01.01.2025' })).toEqual({});
    expect(codes({ ...valid, variant: 'residence' })).toEqual({});
  });

  it('asks what «other» purpose means only when chosen', () => {
    expect(codes({ ...valid, purpose: 'other', purposeOther: '   ' })).toEqual({ purposeOther: 'required' });
    expect(codes({ ...valid, purpose: 'fishing' })).toEqual({ purpose: 'invalid_value' });
    expect(codes({ ...valid, purpose: 'other', purposeOther: 'В нотариальную контору' })).toEqual({});
  });

  it('reports each bad field with its own code', () => {
    expect(
      codes({
        ...valid,
        birthDate: '31.02.1990',
        passportSeries: '45O8',
        inn: '500100732258',
        postalIndex: '14210',
        phone: '123',
        surname: 'Ivanова',
      }),
    ).toEqual({
      birthDate: 'date_format',
      passportSeries: 'passport_series_format',
      inn: 'inn_checksum',
      postalIndex: 'postal_index_format',
      phone: 'phone_format',
      surname: 'name_mixed_scripts',
    });
  });

  it('lets optional fields stay blank but checks them once filled', () => {
    expect(codes({ ...valid, inn: '', apartment: undefined })).toEqual({});
    expect(codes({ ...valid, inn: '123' })).toEqual({ inn: 'inn_format' });
  });
});

describe('other forms', () => {
  it('checks a SNILS by its check number', () => {
    const { steps } = byId('pension-statement');
    const answers: Answers = { surname: 'Иванова', name: 'Мария', birthDate: '14.03.1990', snils: '112-233-445 95' };
    expect(v.safeParse(formSchema(steps, answers), answers).success).toBe(true);
    const bad = { ...answers, snils: '112-233-445 96' };
    const result = v.safeParse(formSchema(steps, bad), bad);
    expect(result.success ? {} : fieldCodes(result.issues)).toEqual({ snils: 'snils_checksum' });
  });

  it('pays a fine by its ruling number alone', () => {
    const { steps } = byId('fine-payment');
    expect(
      fieldsOf(byId('fine-payment'))
        .filter((f) => f.required)
        .map((f) => f.id),
    ).toEqual(['resolutionNumber']);
    const answers: Answers = { resolutionNumber: '18810177230000123456' };
    expect(v.safeParse(formSchema(steps, answers), answers).success).toBe(true);
  });

  it('takes a missing-service suggestion with a title, a description and an address for the reply', () => {
    const required = fieldsOf(byId('missing-service')).filter((f) => f.required);
    expect(required.map((f) => [f.id, f.rule])).toEqual([
      ['serviceTitle', 'text'],
      ['description', 'longText'],
      ['contactEmail', 'email'],
    ]);
  });
});
