// Application forms for certificates and extracts about the applicant.
import type { StepDef } from '../formSchema';
import {
  addressFields,
  contactsStep,
  innField,
  longTextField,
  option,
  personFields,
  radioField,
  selectField,
  snilsField,
  t,
  textField,
  when,
  YES_NO,
} from './formFields';

export const criminalRecordSteps: StepDef[] = [
  {
    id: 'purpose',
    title: t('Цель справки', 'Purpose'),
    fields: [
      selectField('purpose', t('Для чего нужна справка', 'What the certificate is for'), [
        option('work', 'Для работы', 'Employment'),
        option('guardianship', 'Для опеки или усыновления', 'Guardianship or adoption'),
        option('visa', 'Для визы или переезда за границу', 'A visa or a move abroad'),
        option('weapons', 'Для лицензии на оружие', 'A firearms licence'),
        option('other', 'Другое', 'Something else'),
      ]),
      textField('purposeOther', t('Для чего именно', 'What exactly'), { showIf: when('purpose', 'other') }),
    ],
  },
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [
      ...personFields(),
      textField('birthPlace', t('Место рождения', 'Place of birth')),
      snilsField(),
      radioField('hadOtherName', t('Вы меняли фамилию, имя или отчество?', 'Have you ever changed your name?'), YES_NO),
      longTextField('formerNames', t('Все прежние ФИО', 'Every former name'), {
        showIf: when('hadOtherName', 'yes'),
        hint: t('С годами, когда их носили', 'With the years you used each'),
      }),
    ],
  },
  { id: 'address', title: t('Адрес регистрации', 'Registered address'), fields: addressFields('registrationAddress') },
  contactsStep(),
];

export const incomeStatementSteps: StepDef[] = [
  {
    id: 'period',
    title: t('Период', 'Period'),
    fields: [
      radioField('period', t('За какой год нужна справка', 'Which year the statement covers'), [
        option('last_year', 'За прошлый год', 'Last year'),
        option('current_year', 'За текущий год на сегодня', 'This year so far'),
        option('other_year', 'За другой год', 'Another year'),
      ]),
      textField('year', t('Год', 'Year'), {
        showIf: when('period', 'other_year'),
        hint: t('Четыре цифры, например 2021', 'Four digits, for example 2021'),
      }),
    ],
  },
  {
    id: 'taxpayer',
    title: t('Налогоплательщик', 'Taxpayer'),
    fields: [...personFields(), innField()],
  },
];

export const pensionStatementSteps: StepDef[] = [
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [...personFields(), snilsField()],
  },
];
