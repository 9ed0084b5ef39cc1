// The flagship's application form: which certificate and why, who asks, for which address, whether the
// applicant owns the home (the owner's consent is needed only when not), and how to reach the applicant.
import type { StepDef } from '../formSchema';
import {
  addressFields,
  consentField,
  contactsStep,
  dateField,
  innField,
  nameField,
  option,
  passportFields,
  personFields,
  radioField,
  selectField,
  t,
  textField,
  when,
  YES_NO,
} from './formFields';

export const residenceCertificateSteps: StepDef[] = [
  {
    id: 'certificate',
    title: t('Вид справки', 'Kind of certificate'),
    fields: [
      radioField(
        'variant',
        t('Какая справка нужна', 'Which certificate you need'),
        [
          option('registration_fact', 'О факте регистрации — для банков и страховых', 'Fact of registration — for banks and insurers'),
          option('residence', 'О месте жительства — для визы и учёбы', 'Place of residence — for visas and education'),
          option('residence_period', 'С указанием срока проживания — для госорганов', 'With the period of residence — for state bodies'),
        ],
        { hint: t('Уточните в организации, какую справку она ждёт', 'Ask the receiving organisation which one it expects') },
      ),
      selectField('purpose', t('Куда нужна справка', 'Where the certificate is for'), [
        option('bank', 'В банк или страховую компанию', 'A bank or an insurance company'),
        option('visa', 'Для визы', 'A visa application'),
        option('education', 'В учебное заведение', 'An educational institution'),
        option('other', 'Другое', 'Somewhere else'),
      ]),
      textField('purposeOther', t('Куда именно', 'Where exactly'), { showIf: when('purpose', 'other') }),
      dateField('periodFrom', t('Период проживания: с', 'Period of residence: from'), {
        showIf: when('variant', 'residence_period'),
      }),
      dateField('periodTo', t('Период проживания: по', 'Period of residence: to'), {
        showIf: when('variant', 'residence_period'),
      }),
    ],
  },
  {
    id: 'applicant',
    title: t('Заявитель', 'Applicant'),
    fields: [
      ...personFields(),
      ...passportFields(),
      innField({ optional: true, hint: t('12 цифр, если ИНН есть в профиле', '12 digits, if your profile has it') }),
    ],
  },
  {
    id: 'address',
    title: t('Адрес регистрации', 'Registered address'),
    fields: addressFields('registrationAddress'),
  },
  {
    id: 'owner',
    title: t('Собственник жилья', 'Home owner'),
    fields: [
      radioField('isOwner', t('Вы собственник этого жилья?', 'Do you own this home?'), YES_NO),
      nameField('ownerName', t('ФИО собственника', "Owner's full name"), {
        showIf: when('isOwner', 'no'),
        hint: t('Как в его паспорте', 'As in their passport'),
      }),
      consentField(
        'ownerConsentNote',
        t(
          'Собственник согласен на выдачу справки; его письменное согласие я приложу на шаге «Документы»',
          'The owner agrees to the certificate being issued; I will attach their written consent at the Documents step',
        ),
        { showIf: when('isOwner', 'no') },
      ),
    ],
  },
  contactsStep(),
];
