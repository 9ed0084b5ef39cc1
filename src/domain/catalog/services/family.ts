// Family events that need a registry office or a school: marriage and the first grade.
import type { Service } from '../serviceSchema';
import { MAX_UPLOAD_BYTES, PASSPORT_DOCUMENT, SCAN_KINDS } from './common';
import { marriageRegistrationSteps, schoolEnrolmentSteps } from './family.steps';

export const marriageRegistration = {
  id: 'marriage-registration',
  code: '10000013690',
  title: { ru: 'Регистрация брака', en: 'Marriage registration' },
  summary: {
    ru: 'Подать заявление вдвоём и выбрать дату и время регистрации в ЗАГСе',
    en: 'Apply together and choose the date and time of the ceremony at the registry office',
  },
  description: {
    ru:
      'Заявление заполняет один из будущих супругов, второй подтверждает его в своём личном кабинете. ' +
      'Дату и время выбирают среди свободных в нужном ЗАГСе: обычно не раньше чем через месяц ' +
      'и не позже чем через год после подачи. Госпошлина в этой симуляции — 5000 ₽, ' +
      'её оплачивают до отправки заявления. В назначенный день оба приходят в ЗАГС с паспортами.',
    en:
      'One partner fills in the application; the other confirms it in their own account. ' +
      'You choose a free date and time at the registry office you want, usually no sooner than a month ' +
      'and no later than a year after applying. The state fee in this simulation is 5000 ₽, paid before ' +
      'the application is sent. On the day, both come to the office with their passports.',
  },
  category: 'family',
  kind: 'appointment',
  term: 'week_plus',
  termDays: { min: 22, max: 250 },
  fee: {
    amountKopecks: 500_000,
    purpose: { ru: 'Госпошлина за государственную регистрацию брака', en: 'State fee for registering a marriage' },
  },
  whoMayApply: {
    ru: 'Двое совершеннолетних, не состоящих в другом браке; в особых случаях брак возможен с 16 лет.',
    en: 'Two adults not married to anyone else; in special cases marriage is possible from 16.',
  },
  identityLevel: 'confirmed',
  documents: [
    PASSPORT_DOCUMENT,
    {
      id: 'previous_marriage_end',
      title: {
        ru: 'Свидетельство о расторжении брака или о смерти супруга',
        en: 'Certificate of divorce or of the spouse’s death',
      },
      required: 'if',
      when: { ru: 'Если кто-то из вас уже был в браке', en: 'If either of you was married before' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'underage_permission',
      title: { ru: 'Разрешение органа местного самоуправления', en: 'Permission from the local authority' },
      required: 'if',
      when: { ru: 'Если кому-то из вас нет 18 лет', en: 'If either of you is under 18' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['office'],
  steps: marriageRegistrationSteps,
  keywords: ['ЗАГС', 'свадьба', 'брак', 'бракосочетание', 'заявление в ЗАГС', 'пожениться'],
} satisfies Service;

export const schoolEnrolment = {
  id: 'school-enrolment',
  code: '10000050127',
  title: { ru: 'Запись ребёнка в первый класс', en: 'Enrolling a child in the first grade' },
  summary: {
    ru: 'Заявление в школу по месту жительства или в любую школу со свободными местами',
    en: 'Apply to the school for your address or to any school with free places',
  },
  description: {
    ru:
      'С 1 апреля по 30 июня заявления принимают от детей, живущих на закреплённой за школой территории, ' +
      'от льготников и от тех, чьи братья или сёстры уже учатся в этой школе. С 6 июля, и не позже 5 сентября, ' +
      'можно подать заявление в любую школу, где остались места. На 1 сентября ребёнку должно быть ' +
      'от 6,5 до 8 лет; в другом возрасте нужно разрешение учредителя школы. ' +
      'Решение о зачислении придёт в личный кабинет.',
    en:
      'From 1 April to 30 June, schools take applications for children living in the area assigned to them, ' +
      'children with priority rights and those whose brothers or sisters already attend. From 6 July, ' +
      'and no later than 5 September, you can apply to any school with places left. On 1 September the child ' +
      'must be between 6½ and 8; otherwise the school’s founder must give permission. ' +
      'The enrolment decision arrives in your account.',
  },
  category: 'family',
  kind: 'online',
  term: 'week_plus',
  termDays: { min: 3, max: 65 },
  fee: null,
  whoMayApply: {
    ru: 'Родитель или законный представитель ребёнка.',
    en: 'A parent or legal guardian of the child.',
  },
  identityLevel: 'confirmed',
  documents: [
    {
      id: 'birth_certificate',
      title: { ru: 'Свидетельство о рождении ребёнка', en: 'The child’s birth certificate' },
      required: 'yes',
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'priority_right',
      title: { ru: 'Документ о праве на первоочередной приём', en: 'Proof of a priority right' },
      required: 'if',
      when: { ru: 'Если у семьи есть льгота при зачислении', en: 'If the family has an enrolment priority' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
    {
      id: 'guardianship_decision',
      title: { ru: 'Решение об установлении опеки', en: 'The decision appointing you as guardian' },
      required: 'if',
      when: { ru: 'Если заявление подаёт опекун', en: 'If a guardian applies' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['electronic'],
  steps: schoolEnrolmentSteps,
  keywords: ['школа', 'первый класс', '1 класс', 'запись в школу', 'зачисление', 'первоклассник'],
} satisfies Service;
