// Application forms for marriage registration and first-grade enrolment.
import type { FieldDef, StepDef } from '../formSchema';
import type { Option } from './formFields';
import {
  addressFields,
  contactsStep,
  dateField,
  input,
  nameField,
  option,
  passportFields,
  personFields,
  radioField,
  t,
  textField,
  when,
  YES_NO,
} from './formFields';

const SURNAME_AFTER: Option[] = [
  option('keep', 'Оставить свою', 'Keep my own'),
  option('partner', 'Взять фамилию супруга', 'Take my partner’s'),
  option('double', 'Двойная фамилия', 'A double-barrelled surname'),
];

const surnameAfterField = (id: string): FieldDef => radioField(id, t('Фамилия после регистрации брака', 'Surname after the marriage'), SURNAME_AFTER);

export const marriageRegistrationSteps: StepDef[] = [
  {
    id: 'ceremony',
    // The registry office, date and time are a real booking made on the wizard's visit page.
    title: t('Церемония', 'The ceremony'),
    fields: [radioField('solemn', t('Торжественная регистрация?', 'A formal ceremony?'), YES_NO)],
  },
  {
    id: 'applicant',
    title: t('Вы', 'You'),
    fields: [...personFields(), ...passportFields(), surnameAfterField('surnameAfter')],
  },
  {
    id: 'partner',
    title: t('Будущий супруг', 'Your partner'),
    fields: [
      nameField('partnerSurname', t('Фамилия', 'Surname')),
      nameField('partnerName', t('Имя', 'First name')),
      nameField('partnerPatronymic', t('Отчество', 'Patronymic'), { optional: true }),
      dateField('partnerBirthDate', t('Дата рождения', 'Date of birth')),
      input('partnerSnils', 'snils', t('СНИЛС', 'SNILS'), {
        hint: t(
          'По нему заявление придёт в личный кабинет будущего супруга для подтверждения',
          'Used to send the application to your partner’s account for confirmation',
        ),
      }),
      surnameAfterField('partnerSurnameAfter'),
    ],
  },
  contactsStep(),
];

export const schoolEnrolmentSteps: StepDef[] = [
  {
    id: 'child',
    title: t('Ребёнок', 'Child'),
    fields: [
      nameField('childSurname', t('Фамилия ребёнка', 'Child’s surname')),
      nameField('childName', t('Имя ребёнка', 'Child’s first name')),
      nameField('childPatronymic', t('Отчество ребёнка', 'Child’s patronymic'), { optional: true }),
      dateField('childBirthDate', t('Дата рождения ребёнка', 'Child’s date of birth')),
      textField('childBirthCertificate', t('Серия и номер свидетельства о рождении', 'Birth certificate series and number'), {
        hint: t('Например, IV-МЮ 123456', 'For example, IV-МЮ 123456'),
      }),
      input('childSnils', 'snils', t('СНИЛС ребёнка', 'Child’s SNILS'), { optional: true }),
    ],
  },
  {
    id: 'childAddress',
    title: t('Адрес регистрации ребёнка', 'Child’s registered address'),
    fields: addressFields('registrationAddress', 'child'),
  },
  {
    id: 'school',
    title: t('Школа', 'School'),
    fields: [
      textField('schoolName', t('Школа', 'School'), { hint: t('Номер или название', 'Number or name') }),
      radioField('basis', t('Основание для приёма', 'Grounds for admission'), [
        option('territory', 'Живём на закреплённой за школой территории', 'We live in the school’s assigned area'),
        option('priority', 'Есть льгота при зачислении', 'We have a priority right'),
        option('sibling', 'В школе учится брат или сестра', 'A brother or sister attends the school'),
        option('free_places', 'На свободные места', 'For free places'),
      ]),
      textField('priorityKind', t('Какая льгота', 'Which priority right'), { showIf: when('basis', 'priority') }),
      nameField('siblingName', t('ФИО брата или сестры', 'Brother’s or sister’s full name'), {
        showIf: when('basis', 'sibling'),
      }),
      radioField('adaptedProgram', t('Нужна адаптированная программа?', 'Is an adapted programme needed?'), YES_NO),
    ],
  },
  {
    id: 'parent',
    title: t('Заявитель', 'Applicant'),
    fields: [
      ...personFields(),
      radioField('relation', t('Кем вы приходитесь ребёнку', 'Your relation to the child'), [
        option('parent', 'Родитель', 'Parent'),
        option('guardian', 'Опекун или попечитель', 'Guardian'),
      ]),
      ...passportFields(),
    ],
  },
  contactsStep(),
];
