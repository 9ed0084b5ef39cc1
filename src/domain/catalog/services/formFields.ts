// Building blocks for application forms: small constructors that keep each service's steps readable,
// and the groups many services ask for — the applicant, the passport, an address and the contacts.
// Prefill paths are typed against the profile, so a misspelt path does not compile.
import { ADDRESS_FIELDS, REQUIRED_ADDRESS_FIELDS, type AddressField } from '../../address';
import type { ProfileFieldPath } from '../../profile';
import type { FieldDef, FieldRule, StepDef } from '../formSchema';
import type { LocalText } from '../serviceSchema';

export const t = (ru: string, en: string): LocalText => ({ ru, en });

export type Option = NonNullable<FieldDef['options']>[number];
export const option = (value: string, ru: string, en: string): Option => ({ value, label: t(ru, en) });
export const YES_NO: Option[] = [option('yes', 'Да', 'Yes'), option('no', 'Нет', 'No')];

interface FieldExtras {
  hint?: LocalText;
  prefill?: ProfileFieldPath;
  /** Shown (and checked) only while `field` has the value `equals`. */
  showIf?: { field: string; equals: string };
  /** Blank is allowed; a filled value must still pass the rule. */
  optional?: boolean;
}

/** Shorthand for a showIf condition. */
export const when = (field: string, equals: string) => ({ field, equals });

function build(
  id: string,
  control: FieldDef['control'],
  rule: FieldRule,
  label: LocalText,
  { optional = false, ...extras }: FieldExtras,
  options?: Option[],
): FieldDef {
  return { id, label, control, rule, required: !optional, ...(options ? { options } : {}), ...extras };
}

/** A one-line field checked by `rule` (text, personName, phone, snils…). */
export const input = (id: string, rule: FieldRule, label: LocalText, extras: FieldExtras = {}) => build(id, 'text', rule, label, extras);

export const textField = (id: string, label: LocalText, extras: FieldExtras = {}) => input(id, 'text', label, extras);

export const longTextField = (id: string, label: LocalText, extras: FieldExtras = {}) => build(id, 'textarea', 'longText', label, extras);

export const DATE_HINT = t('В формате ДД.ММ.ГГГГ', 'As DD.MM.YYYY');
export const dateField = (id: string, label: LocalText, extras: FieldExtras = {}) => input(id, 'date', label, { hint: DATE_HINT, ...extras });

export const nameField = (id: string, label: LocalText, extras: FieldExtras = {}) => input(id, 'personName', label, extras);

export const radioField = (id: string, label: LocalText, options: Option[], extras: FieldExtras = {}) =>
  build(id, 'radio', 'choice', label, extras, options);

export const selectField = (id: string, label: LocalText, options: Option[], extras: FieldExtras = {}) =>
  build(id, 'select', 'choice', label, extras, options);

/** A checkbox that must be ticked to go on; never optional (the consent rule only accepts true). */
export const consentField = (id: string, label: LocalText, extras: Omit<FieldExtras, 'optional'> = {}) =>
  build(id, 'checkbox', 'consent', label, extras);

// ---- Shared groups ----------------------------------------------------------------------------

/** Full name and date of birth, as in the passport, from the profile. */
export function personFields(): FieldDef[] {
  return [
    nameField('surname', t('Фамилия', 'Surname'), { prefill: 'surname' }),
    nameField('name', t('Имя', 'First name'), { prefill: 'name' }),
    // Optional fields say «(если есть)» after the label already; a hint saying it again was read twice.
    nameField('patronymic', t('Отчество', 'Patronymic'), { prefill: 'patronymic', optional: true }),
    dateField('birthDate', t('Дата рождения', 'Date of birth'), { prefill: 'birthDate' }),
  ];
}

/** Passport series and number; `full` adds the issue date, the issuing authority and the division code. */
export function passportFields(full = false): FieldDef[] {
  const basic = [
    input('passportSeries', 'passportSeries', t('Серия паспорта', 'Passport series'), {
      prefill: 'passport.series',
      hint: t('4 цифры', '4 digits'),
    }),
    input('passportNumber', 'passportNumber', t('Номер паспорта', 'Passport number'), {
      prefill: 'passport.number',
      hint: t('6 цифр', '6 digits'),
    }),
  ];
  if (!full) return basic;
  return [
    ...basic,
    dateField('passportIssueDate', t('Дата выдачи', 'Date of issue'), { prefill: 'passport.issueDate' }),
    textField('passportIssuedBy', t('Кем выдан', 'Issued by'), { prefill: 'passport.issuedBy' }),
    input('passportDivisionCode', 'divisionCode', t('Код подразделения', 'Division code'), {
      prefill: 'passport.divisionCode',
      hint: t('В формате 000-000', 'As 000-000'),
    }),
  ];
}

export const snilsField = (extras: FieldExtras = {}) =>
  input('snils', 'snils', t('СНИЛС', 'SNILS'), { prefill: 'snils', hint: t('11 цифр', '11 digits'), ...extras });

export const innField = (extras: FieldExtras = {}) =>
  input('inn', 'inn', t('ИНН', 'Taxpayer number (INN)'), { prefill: 'inn', hint: t('12 цифр', '12 digits'), ...extras });

type AddressSource = 'registrationAddress' | 'actualAddress';

const ADDRESS_RULES: Record<AddressField, FieldRule> = {
  country: 'country',
  region: 'addressName',
  district: 'addressName',
  city: 'addressName',
  street: 'addressName',
  house: 'house',
  building: 'building',
  apartment: 'apartment',
  postalIndex: 'postalIndex',
};
const ADDRESS_LABELS: Record<AddressField, LocalText> = {
  country: t('Страна', 'Country'),
  region: t('Регион', 'Region'),
  district: t('Район', 'District'),
  city: t('Город или населённый пункт', 'City, town or village'),
  street: t('Улица', 'Street'),
  house: t('Дом', 'House'),
  building: t('Корпус или строение', 'Block or building'),
  apartment: t('Квартира', 'Apartment'),
  postalIndex: t('Почтовый индекс', 'Postal code'),
};

/**
 * A structured address with the parts «Мои данные» has, prefilled from `source` when given. `idPrefix`
 * keeps ids unique when a form asks for two addresses ('prev' gives prevRegion, prevCity…). Each part is
 * spelled out as the profile does («ул.» → «улица»), and the wizard offers «Проверить адрес».
 */
export function addressFields(source: AddressSource | null, idPrefix = ''): FieldDef[] {
  const id = (part: string) => (idPrefix ? idPrefix + part.charAt(0).toUpperCase() + part.slice(1) : part);
  return ADDRESS_FIELDS.map((part) => ({
    ...input(id(part), ADDRESS_RULES[part], ADDRESS_LABELS[part], {
      ...(source ? { prefill: `${source}.${part}` as const } : {}),
      optional: !REQUIRED_ADDRESS_FIELDS.includes(part),
      ...(part === 'postalIndex' ? { hint: t('6 цифр', '6 digits') } : {}),
      ...(part === 'country' ? { hint: t('Пусто — Россия', 'Blank means Russia') } : {}),
    }),
    address: part,
  }));
}

/** The last step of most forms: how the office reaches the applicant. */
export function contactsStep(): StepDef {
  return {
    id: 'contacts',
    title: t('Контакты', 'Contacts'),
    fields: [
      input('phone', 'phone', t('Телефон', 'Phone'), { prefill: 'phone', hint: t('Например, +7 912 345-67-89', 'For example, +7 912 345-67-89') }),
      input('email', 'email', t('Электронная почта', 'E-mail'), { prefill: 'email' }),
    ],
  };
}
