// Passports: the internal passport and the biometric foreign-travel passport. Fee amounts are the
// simulation's own figures; they are shown to the user as such, never as legal advice.
import type { Service } from '../serviceSchema';
import { MAX_UPLOAD_BYTES, PASSPORT_DOCUMENT, SCAN_KINDS } from './common';
import { foreignPassportSteps, internalPassportSteps } from './passports.steps';

export const internalPassport = {
  id: 'internal-passport',
  code: '10000011672',
  title: { ru: 'Выдача или замена паспорта гражданина РФ', en: 'Issue or replacement of the Russian internal passport' },
  summary: {
    ru: 'Первый паспорт в 14 лет, замена в 20 и 45 лет, после смены ФИО или если паспорт испорчен',
    en: 'First passport at 14; replacement at 20 and 45, after a change of name or when the passport is damaged',
  },
  description: {
    ru:
      'Заявление и фотографию отправляют онлайн, а за готовым паспортом приходят лично — в подразделение МВД ' +
      'или МФЦ, выбранные в заявлении, с оригиналами документов. Поменять паспорт по возрасту нужно ' +
      'в течение 90 дней после 20-летия или 45-летия. Госпошлина в этой симуляции — 300 ₽, ' +
      'её оплачивают онлайн до отправки заявления. По месту жительства паспорт оформляют ' +
      'до 10 рабочих дней, в другом регионе — до 30 дней.',
    en:
      'The application and photo are sent online; you collect the new passport in person, with the original ' +
      'documents, at the police unit or MFC chosen in the application. An age-related replacement is due ' +
      'within 90 days after your 20th or 45th birthday. The state fee in this simulation is 300 ₽, paid online ' +
      'before the application is sent. At your place of residence the passport takes up to 10 working days; ' +
      'in another region, up to 30 days.',
  },
  category: 'documents',
  kind: 'online',
  term: 'week_plus',
  termDays: { min: 10, max: 21 },
  fee: {
    amountKopecks: 30_000,
    purpose: {
      ru: 'Госпошлина за выдачу или замену паспорта гражданина РФ',
      en: 'State fee for issuing or replacing the internal passport',
    },
  },
  whoMayApply: {
    ru: 'Гражданин России с 14 лет. За подростка 14–17 лет заявление может подать родитель.',
    en: 'A Russian citizen aged 14 or over. A parent may apply for a teenager aged 14–17.',
  },
  identityLevel: 'confirmed',
  documents: [
    {
      id: 'photo',
      title: { ru: 'Цветная фотография 35×45 мм', en: 'Colour photo, 35×45 mm' },
      required: 'yes',
      accept: ['jpeg', 'png'],
      maxBytes: MAX_UPLOAD_BYTES,
    },
    { ...PASSPORT_DOCUMENT, required: 'if', when: { ru: 'Если паспорт меняется', en: 'When replacing a passport' } },
    {
      id: 'birth_certificate',
      title: { ru: 'Свидетельство о рождении', en: 'Birth certificate' },
      required: 'if',
      when: { ru: 'Для первого паспорта в 14 лет', en: 'For the first passport at 14' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'name_change',
      title: {
        ru: 'Свидетельство о браке, о перемене имени или решение суда',
        en: 'Marriage certificate, name-change certificate or court decision',
      },
      required: 'if',
      when: { ru: 'Если сменились фамилия, имя или отчество', en: 'If your surname, first name or patronymic changed' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['office'],
  steps: internalPassportSteps,
  keywords: ['паспорт в 14 лет', 'замена паспорта в 20 лет', 'замена паспорта в 45 лет', 'смена фамилии', 'внутренний паспорт', 'МВД'],
} satisfies Service;

export const foreignPassport = {
  id: 'foreign-passport',
  code: '10000010234',
  title: { ru: 'Заграничный паспорт нового образца', en: 'Biometric foreign-travel passport' },
  summary: {
    ru: 'Биометрический загранпаспорт с электронным чипом, действует 10 лет',
    en: 'A biometric passport with an electronic chip, valid for 10 years',
  },
  description: {
    ru:
      'В чип паспорта записывают фотографию владельца, поэтому снимок делают при личном визите в подразделение МВД. ' +
      'В онлайн-заявлении указывают данные внутреннего паспорта и места работы и учёбы за последние 10 лет. ' +
      'Госпошлина в этой симуляции — 6000 ₽, её оплачивают до отправки заявления. ' +
      'По месту жительства паспорт готовят до одного месяца, в другом регионе — до трёх месяцев. ' +
      'Когда паспорт будет готов, придёт уведомление, и его можно будет забрать.',
    en:
      'The chip holds the holder’s photo, so the picture is taken during a visit to the police unit. ' +
      'The online application asks for your internal passport details and your jobs and studies over the last 10 years. ' +
      'The state fee in this simulation is 6000 ₽, paid before the application is sent. ' +
      'At your place of residence the passport takes up to one month; in another region, up to three months. ' +
      'You will be notified when it is ready to collect.',
  },
  category: 'documents',
  kind: 'online',
  term: 'week_plus',
  termDays: { min: 22, max: 65 },
  fee: {
    amountKopecks: 600_000,
    purpose: {
      ru: 'Госпошлина за выдачу заграничного паспорта нового образца',
      en: 'State fee for issuing a biometric foreign-travel passport',
    },
  },
  whoMayApply: {
    ru: 'Гражданин России любого возраста; за ребёнка до 14 лет заявление подаёт родитель или опекун.',
    en: 'A Russian citizen of any age; for a child under 14, a parent or guardian applies.',
  },
  identityLevel: 'confirmed',
  documents: [
    PASSPORT_DOCUMENT,
    {
      id: 'old_foreign_passport',
      title: { ru: 'Действующий загранпаспорт', en: 'Current foreign-travel passport' },
      required: 'if',
      when: { ru: 'Если у вас уже есть загранпаспорт', en: 'If you already hold one' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'military_status',
      title: { ru: 'Военный билет или справка из военкомата', en: 'Military ID or a certificate from the enlistment office' },
      required: 'if',
      when: { ru: 'Для мужчин от 18 до 30 лет', en: 'For men aged 18 to 30' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['office'],
  steps: foreignPassportSteps,
  // The English words are what a visitor would type in the English interface.
  keywords: [
    'загранпаспорт',
    'загран',
    'биометрический паспорт',
    'паспорт на 10 лет',
    'паспорт для поездок за границу',
    'international passport',
    'passport abroad',
    'travel passport',
  ],
} satisfies Service;
