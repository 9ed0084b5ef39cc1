// The flagship service: the residence certificate in its three kinds.
import type { Service } from '../serviceSchema';
import { MAX_UPLOAD_BYTES, PASSPORT_DOCUMENT, SCAN_KINDS, SNILS_DOCUMENT } from './common';
import { residenceCertificateSteps } from './residenceCertificate.steps';

export const residenceCertificate = {
  id: 'residence-certificate',
  code: '10000027561',
  title: { ru: 'Справка о месте жительства', en: 'Certificate of place of residence' },
  summary: {
    ru: 'Подтверждает адрес, по которому вы зарегистрированы, — для банка, визы, учёбы или госоргана',
    en: 'Confirms the address where you are registered — for a bank, a visa, a school or a state body',
  },
  description: {
    ru:
      'Справка бывает трёх видов — выберите тот, который просит организация. ' +
      'Электронная справка бесплатна: она приходит в личный кабинет в формате PDF с электронной подписью ' +
      'и QR-кодом, по которому любой может проверить её подлинность. ' +
      'Бумажную справку можно заказать по почте (доставка занимает 3–7 рабочих дней) или забрать в МФЦ, ' +
      'показав QR-код из личного кабинета. В некоторых регионах за бумажный экземпляр берут пошлину — ' +
      'её оплачивают до отправки заявления. ' +
      'Обычно справку готовят за 3–10 рабочих дней; если ваши данные сразу совпали с реестром, ' +
      'электронная справка может прийти уже через несколько минут. ' +
      'Справка действует, как правило, месяц (в некоторых регионах — три), после чего её запрашивают заново.',
    en:
      'The certificate comes in three kinds — choose the one the receiving organisation asks for. ' +
      'The electronic certificate is free: it arrives in your account as a PDF with an electronic signature ' +
      'and a QR code anyone can use to check that it is genuine. ' +
      'A paper certificate can be sent by post (delivery takes 3–7 working days) or collected at an MFC ' +
      'by showing the QR code from your account. Some regions charge a fee for the paper copy; ' +
      'it is paid before the application is sent. ' +
      'Preparation usually takes 3–10 working days; when your data matches the registry at once, ' +
      'the electronic certificate may arrive within minutes. ' +
      'A certificate is normally valid for one month (three in some regions); after that, request a new one.',
  },
  category: 'documents',
  kind: 'certificate',
  term: 'week',
  termDays: { min: 3, max: 10 },
  fee: null,
  whoMayApply: {
    ru: 'Гражданин России, зарегистрированный по месту жительства. Справку выдают только о себе.',
    en: 'A Russian citizen registered at a place of residence. The certificate is issued only about yourself.',
  },
  identityLevel: 'confirmed',
  variants: [
    {
      id: 'registration-fact',
      title: { ru: 'О факте регистрации', en: 'Fact of registration' },
      purpose: { ru: 'Для банков и страховых компаний', en: 'For banks and insurance companies' },
    },
    {
      id: 'place-of-residence',
      title: { ru: 'О месте жительства', en: 'Place of residence' },
      purpose: { ru: 'Для визы и учебных заведений', en: 'For visas and educational institutions' },
    },
    {
      id: 'residence-period',
      title: { ru: 'С указанием срока проживания', en: 'With the period of residence' },
      purpose: {
        ru: 'Для государственных процедур, где важно, как долго вы живёте по этому адресу',
        en: 'For state procedures that need to know how long you have lived at the address',
      },
    },
  ],
  documents: [
    PASSPORT_DOCUMENT,
    SNILS_DOCUMENT,
    {
      id: 'registration_proof',
      title: {
        ru: 'Подтверждение регистрации: выписка из домовой книги, справка управляющей компании или договор аренды',
        en: 'Proof of registration: a house-book extract, a certificate from the management company or a lease',
      },
      required: 'yes',
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'owner_consent',
      title: { ru: 'Согласие собственника жилья', en: "The home owner's consent" },
      required: 'if',
      when: { ru: 'Если вы не собственник жилья', en: 'If you do not own the home' },
      requiredIf: { field: 'isOwner', equals: 'no' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'name_change',
      title: {
        ru: 'Документ о смене ФИО: свидетельство о браке или решение суда',
        en: 'Proof of a name change: a marriage certificate or a court decision',
      },
      required: 'if',
      when: {
        ru: 'Если вы меняли фамилию, имя или отчество',
        en: 'If you have changed your surname, first name or patronymic',
      },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['electronic', 'post', 'office'],
  steps: residenceCertificateSteps,
  keywords: [
    'справка о регистрации',
    'справка с места жительства',
    'форма 9',
    'выписка из домовой книги',
    'прописка',
    'адрес регистрации',
    'proof of address',
  ],
} satisfies Service;
