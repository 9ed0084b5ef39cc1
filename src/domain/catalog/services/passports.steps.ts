// Application forms for the internal and the foreign-travel passport.
import type { FieldDef, StepDef } from '../formSchema';
import {
  addressFields,
  contactsStep,
  longTextField,
  option,
  passportFields,
  personFields,
  radioField,
  t,
  textField,
  when,
  YES_NO,
} from './formFields';

const genderField = (): FieldDef =>
  radioField('gender', t('Пол', 'Sex'), [option('male', 'Мужской', 'Male'), option('female', 'Женский', 'Female')], {
    prefill: 'gender',
  });

const birthPlaceField = (): FieldDef =>
  textField('birthPlace', t('Место рождения', 'Place of birth'), {
    hint: t('Как в свидетельстве о рождении', 'As in the birth certificate'),
  });

/** The passport being replaced: not asked of a teenager getting the first one, so every part may be blank. */
function currentPassportFields(): FieldDef[] {
  return passportFields(true).map((field, index) => ({
    ...field,
    required: false,
    ...(index === 0 ? { hint: t('Не заполняйте, если получаете первый паспорт', 'Leave blank if this is your first passport') } : {}),
  }));
}

export const internalPassportSteps: StepDef[] = [
  {
    id: 'reason',
    title: t('Причина обращения', 'Reason'),
    fields: [
      radioField('reason', t('Почему нужен паспорт', 'Why you need a passport'), [
        option('first_passport', 'Первый паспорт в 14 лет', 'First passport at 14'),
        option('age_20', 'Замена в 20 лет', 'Replacement at 20'),
        option('age_45', 'Замена в 45 лет', 'Replacement at 45'),
        option('name_change', 'Смена фамилии, имени или отчества', 'Change of surname, first name or patronymic'),
        option('damaged', 'Паспорт испорчен или в нём ошибка', 'The passport is damaged or has an error'),
        option('lost', 'Паспорт утерян или украден', 'The passport was lost or stolen'),
      ]),
      textField('birthCertificateNumber', t('Серия и номер свидетельства о рождении', 'Birth certificate series and number'), {
        showIf: when('reason', 'first_passport'),
        hint: t('Например, IV-МЮ 123456', 'For example, IV-МЮ 123456'),
      }),
      textField('previousFullName', t('Прежние фамилия, имя и отчество', 'Former full name'), {
        showIf: when('reason', 'name_change'),
      }),
      longTextField('lossCircumstances', t('Где и когда паспорт был утерян', 'Where and when the passport was lost'), {
        showIf: when('reason', 'lost'),
        hint: t('Если подавали заявление в полицию, укажите это', 'Mention it if you reported it to the police'),
      }),
    ],
  },
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [...personFields(), genderField(), birthPlaceField()],
  },
  { id: 'passport', title: t('Нынешний паспорт', 'Current passport'), fields: currentPassportFields() },
  { id: 'address', title: t('Адрес регистрации', 'Registered address'), fields: addressFields('registrationAddress') },
  contactsStep(),
];

export const foreignPassportSteps: StepDef[] = [
  {
    id: 'reason',
    title: t('Причина обращения', 'Reason'),
    fields: [
      radioField('reason', t('Почему оформляете загранпаспорт', 'Why you are applying'), [
        option('first', 'Первый загранпаспорт', 'First foreign passport'),
        option('replacement', 'Замена: срок истекает или закончились страницы', 'Replacement: it expires or is full'),
        option('lost', 'Прежний паспорт утерян или украден', 'The previous one was lost or stolen'),
      ]),
      textField('oldPassportNumber', t('Серия и номер нынешнего загранпаспорта', 'Current foreign passport series and number'), {
        showIf: when('reason', 'replacement'),
        hint: t('Например, 75 1234567', 'For example, 75 1234567'),
      }),
      longTextField('lossCircumstances', t('Где и когда паспорт был утерян', 'Where and when the passport was lost'), {
        showIf: when('reason', 'lost'),
      }),
    ],
  },
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [
      ...personFields(),
      genderField(),
      birthPlaceField(),
      textField('formerNames', t('Прежние ФИО', 'Former names'), {
        optional: true,
        hint: t('Если меняли фамилию, имя или отчество — когда и на какие', 'If you changed your name: when, and from what'),
      }),
    ],
  },
  { id: 'passport', title: t('Паспорт гражданина РФ', 'Internal passport'), fields: passportFields(true) },
  {
    id: 'work',
    title: t('Работа и учёба за 10 лет', 'Work and studies over 10 years'),
    fields: [
      longTextField('workHistory', t('Места работы и учёбы', 'Jobs and studies'), {
        hint: t(
          'Для каждого: месяц и год начала и окончания, организация, должность, адрес. Перерывы тоже укажите',
          'For each: month and year of start and end, organisation, position, address. Include any gaps',
        ),
      }),
      radioField('secretAccess', t('Есть ли у вас допуск к государственной тайне?', 'Do you have state-secret clearance?'), YES_NO),
    ],
  },
  contactsStep(),
];
