// The driving licence: one service with three situations the applicant picks from.
import type { Service } from '../serviceSchema';
import { MAX_UPLOAD_BYTES, PASSPORT_DOCUMENT, SCAN_KINDS } from './common';
import { drivingLicenceSteps } from './drivingLicence.steps';

export const drivingLicence = {
  id: 'driving-licence',
  code: '10000019835',
  title: {
    ru: 'Водительское удостоверение: получение, замена, продление',
    en: 'Driving licence: first issue, replacement, renewal',
  },
  summary: {
    ru: 'Получить права после экзаменов, заменить по истечении срока или после утраты',
    en: 'Get a licence after the exams, or replace it when it expires or is lost',
  },
  description: {
    ru:
      'Заявление заполняют онлайн и сразу выбирают отделение Госавтоинспекции и время визита. ' +
      'Если документы в порядке, удостоверение выдают в день приёма. ' +
      'Для первого удостоверения и для замены по сроку нужно действующее медицинское заключение водителя. ' +
      'Госпошлина в этой симуляции — 4000 ₽, её оплачивают до визита. ' +
      'Удостоверение действует 10 лет.',
    en:
      'You fill in the application online and book a traffic police office and a time at once. ' +
      'If the documents are in order, the licence is handed over on the day of the visit. ' +
      'A first licence and a replacement on expiry need a valid driver’s medical certificate. ' +
      'The state fee in this simulation is 4000 ₽, paid before the visit. ' +
      'A licence is valid for 10 years.',
  },
  category: 'transport',
  kind: 'appointment',
  term: 'day',
  termDays: { min: 0, max: 1 },
  fee: {
    amountKopecks: 400_000,
    purpose: { ru: 'Госпошлина за выдачу водительского удостоверения', en: 'State fee for issuing a driving licence' },
  },
  whoMayApply: {
    ru: 'Человек, сдавший экзамены в Госавтоинспекции, или владелец российского водительского удостоверения.',
    en: 'A person who has passed the traffic police exams, or the holder of a Russian driving licence.',
  },
  identityLevel: 'confirmed',
  variants: [
    {
      id: 'new',
      title: { ru: 'Первое удостоверение', en: 'First licence' },
      purpose: { ru: 'После сдачи экзаменов', en: 'After passing the exams' },
    },
    {
      id: 'expiry',
      title: { ru: 'Замена по истечении срока', en: 'Replacement on expiry' },
      purpose: {
        ru: 'Когда срок действия закончился или скоро закончится',
        en: 'When the licence has expired or is about to',
      },
    },
    {
      id: 'loss',
      title: { ru: 'Замена после утраты', en: 'Replacement after loss' },
      purpose: {
        ru: 'Если удостоверение потеряно, украдено или испорчено',
        en: 'If the licence was lost, stolen or damaged',
      },
    },
  ],
  documents: [
    PASSPORT_DOCUMENT,
    {
      id: 'medical_certificate',
      title: {
        ru: 'Медицинское заключение о допуске к управлению транспортом',
        en: 'Medical certificate of fitness to drive',
      },
      required: 'if',
      when: {
        ru: 'Для первого удостоверения и замены по истечении срока',
        en: 'For a first licence and a replacement on expiry',
      },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'driving_school',
      title: { ru: 'Свидетельство об окончании автошколы', en: 'Driving school certificate' },
      required: 'if',
      when: { ru: 'Для первого удостоверения', en: 'For a first licence' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'old_licence',
      title: { ru: 'Прежнее водительское удостоверение', en: 'The previous driving licence' },
      required: 'if',
      when: { ru: 'При замене по истечении срока', en: 'For a replacement on expiry' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['office'],
  steps: drivingLicenceSteps,
  keywords: ['права', 'водительские права', 'ВУ', 'замена прав', 'ГИБДД', 'Госавтоинспекция', 'медсправка'],
} satisfies Service;
