// Registration at an address: permanent (place of residence) and temporary (place of stay).
import type { RequiredDocument, Service } from '../serviceSchema';
import { FORM_KINDS, MAX_UPLOAD_BYTES, PASSPORT_DOCUMENT, SCAN_KINDS } from './common';
import { residenceRegistrationSteps, stayRegistrationSteps } from './registration.steps';

const HOUSING_RIGHT = {
  id: 'housing_right',
  title: {
    ru: 'Основание для вселения: выписка из ЕГРН, договор найма или аренды',
    en: 'Right to live there: a land-registry extract, a tenancy or lease agreement',
  },
  required: 'yes',
  accept: SCAN_KINDS,
  maxBytes: MAX_UPLOAD_BYTES,
} satisfies RequiredDocument;

const OWNER_CONSENT = {
  id: 'owner_consent',
  title: { ru: 'Письменное согласие собственника жилья', en: "The home owner's written consent" },
  required: 'if',
  when: { ru: 'Если вы не собственник жилья', en: 'If you do not own the home' },
  accept: FORM_KINDS,
  maxBytes: MAX_UPLOAD_BYTES,
} satisfies RequiredDocument;

export const residenceRegistration = {
  id: 'residence-registration',
  code: '10000031443',
  title: { ru: 'Регистрация по месту жительства', en: 'Registration at the place of residence' },
  summary: {
    ru: 'Постоянная регистрация («прописка») по новому адресу без визита в ведомство',
    en: 'Permanent registration at a new address without visiting an office',
  },
  description: {
    ru:
      'После переезда зарегистрироваться по новому адресу нужно в течение 7 дней. Заявление с документами ' +
      'уходит в подразделение МВД по вопросам миграции; регистрацию оформляют за 3 рабочих дня. ' +
      'Уведомление о регистрации придёт в личный кабинет, а отметку в паспорте можно поставить позже, ' +
      'при визите в ведомство. Снятие с учёта по старому адресу происходит автоматически. Услуга бесплатная.',
    en:
      'After a move, you must register at the new address within 7 days. The application and documents go ' +
      'to the police migration unit, which registers you within 3 working days. The notice of registration ' +
      'arrives in your account; the stamp in the passport can be added later during a visit. ' +
      'You are removed from the old address automatically. The service is free.',
  },
  category: 'registration',
  kind: 'online',
  term: 'week',
  termDays: { min: 3, max: 3 },
  fee: null,
  whoMayApply: {
    ru: 'Гражданин России с 14 лет, переехавший на новое постоянное место жительства. Детей младше 14 лет регистрируют родители.',
    en: 'A Russian citizen aged 14 or over who has moved to a new permanent home. Parents register children under 14.',
  },
  identityLevel: 'confirmed',
  documents: [PASSPORT_DOCUMENT, HOUSING_RIGHT, OWNER_CONSENT],
  results: ['electronic', 'office'],
  steps: residenceRegistrationSteps,
  keywords: ['прописка', 'постоянная регистрация', 'переезд', 'смена адреса', 'регистрационный учёт'],
} satisfies Service;

export const stayRegistration = {
  id: 'stay-registration',
  code: '10000031458',
  title: { ru: 'Регистрация по месту пребывания', en: 'Temporary registration at the place of stay' },
  summary: {
    ru: 'Временная регистрация, если живёте не по месту прописки дольше 90 дней',
    en: 'Temporary registration if you live away from your registered address for more than 90 days',
  },
  description: {
    ru:
      'Временная регистрация нужна, когда вы больше 90 дней живёте по другому адресу — например, снимаете ' +
      'квартиру в другом городе. Постоянная регистрация при этом сохраняется. Срок временной регистрации ' +
      'указывают в заявлении, он не может быть дольше срока договора найма или согласия собственника. ' +
      'Оформление занимает до 3 рабочих дней, свидетельство приходит в личный кабинет. Услуга бесплатная.',
    en:
      'Temporary registration is needed when you live at another address for more than 90 days — for example, ' +
      'when renting a flat in another city. Your permanent registration stays in place. The period is stated ' +
      'in the application and cannot be longer than the lease or the owner’s consent. ' +
      'It takes up to 3 working days; the certificate arrives in your account. The service is free.',
  },
  category: 'registration',
  kind: 'online',
  term: 'week',
  termDays: { min: 2, max: 3 },
  fee: null,
  whoMayApply: {
    ru: 'Гражданин России с 14 лет, временно живущий не по адресу постоянной регистрации.',
    en: 'A Russian citizen aged 14 or over who temporarily lives away from their permanent address.',
  },
  identityLevel: 'confirmed',
  documents: [PASSPORT_DOCUMENT, HOUSING_RIGHT, OWNER_CONSENT],
  results: ['electronic'],
  steps: stayRegistrationSteps,
  keywords: ['временная регистрация', 'временная прописка', 'место пребывания', 'аренда квартиры'],
} satisfies Service;
