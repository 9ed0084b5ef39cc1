// Certificates and extracts from state registries about the applicant: criminal record, income, pension rights.
import type { Service } from '../serviceSchema';
import { MAX_UPLOAD_BYTES, SCAN_KINDS } from './common';
import { criminalRecordSteps, incomeStatementSteps, pensionStatementSteps } from './certificates.steps';

export const criminalRecordCertificate = {
  id: 'criminal-record-certificate',
  code: '10000015309',
  title: { ru: 'Справка о наличии или отсутствии судимости', en: 'Certificate of criminal record or its absence' },
  summary: {
    ru: 'Для работы с детьми, в школе или больнице, для опеки, визы или оружия',
    en: 'For work with children, in schools or hospitals, for guardianship, a visa or a firearms licence',
  },
  description: {
    ru:
      'Справку готовит МВД по своим учётам — на это уходит до 30 календарных дней. ' +
      'Электронная справка с подписью ведомства приходит в личный кабинет; большинство работодателей ' +
      'принимают её наравне с бумажной. Бумажный экземпляр можно получить в МФЦ. ' +
      'Если вы меняли фамилию, имя или отчество, укажите в заявлении все прежние ФИО — ' +
      'иначе проверка может оказаться неполной. Услуга бесплатная.',
    en:
      'The police check their records, which takes up to 30 calendar days. ' +
      'The electronic certificate, signed by the ministry, arrives in your account; most employers accept it ' +
      'just like a paper one. A paper copy can be collected at an MFC. ' +
      'If you have ever changed your name, list every former name in the application, ' +
      'or the check may be incomplete. The service is free.',
  },
  category: 'documents',
  kind: 'certificate',
  term: 'week_plus',
  termDays: { min: 5, max: 22 },
  fee: null,
  whoMayApply: {
    ru: 'Гражданин России или иностранный гражданин; справку выдают только о себе.',
    en: 'A Russian citizen or a foreign national; the certificate is issued only about yourself.',
  },
  identityLevel: 'confirmed',
  documents: [
    {
      id: 'name_change',
      title: {
        ru: 'Документ о смене ФИО: свидетельство о браке или о перемене имени',
        en: 'Proof of a name change: a marriage or name-change certificate',
      },
      required: 'if',
      when: { ru: 'Если вы меняли фамилию, имя или отчество', en: 'If you have changed your name' },
      accept: SCAN_KINDS,
      maxBytes: MAX_UPLOAD_BYTES,
    },
  ],
  results: ['electronic', 'office'],
  steps: criminalRecordSteps,
  keywords: ['справка о несудимости', 'несудимость', 'судимость', 'МВД', 'справка для работы'],
} satisfies Service;

export const incomeStatement = {
  id: 'income-statement',
  code: '10000057126',
  title: {
    ru: 'Справка о доходах и суммах налога (2-НДФЛ)',
    en: 'Statement of income and tax withheld (2-NDFL)',
  },
  summary: {
    ru: 'Доходы от работодателей и удержанный налог за выбранный год — сразу в PDF',
    en: 'Income from employers and tax withheld for a chosen year, as a PDF at once',
  },
  description: {
    ru:
      'Справку формирует налоговая служба по сведениям, которые сдали ваши работодатели и другие налоговые агенты. ' +
      'Выберите год — и через несколько минут в личном кабинете появится PDF с электронной подписью ФНС. ' +
      'Её принимают банки, визовые центры, её прикладывают к заявлению на налоговый вычет. ' +
      'Данные за прошлый год появляются в начале года, когда работодатели сдадут отчётность. ' +
      'Официально форма называется «Справка о доходах и суммах налога физического лица», ' +
      'но её по-прежнему часто зовут 2-НДФЛ.',
    en:
      'The tax service builds the statement from what your employers and other tax agents reported. ' +
      'Choose a year and within minutes a PDF signed by the tax service appears in your account. ' +
      'Banks and visa centres accept it, and it can be attached to a tax deduction claim. ' +
      'Last year’s data appears early in the year, once employers have filed their reports. ' +
      'The official name is “Statement of an individual’s income and tax”, but people still call it 2-NDFL.',
  },
  category: 'taxes',
  kind: 'certificate',
  term: 'instant',
  termDays: { min: 0, max: 0 },
  fee: null,
  whoMayApply: {
    ru: 'Любой, кто получал доход, с которого удерживали НДФЛ, — только о себе.',
    en: 'Anyone who received income with personal income tax withheld, about themselves only.',
  },
  identityLevel: 'confirmed',
  documents: [],
  results: ['electronic'],
  steps: incomeStatementSteps,
  keywords: ['2-НДФЛ', '2 НДФЛ', 'справка о доходах', 'доходы', 'налоговый вычет', 'ФНС', 'зарплата'],
} satisfies Service;

export const pensionStatement = {
  id: 'pension-statement',
  code: '10000024581',
  title: {
    ru: 'Выписка о пенсионных правах из Социального фонда',
    en: 'Statement of pension rights from the Social Fund',
  },
  summary: {
    ru: 'Стаж, пенсионные баллы и взносы работодателей в одном документе',
    en: 'Your length of service, pension points and employer contributions in one document',
  },
  description: {
    ru:
      'Выписка из индивидуального лицевого счёта показывает, какой стаж и сколько пенсионных баллов у вас уже есть ' +
      'и какие взносы за вас платили работодатели. Проверьте её: если какого-то места работы нет, ' +
      'его можно добавить, пока документы ещё легко найти. Выписка приходит в личный кабинет за несколько минут.',
    en:
      'The extract from your individual account shows the length of service and pension points you already have ' +
      'and the contributions employers paid for you. Check it: if a job is missing, it can be added ' +
      'while the papers are still easy to find. The statement arrives in your account within minutes.',
  },
  category: 'documents',
  kind: 'certificate',
  term: 'instant',
  termDays: { min: 0, max: 0 },
  fee: null,
  whoMayApply: {
    ru: 'Любой, у кого есть СНИЛС, — только о себе.',
    en: 'Anyone with a SNILS number, about themselves only.',
  },
  identityLevel: 'confirmed',
  documents: [],
  results: ['electronic'],
  steps: pensionStatementSteps,
  keywords: ['СФР', 'пенсионный фонд', 'ПФР', 'стаж', 'пенсионные баллы', 'ИЛС', 'пенсия'],
} satisfies Service;
